package org.casefile.cli;

import java.util.concurrent.Callable;
import org.casefile.app.MessageService;
import org.casefile.app.Services;
import org.casefile.domain.DateTimeInput;
import org.casefile.domain.Money;
import org.casefile.domain.Offer;
import org.casefile.domain.OfferDecision;
import org.casefile.library.Library;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "offer", description = "Records a refund the seller offered, and whether you accepted or rejected "
        + "it; prints its id.")
final class OfferCommand implements Callable<Integer> {
    @ParentCommand CasefileCommand parent;
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "CASE", description = "The case id.") long caseId;
    @Option(names = "--amount", required = true, paramLabel = "\"AMOUNT CUR\"",
            description = "e.g. \"10 GBP\", or \"10%\" of the price paid.")
    String amount;
    @Option(names = "--at", paramLabel = "DATETIME", description = "When it was offered (default: now).") String at;
    @ArgGroup(exclusive = true) Decision decision;

    static final class Decision {
        @Option(names = "--accepted", required = true, description = "You took the offer.") boolean accepted;
        @Option(names = "--rejected", required = true, paramLabel = "REASON", description = "You said no, and why.")
        String rejected;
    }

    @Override
    public Integer call() {
        OfferDecision outcome = decision == null ? OfferDecision.OPEN
                : decision.accepted ? OfferDecision.ACCEPTED : OfferDecision.REJECTED;
        try (Library library = parent.openLibrary()) {
            Services services = Services.of(library, parent.clock());
            MessageService messages = services.messages();
            // "10%" is a share of the price paid, as in the window; otherwise the amount and its currency.
            Money offered = amount.strip().endsWith("%")
                    ? Money.offer(amount, services.cases().get(caseId).facts().paid()) : Money.parse(amount);
            if (outcome == OfferDecision.ACCEPTED) {
                // A script cannot answer "are you sure"; it is told, and the offer is recorded as it happened.
                messages.warningBeforeAccepting(caseId, offered)
                        .ifPresent(warning -> spec.commandLine().getErr().println("Warning: " + warning));
            }
            Offer saved = messages.addOffer(caseId, offered, at == null ? null : DateTimeInput.parse(at), outcome,
                    decision == null ? null : decision.rejected);
            spec.commandLine().getOut().println(saved.id());
        }
        return Cli.DONE;
    }
}
