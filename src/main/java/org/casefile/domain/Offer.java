package org.casefile.domain;

import java.time.LocalDateTime;
import java.util.Objects;
import org.casefile.domain.text.Phrase;

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

    public String describe() {
        return "Offer of " + amount + ": " + decision.label().toLowerCase()
                + (reason == null ? "" : " (" + reason + ")");
    }
}
