package org.casefile.cli;

import java.util.concurrent.Callable;
import org.casefile.app.CaseService;
import org.casefile.domain.CaseFactsInput;
import org.casefile.domain.CasefileException;
import org.casefile.domain.ReturnAttempt;
import org.casefile.library.Library;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "return", description = "Records the attempt to send the goods back: when it was sent (carrier, "
        + "tracking, when the seller received it), or that the seller refused the return or gave no address.")
final class ReturnCommand implements Callable<Integer> {
    @ParentCommand CasefileCommand parent;
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "CASE", description = "The case id.") long caseId;
    @ArgGroup(exclusive = true, multiplicity = "1") How how;
    @Option(names = "--carrier", paramLabel = "NAME", description = "Who carried the return.") String carrier;
    @Option(names = "--tracking", paramLabel = "NO", description = "The return's tracking number.") String tracking;
    @Option(names = "--seller-received", paramLabel = "DATE", description = "When the seller received it.")
    String sellerReceived;

    static final class How {
        @Option(names = "--sent", paramLabel = "DATE", description = "The date the goods were sent back.") String sent;
        @Option(names = "--refused", description = "The seller refused the return.") boolean refused;
        @Option(names = "--no-address", description = "The seller gave no return address.") boolean noAddress;
    }

    @Override
    public Integer call() {
        ReturnAttempt attempt;
        if (how.sent != null) {
            attempt = ReturnAttempt.sent(CaseFactsInput.date(how.sent), carrier, tracking,
                    sellerReceived == null ? null : CaseFactsInput.date(sellerReceived));
        } else {
            if (carrier != null || tracking != null || sellerReceived != null) {
                throw new CasefileException("--carrier, --tracking and --seller-received go with --sent.");
            }
            attempt = how.refused ? ReturnAttempt.refused() : ReturnAttempt.noAddress();
        }
        try (Library library = parent.openLibrary()) {
            org.casefile.app.Services.of(library, parent.clock()).cases().recordReturn(caseId, attempt);
        }
        spec.commandLine().getOut().println("case " + caseId + " return recorded");
        return Cli.DONE;
    }
}
