package org.casefile.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import org.casefile.app.Services;
import org.casefile.domain.CaseSummary;
import org.casefile.library.Library;
import org.casefile.library.LibraryLocation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "list", description = "Lists the cases with their status and next deadline.")
final class ListCommand implements Callable<Integer> {
    @ParentCommand CasefileCommand parent;
    @Spec CommandSpec spec;

    @Option(names = "--json", description = "Print JSON for scripts.") boolean json;

    record Row(long id, String platform, String orderNumber, String item, String claim, String status,
               String nextDeadline, String nextDeadlineKind) {
    }

    @Override
    public Integer call() {
        return run(parent.library, parent.clock(), json, spec.commandLine().getOut(), spec.commandLine().getErr());
    }

    /**
     * The list itself, also reached without picocli by {@link DirectRun} for its plainest command lines: given the
     * --library option and the clock rather than the root command, whose class names every command (loading them).
     */
    static int run(String libraryOption, Clock clock, boolean json, PrintWriter out, PrintWriter err) {
        List<CaseSummary> cases;
        try (Library library = Library.openExisting(LibraryLocation.resolve(libraryOption))) {
            cases = Services.of(library, clock).cases().list();
        }
        if (json) {
            out.println(Json.write(cases.stream().map(c -> new Row(c.id(), c.platform().id(), c.orderNumber(),
                    c.item(), c.claim().id(), c.status().id(),
                    c.nextDeadline() == null ? null : Json.date(c.nextDeadline().date()),
                    c.nextDeadline() == null ? null : c.nextDeadline().kind().id())).toList()));
            return Cli.DONE;
        }
        if (cases.isEmpty()) {
            err.println("No cases yet. Open one with 'casefile new-case' "
                    + "(see 'casefile new-case --help').");
            return Cli.DONE;
        }
        out.printf("%5s  %-10s  %-24s  %-17s  %-10s  %s%n", "ID", "PLATFORM", "ORDER", "STATUS", "NEXT", "ITEM");
        for (CaseSummary c : cases) {
            out.printf("%5d  %-10s  %-24s  %-17s  %-10s  %s%n", c.id(), c.platform().label(), c.orderNumber(),
                    c.status().id(), c.nextDeadline() == null ? "-" : c.nextDeadline().date(), c.item());
        }
        return Cli.DONE;
    }
}
