package org.casefile.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.casefile.app.Services;
import org.casefile.domain.RedactionBox;
import org.casefile.library.Library;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "redact", description = "Hides parts of an evidence picture (an address, a phone number, a card) in "
        + "every copy that leaves the library: packets, pair pictures, upload kits. The original file is never "
        + "changed. Replaces the boxes the item had.")
final class RedactCommand implements Callable<Integer> {
    @ParentCommand CasefileCommand parent;
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "CASE", description = "The case id.") long caseId;
    @Parameters(index = "1", paramLabel = "EVIDENCE", description = "The evidence id (show CASE --json lists them).")
    long evidenceId;

    @ArgGroup(exclusive = true, multiplicity = "1") What what;

    static final class What {
        @Option(names = "--box", paramLabel = "X,Y,W,H", description = "A box to black out, in pixels of the upright "
                + "picture (x, y of its top-left corner, width, height); repeat for more.") List<String> boxes;
        @Option(names = "--clear", description = "Removes every box: the item is sent as it is.") boolean clear;
    }

    @Override
    public Integer call() {
        List<RedactionBox> boxes = what.clear ? List.of() : what.boxes.stream().map(RedactionBox::parse).toList();
        try (Library library = parent.openLibrary()) {
            Services.of(library, parent.clock()).redactions().set(caseId, evidenceId, boxes);
        }
        spec.commandLine().getOut().println(boxes.isEmpty() ? "cleared " + evidenceId
                : "redacted " + evidenceId + " (" + boxes.size() + (boxes.size() == 1 ? " box)" : " boxes)"));
        return Cli.DONE;
    }
}
