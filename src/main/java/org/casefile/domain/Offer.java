package org.casefile.domain;

import java.time.LocalDateTime;
import java.util.Objects;
import org.casefile.domain.text.AsTyped;
import org.casefile.domain.text.Phrase;
import org.casefile.domain.text.RuleText;

/** A refund the seller offered, and whether the buyer took it (with the reason when they did not). */
public record Offer(long id, long caseId, LocalDateTime at, Money amount, OfferDecision decision, String reason) {
    /** The longest reason kept, typed or brought in a case bundle alike. */
    public static final int MAX_REASON = 2_000;

    /**
     * Refuses a reason longer than {@link #MAX_REASON} when it is typed (not in the constructor: an offer recorded
     * before this limit must still load).
     */
    public static void checkReason(String reason) {
        if (reason != null && reason.strip().length() > MAX_REASON) {
            throw new CasefileException(Phrase.of("Offer.reasonTooLong", MAX_REASON));
        }
    }

    public Offer {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(amount, "amount");
        decision = decision == null ? OfferDecision.OPEN : decision;
        reason = reason == null || reason.isBlank() ? null : reason.strip();
        if (decision == OfferDecision.REJECTED && reason == null) {
            throw new CasefileException(Phrase.of("Offer.reasonNeeded"));
        }
    }

    /** "Offer of 20.00 GBP: rejected (too little)". */
    public Phrase phrase() {
        return reason == null ? Phrase.of("Offer.describe", new AsTyped(amount), decision.inline())
                : Phrase.of("Offer.describe.withReason", new AsTyped(amount), decision.inline(), reason);
    }

    /** The English line, as the timeline and the command line have always written it. */
    public String describe() {
        return RuleText.english(phrase());
    }
}
