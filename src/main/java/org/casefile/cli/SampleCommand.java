package org.casefile.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.casefile.app.Services;
import org.casefile.domain.CasefileException;
import org.casefile.library.Library;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "sample", description = "Adds realistic made-up cases, for a first look and for benchmarks.")
final class SampleCommand implements Callable<Integer> {
    @ParentCommand CasefileCommand parent;
    @Spec CommandSpec spec;

    @Option(names = "--cases", paramLabel = "N", defaultValue = "12", description = "How many cases (default 12).")
    int cases;
    @Option(names = "--messages-per-case", paramLabel = "M", defaultValue = "6",
            description = "Seller messages in each case (default 6).") int messagesPerCase;
    @Option(names = "--showcase", description = "Add the one complete sample case instead: a 2TB drive that arrived "
            + "as 512GB, with pictures, a pair, messages and an open dispute; prints its id.") boolean showcase;

    @Override
    public Integer call() {
        if (cases < 0 || cases > 1_000_000 || messagesPerCase < 0 || messagesPerCase > 10_000) {
            throw new CasefileException("Ask for 0 to 1,000,000 cases and 0 to 10,000 messages per case.");
        }
        try (Library library = parent.openLibrary()) {
            if (showcase) {
                spec.commandLine().getOut().println(Services.of(library, parent.clock()).samples().addShowcase());
                return Cli.DONE;
            }
            List<Long> ids = Services.of(library, parent.clock()).samples().add(cases, messagesPerCase);
            spec.commandLine().getOut().println(ids.isEmpty() ? "Added no cases."
                    : "Added " + ids.size() + " sample case" + (ids.size() == 1 ? "" : "s") + " (ids "
                    + ids.get(0) + "-" + ids.get(ids.size() - 1) + ") to " + library.root());
        }
        return Cli.DONE;
    }
}
