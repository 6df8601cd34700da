package org.casefile.cli;

import java.io.PrintWriter;
import java.time.Clock;
import org.casefile.domain.CasefileException;
import picocli.CommandLine;

/** Runs one command line and returns the exit code of DESIGN.md's contract. */
public final class Cli {
    public static final int DONE = 0;
    public static final int USER_ERROR = 1;
    public static final int USAGE = 2;
    public static final int SOME_REJECTED = 3;
    public static final int VERIFY_PROBLEMS = 4;

    private Cli() {
    }

    /**
     * The command a command line names, when it names one that exists; null otherwise (help, the version, a typo
     * to suggest a command for). Picocli reads every command's annotations when it is added, a fifth of a
     * second for all of them before the JIT has warmed up: a run adds only the command it runs.
     */
    static String commandName(String[] args) {
        String name = commandWord(args);
        return name != null && CasefileCommand.COMMANDS.stream().anyMatch(c -> nameOf(c).equals(name)) ? name : null;
    }

    /** The first word that is neither an option nor the library's folder: the command, if the line names one. */
    static String commandWord(String[] args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--library")) {
                i++;
            } else if (!args[i].startsWith("-")) {
                return args[i];
            }
        }
        return null;
    }

    private static String nameOf(Class<?> command) {
        return command.getAnnotation(CommandLine.Command.class).name();
    }

    /**
     * A usage error in three lines at most: what is wrong, the command's one usage line, where the rest is. A case id
     * that is not a number is named as such rather than as a Java type.
     */
    private static int usageError(CommandLine.ParameterException e, String[] args) {
        CommandLine line = e.getCommandLine();
        PrintWriter err = line.getErr();
        String id = e.getArgSpec() instanceof CommandLine.Model.PositionalParamSpec positional
                && e.getValue() != null && String.valueOf(e.getMessage()).contains("is not a long")
                ? idKind(positional.paramLabel()) : null;
        err.println(id == null ? e.getMessage() : e.getValue() + " is not " + id + " (ids are whole numbers, as "
                + "'casefile list' and 'casefile show' print them).");
        if (!CommandLine.UnmatchedArgumentException.printSuggestions(e, err)) {
            String synopsis = line.getHelp().synopsis(0).strip().replaceAll("\\s+", " ");
            err.println("Usage: " + synopsis);
        }
        err.println("Try '" + line.getCommandSpec().qualifiedName() + " --help' for more.");
        err.flush();
        return USAGE;
    }

    /** A command that failed: a user's error in its own words, anything else with what went wrong. */
    static int failed(Exception exception, PrintWriter err) {
        if (exception instanceof CasefileException userError) {
            err.println(userError.getMessage());
        } else {
            err.println("Casefile hit an unexpected problem: " + exception);
            exception.printStackTrace(err);
        }
        err.flush();
        return USER_ERROR;
    }

    private static String idKind(String label) {
        return switch (label) {
            case "CASE" -> "a case id";
            case "PAIR" -> "a pair id";
            case "MESSAGE" -> "a message id";
            case "EVIDENCE", "LISTING_ID", "RECEIVED_ID" -> "an evidence id";
            default -> null;
        };
    }

    public static int run(String[] args, PrintWriter out, PrintWriter err, Clock clock) {
        Integer direct = DirectRun.run(args, out, err, clock);
        if (direct != null) {
            out.flush();
            err.flush();
            return direct;
        }
        return runWithPicocli(args, out, err, clock, false);
    }

    /**
     * A command line through picocli: what {@link DirectRun} leaves. Picocli is given only the command named, none for
     * the version alone, all of them for help and typos ({@code everyCommand}: always all, as tests compare).
     */
    static int runWithPicocli(String[] args, PrintWriter out, PrintWriter err, Clock clock, boolean everyCommand) {
        CommandLine commandLine = new CommandLine(new CasefileCommand(clock));
        String named = commandName(args);
        boolean versionOnly = args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"));
        for (Class<?> command : CasefileCommand.COMMANDS) {
            if (everyCommand || (named == null && !versionOnly) || nameOf(command).equals(named)) {
                commandLine.addSubcommand(command);
            }
        }
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        // A file name the OS cannot have (a NUL in it) is a usage error in plain words, not a Java exception's text.
        commandLine.registerConverter(java.nio.file.Path.class, text -> {
            try {
                return java.nio.file.Path.of(text);
            } catch (java.nio.file.InvalidPathException e) {
                throw new CommandLine.TypeConversionException("'" + text.replace('\0', ' ').strip()
                        + "' is not a file name this computer can use");
            }
        });
        commandLine.setParameterExceptionHandler(Cli::usageError);
        commandLine.setExecutionExceptionHandler((exception, line, parseResult) -> failed(exception, line.getErr()));
        try {
            return commandLine.execute(args);
        } finally {
            out.flush();
            err.flush();
        }
    }
}
