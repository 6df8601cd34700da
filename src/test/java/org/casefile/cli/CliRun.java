package org.casefile.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.casefile.TestCases;

/** One run of the command line on a library, in process, with what it printed and its exit code. */
record CliRun(int code, String out, String err) {
    static CliRun of(Path library, String... args) {
        List<String> all = new ArrayList<>(List.of("--library", library.toString()));
        all.addAll(List.of(args));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(all.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err), TestCases.CLOCK);
        return new CliRun(code, out.toString(), err.toString());
    }
}
