package org.casefile.domain;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/** The mistakes that lose disputes, caught where the buyer is about to make them. */
public final class Warnings {
    private static final Set<CaseStatus> DISPUTE_OPEN = EnumSet.of(CaseStatus.DISPUTE_OPENED,
            CaseStatus.SELLER_RESPONDED, CaseStatus.ESCALATED);

    private Warnings() {
    }

    /** Accepting less than was paid for a parcel that never came usually closes the dispute for good. */
    public static Optional<String> beforeAccepting(CaseFacts facts, Money offered) {
        boolean partial = offered.currency().equals(facts.paid().currency()) && offered.compareTo(facts.paid()) < 0;
        if (facts.claim() == ClaimType.NOT_RECEIVED && partial) {
            return Optional.of("The parcel never came, and " + offered + " is less than the " + facts.paid()
                    + " you paid. Accepting a partial refund usually closes the dispute, and the rest is lost. "
                    + "Are you sure?");
        }
        return Optional.empty();
    }

    /** While a dispute is open, confirming receipt can close it in the seller's favour. */
    public static Optional<String> whileDisputeOpen(CaseStatus status) {
        return DISPUTE_OPEN.contains(status)
                ? Optional.of("Your dispute is open: do not confirm receipt of the order until it is settled. "
                + "Confirming can close the dispute in the seller's favour.")
                : Optional.empty();
    }
}
