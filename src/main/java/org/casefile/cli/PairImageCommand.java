package org.casefile.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.casefile.app.PairImages;
import org.casefile.app.Services;
import org.casefile.library.Library;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "pair-image", description = "Saves one pair as a single JPEG, the listing beside what arrived with "
        + "the caption, for dispute forms that take pictures only (no metadata, no GPS).")
final class PairImageCommand implements Callable<Integer> {
    @ParentCommand CasefileCommand parent;
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "CASE", description = "The case id.") long caseId;
    @Parameters(index = "1", paramLabel = "PAIR", description = "The pair id (show CASE --json lists them).")
    long pairId;
    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The JPEG to write.") Path out;

    @Override
    public Integer call() {
        try (Library library = parent.openExistingLibrary()) {
            Services services = Services.of(library, parent.clock());
            long bytes = new PairImages(services.claims(), services.evidence(), services.exports()).save(caseId, pairId, out);
            spec.commandLine().getOut().printf("wrote %s (%,d KB)%n", out.toAbsolutePath(), (bytes + 999) / 1000);
        }
        return Cli.DONE;
    }
}
