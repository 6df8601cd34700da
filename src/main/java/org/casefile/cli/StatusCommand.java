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
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "status", description = "Records that the case moved on (e.g. seller-contacted, dispute-opened).")
final class StatusCommand implements Callable<Integer> {
    @ParentCommand CasefileCommand parent;
    @Spec CommandSpec spec;

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
            org.casefile.app.CaseService cases = Services.of(library, parent.clock()).cases();
            cases.changeStatus(caseId, newStatus, result, at == null ? null : DateTimeInput.parse(at), note);
            // Kept as recorded; what contradicts the case's dates is said, not refused.
            cases.details(caseId).flags().forEach(flag -> spec.commandLine().getErr().println("Note: " + flag));
        }
        return Cli.DONE;
    }
}
