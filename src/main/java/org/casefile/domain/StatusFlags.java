package org.casefile.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Status changes that contradict the case's own dates or facts. They are kept as recorded (the buyer knows what
 * happened), but said in plain words so nobody relies on a route that is gone or a claim the bank will question.
 */
public final class StatusFlags {
    private StatusFlags() {
    }

    public static List<String> of(CaseFacts facts, List<StatusChange> history, List<Message> messages,
                                  List<Evidence> evidence) {
        List<String> flags = new ArrayList<>();
        Optional<StatusChange> disputed = DeadlineRules.firstOf(history, DeadlineRules.PLATFORM_DISPUTE);
        LocalDate ends = facts.protectionEnds();
        if (disputed.isPresent() && ends != null && disputed.get().at().toLocalDate().isAfter(ends)) {
            flags.add("The dispute is recorded as opened on " + disputed.get().at().toLocalDate() + ", after buyer "
                    + "protection ended on " + ends + ": the marketplace may refuse it. Your payment route is the "
                    + "safer way now.");
        }
        if (disputed.isPresent() && DeadlineRules.first(history, CaseStatus.DISPUTE_OPENED).isEmpty()) {
            flags.add("The case is recorded as " + disputed.get().status().label().toLowerCase() + " but not when "
                    + "the dispute was opened: record that too, so its deadlines are right.");
        }
        if (DeadlineRules.first(history, CaseStatus.EXTERNAL_CLAIM).isPresent()
                && !SellerContact.recorded(history, messages, evidence)) {
            flags.add("A claim with your bank or PayPal is recorded, but nothing in the case shows you contacted "
                    + "the seller first: they will ask. Add the messages, or record when you contacted the seller.");
        }
        return flags;
    }
}
