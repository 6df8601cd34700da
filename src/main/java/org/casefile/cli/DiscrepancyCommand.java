package org.casefile.cli;

import java.util.concurrent.Callable;
import org.casefile.app.Services;
import org.casefile.domain.Discrepancy;
import org.casefile.library.Library;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "discrepancy", description = "Records how what arrived differs from the listing, e.g. "
        + "--attribute Capacity --advertised 2TB --received 512GB; prints the row's id.")
final class DiscrepancyCommand implements Callable<Integer> {
    @ParentCommand CasefileCommand parent;
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "CASE", description = "The case id.") long caseId;
    @Option(names = "--attribute", required = true, paramLabel = "NAME", description = "What differs, e.g. Colour.")
    String attribute;
    @Option(names = "--advertised", required = true, paramLabel = "TEXT", description = "What the listing said.")
    String advertised;
    @Option(names = "--received", required = true, paramLabel = "TEXT", description = "What arrived.")
    String received;

    @Override
    public Integer call() {
        try (Library library = parent.openLibrary()) {
            Discrepancy row = Services.of(library, parent.clock()).claims()
                    .addDiscrepancy(caseId, attribute, advertised, received);
            spec.commandLine().getOut().println(row.id());
        }
        return Cli.DONE;
    }
}
