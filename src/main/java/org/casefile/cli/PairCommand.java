package org.casefile.cli;

import java.util.concurrent.Callable;
import org.casefile.app.Services;
import org.casefile.domain.Pair;
import org.casefile.library.Library;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "pair", description = "Sets a listing screenshot beside a photo of what arrived, for the packet's "
        + "side-by-side pages; prints the pair's id.")
final class PairCommand implements Callable<Integer> {
    @ParentCommand CasefileCommand parent;
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "CASE", description = "The case id.") long caseId;
    @Parameters(index = "1", paramLabel = "LISTING_ID", description = "The evidence id of the listing screenshot.")
    long listingId;
    @Parameters(index = "2", paramLabel = "RECEIVED_ID", description = "The evidence id of the photo of what arrived.")
    long receivedId;
    @Option(names = "--caption", paramLabel = "TEXT", description = "What the two show, e.g. 'Colour: blue / grey'.")
    String caption;

    @Override
    public Integer call() {
        try (Library library = parent.openLibrary()) {
            Pair pair = Services.of(library, parent.clock()).claims().addPair(caseId, listingId, receivedId, caption);
            spec.commandLine().getOut().println(pair.id());
        }
        return Cli.DONE;
    }
}
