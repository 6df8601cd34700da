package org.casefile.cli;

import java.util.concurrent.Callable;
import org.casefile.app.Services;
import org.casefile.domain.CaseStatus;
import org.casefile.domain.DateTimeInput;
import org.casefile.domain.Outcome;
import org.casefile.library.Library;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "status", description = "Records that the case moved on (e.g. seller-contacted, dispute-opened).")
final class StatusCommand implements Callable<Integer> {
    @ParentCommand CasefileCommand parent;

    @Parameters(index = "0", paramLabel = "CASE", description = "The case id.") long caseId;
    @Parameters(index = "1", paramLabel = "STATUS", description = "new, seller-contacted, dispute-opened, "
            + "seller-responded, escalated, resolved, external-claim or closed.") String status;
    @Option(names = "--at", paramLabel = "DATETIME", description = "When it happened (default: now).") String at;
    @Option(names = "--note", paramLabel = "TEXT", description = "A note for the timeline.") String note;
    @Option(names = "--outcome", paramLabel = "OUTCOME",
            description = "With resolved: full-refund, partial-refund, replacement or rejected.") String outcome;

    @Override
    public Integer call() {
        CaseStatus newStatus = CaseStatus.fromId(status);
        Outcome result = outcome == null ? null : Outcome.fromId(outcome);
        try (Library library = parent.openLibrary()) {
            Services.of(library, parent.clock()).cases().changeStatus(caseId, newStatus, result,
                    at == null ? null : DateTimeInput.parse(at), note);
        }
        return Cli.DONE;
    }
}
