package org.casefile.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The plainest command lines of the commands scripts run most ({@code [--library DIR] search WORD... [--json]},
 * {@code [--library DIR] list [--json]}, {@code [--library DIR] export CASE --profile P --out FILE
 * [--max-size S]} and {@code [--library DIR] import CASE --kind K FILE...}), run without picocli: building picocli's model from the annotations
 * (175 classes, annotation proxies, its converters) cost a CLI search a third of its whole run. Only lines picocli
 * reads one way are taken: every word plain (not empty, not starting with '-' or '@', no NUL), each option once, in the
 * places given above. Anything else (help, a typo, an option elsewhere, an @file) is picocli's, which says what it
 * always said; {@code DirectRunTest} runs lines both ways and compares what they print. Nor is the root command
 * made: its class lists every command, 27 classes loaded for nothing.
 */
final class DirectRun {
    private DirectRun() {
    }

    /** The command's exit code, or null when the line is not one of the plain ones and picocli must read it. */
    static Integer run(String[] args, PrintWriter out, PrintWriter err, Clock clock) {
        String library = null;
        int next = 0;
        if (args.length > 0 && args[0].startsWith("--library=")) {
            library = args[0].substring("--library=".length());
            next = 1;
        } else if (args.length > 1 && args[0].equals("--library")) {
            library = args[1];
            next = 2;
        }
        if ((library != null && !plain(library)) || next >= args.length) {
            return null;
        }
        String command = args[next];
        if (command.equals("export")) {
            return export(args, next + 1, library, out, err, clock);
        }
        if (command.equals("import")) {
            return importFiles(args, next + 1, library, out, err, clock);
        }
        List<String> words = new ArrayList<>();
        boolean json = false;
        for (int i = next + 1; i < args.length; i++) {
            if (args[i].equals("--json") && !json) {
                json = true;
            } else if (plain(args[i])) {
                words.add(args[i]);
            } else {
                return null;
            }
        }
        try {
            if (command.equals("search") && !words.isEmpty()) {
                return SearchCommand.run(library, clock, words, json, out, err);
            }
            if (command.equals("list") && words.isEmpty()) {
                return ListCommand.run(library, clock, json, out, err);
            }
            return null;
        } catch (Exception e) {
            return Cli.failed(e, err);
        }
    }

    /**
     * {@code export CASE --profile P --out FILE [--max-size S]}, the options in any order after the case, each once
     * with a plain value; the case a whole number in plain digits (no sign, no leading zero).
     */
    private static Integer export(String[] args, int from, String library, PrintWriter out, PrintWriter err,
                                  Clock clock) {
        if (!caseId(args, from)) {
            return null;
        }
        Map<String, String> options = new HashMap<>();
        for (int i = from + 1; i < args.length; i += 2) {
            if (!EXPORT_OPTIONS.contains(args[i]) || options.containsKey(args[i]) || i + 1 >= args.length
                    || !plain(args[i + 1])) {
                return null;
            }
            options.put(args[i], args[i + 1]);
        }
        if (!options.containsKey("--profile") || !options.containsKey("--out")) {
            return null;
        }
        Path file = plainPath(options.get("--out"));
        if (file == null) {
            return null; // picocli says so, as a usage error
        }
        try {
            return ExportCommand.run(library, clock, new ExportCommand.Line(Long.parseLong(args[from]),
                    options.get("--profile"), file, options.get("--max-size"), null, false, null, null, false), out,
                    err);
        } catch (Exception e) {
            return Cli.failed(e, err);
        }
    }

    /**
     * {@code import CASE --kind K FILE...}: the case a whole number in plain digits, the kind right after it, then at
     * least one file, every file plain.
     */
    private static Integer importFiles(String[] args, int from, String library, PrintWriter out, PrintWriter err,
                                       Clock clock) {
        int firstFile = from + 3;
        if (!caseId(args, from) || firstFile >= args.length || !args[from + 1].equals("--kind")
                || !plain(args[from + 2])) {
            return null;
        }
        List<Path> files = new ArrayList<>();
        for (int i = firstFile; i < args.length; i++) {
            Path file = plainPath(args[i]);
            if (file == null) {
                return null;
            }
            files.add(file);
        }
        try {
            return ImportCommand.run(library, clock, Long.parseLong(args[from]), args[from + 2], files, out);
        } catch (Exception e) {
            return Cli.failed(e, err);
        }
    }

    /** A case id as picocli reads it one way only: plain digits, no sign, no leading zero, within a long. */
    private static boolean caseId(String[] args, int at) {
        return at < args.length && args[at].matches("0|[1-9][0-9]{0,17}");
    }

    /** The path of a plain word, or null for one that is not plain or no path here (picocli says why). */
    private static Path plainPath(String word) {
        if (!plain(word)) {
            return null;
        }
        try {
            return Path.of(word);
        } catch (InvalidPathException e) {
            return null;
        }
    }

    private static final Set<String> EXPORT_OPTIONS = Set.of("--profile", "--out", "--max-size");

    private static boolean plain(String word) {
        return !word.isEmpty() && word.charAt(0) != '-' && word.charAt(0) != '@' && word.indexOf('\0') < 0;
    }
}
