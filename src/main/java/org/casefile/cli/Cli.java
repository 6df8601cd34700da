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

    public static int run(String[] args, PrintWriter out, PrintWriter err, Clock clock) {
        CommandLine commandLine = new CommandLine(new CasefileCommand(clock));
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.setExecutionExceptionHandler((exception, line, parseResult) -> {
            if (exception instanceof CasefileException userError) {
                line.getErr().println(userError.getMessage());
            } else {
                line.getErr().println("Casefile hit an unexpected problem: " + exception);
                exception.printStackTrace(line.getErr());
            }
            line.getErr().flush();
            return USER_ERROR;
        });
        try {
            return commandLine.execute(args);
        } finally {
            out.flush();
            err.flush();
        }
    }
}
