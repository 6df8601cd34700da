package org.casefile.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * The plainest command lines of the two commands scripts run most ({@code [--library DIR] search WORD... [--json]}
 * and {@code [--library DIR] list [--json]}), run without picocli: building picocli's model from the annotations
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

    private static boolean plain(String word) {
        return !word.isEmpty() && word.charAt(0) != '-' && word.charAt(0) != '@' && word.indexOf('\0') < 0;
    }
}
