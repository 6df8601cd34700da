package org.casefile.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.casefile.TestCases;

/** One command line run in this process on a library, as a script would: its exit code, stdout and stderr. */
public record CliRun(int code, String out, String err) {
    public static CliRun of(Path library, String... args) {
        return on(library, TestCases.CLOCK, args);
    }

    static CliRun on(Path library, Clock clock, String... args) {
        List<String> all = new ArrayList<>(List.of("--library", library.toString()));
        all.addAll(List.of(args));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(all.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err), clock);
        return new CliRun(code, out.toString(), err.toString());
    }
}
