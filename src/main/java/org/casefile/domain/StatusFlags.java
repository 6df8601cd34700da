package org.casefile.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.casefile.domain.text.AsTyped;
import org.casefile.domain.text.Phrase;
import org.casefile.domain.text.RuleText;

/**
 * Status changes that contradict the case's own dates or facts. They are kept as recorded (the buyer knows what
 * happened), but said in plain words so nobody relies on a route that is gone or a claim the bank will question.
 */
public final class StatusFlags {
    private StatusFlags() {
    }

    /** The flags in English, as the command line lists them. */
    public static List<String> of(CaseFacts facts, List<StatusChange> history, List<Message> messages,
                                  List<Evidence> evidence) {
        return phrases(facts, history, messages, evidence).stream().map(RuleText::english).toList();
    }

    public static List<Phrase> phrases(CaseFacts facts, List<StatusChange> history, List<Message> messages,
                                       List<Evidence> evidence) {
        List<Phrase> flags = new ArrayList<>();
        Optional<StatusChange> disputed = DeadlineRules.firstOf(history, DeadlineRules.PLATFORM_DISPUTE);
        LocalDate ends = facts.protectionEnds();
        if (disputed.isPresent() && ends != null && disputed.get().at().toLocalDate().isAfter(ends)) {
            flags.add(Phrase.of("StatusFlags.disputeTooLate", new AsTyped(disputed.get().at().toLocalDate()),
                    new AsTyped(ends)));
        }
        if (disputed.isPresent() && DeadlineRules.first(history, CaseStatus.DISPUTE_OPENED).isEmpty()) {
            flags.add(Phrase.of("StatusFlags.openingMissing", disputed.get().status().inline()));
        }
        if (DeadlineRules.first(history, CaseStatus.EXTERNAL_CLAIM).isPresent()
                && !SellerContact.recorded(history, messages, evidence)) {
            flags.add(Phrase.of("StatusFlags.sellerNotContacted"));
        }
        return flags;
    }
}
