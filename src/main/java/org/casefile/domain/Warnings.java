package org.casefile.domain;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/** The mistakes that lose disputes, caught where the buyer is about to make them (the dispute guide's warnings). */
public final class Warnings {
    private static final Set<CaseStatus> DISPUTE_OPEN = EnumSet.of(CaseStatus.DISPUTE_OPENED,
            CaseStatus.SELLER_RESPONDED, CaseStatus.ESCALATED);

    private Warnings() {
    }

    /**
     * Accepting less than was paid for a parcel that never came usually closes the dispute for good; an offer in
     * another currency cannot be shown to be the whole price, so it is warned about too.
     */
    public static Optional<String> beforeAccepting(CaseFacts facts, Money offered) {
        if (facts.claim() != ClaimType.NOT_RECEIVED) {
            return Optional.empty();
        }
        if (!offered.currency().equals(facts.paid().currency())) {
            return Optional.of("The parcel never came, and this offer of " + offered + " is in another currency "
                    + "than the " + facts.paid() + " you paid: check that it is all of your money. Accepting a "
                    + "partial refund usually closes the dispute, and the rest is lost. Are you sure?");
        }
        if (offered.compareTo(facts.paid()) < 0) {
            return Optional.of("The parcel never came, and " + offered + " is less than the " + facts.paid()
                    + " you paid. Accepting a partial refund usually closes the dispute, and the rest is lost. "
                    + "Are you sure?");
        }
        return Optional.empty();
    }

    /** Asking for a partial refund of a parcel that never came gives away money the buyer is owed. */
    public static Optional<String> aboutRequestedResolution(CaseFacts facts) {
        return facts.claim() == ClaimType.NOT_RECEIVED && facts.resolution() == Resolution.PARTIAL_REFUND
                ? Optional.of("The parcel never came, yet you ask for a partial refund: you are owed all of your "
                + "money, and a partial refund usually settles the claim for that part only. Ask for a full refund.")
                : Optional.empty();
    }

    /**
     * Confirming receipt on the order page tells the marketplace all is well and can end buyer protection: never
     * while a dispute is open, and not before the goods have come and been checked.
     */
    public static Optional<String> aboutConfirmingReceipt(CaseStatus status, ClaimType claim) {
        if (status.isFinished() || status == CaseStatus.EXTERNAL_CLAIM) {
            return Optional.empty();
        }
        if (DISPUTE_OPEN.contains(status)) {
            return Optional.of("Your dispute is open: do not confirm receipt of the order until it is settled. "
                    + "Confirming can close the dispute in the seller's favour.");
        }
        return Optional.of(claim == ClaimType.NOT_RECEIVED
                ? "Do not confirm receipt of the order: the parcel has not come. Confirming can end your buyer "
                + "protection."
                : "Do not confirm receipt of the order before you have checked the goods: confirming can end your "
                + "buyer protection.");
    }
}
