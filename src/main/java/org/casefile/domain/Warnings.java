package org.casefile.domain;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.casefile.domain.text.AsTyped;
import org.casefile.domain.text.Phrase;
import org.casefile.domain.text.RuleText;

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
        return beforeAcceptingPhrase(facts, offered).map(RuleText::english);
    }

    public static Optional<Phrase> beforeAcceptingPhrase(CaseFacts facts, Money offered) {
        if (facts.claim() != ClaimType.NOT_RECEIVED) {
            return Optional.empty();
        }
        if (!offered.currency().equals(facts.paid().currency())) {
            return Optional.of(Phrase.of("Warnings.otherCurrency", new AsTyped(offered), new AsTyped(facts.paid())));
        }
        if (offered.compareTo(facts.paid()) < 0) {
            return Optional.of(Phrase.of("Warnings.partialOffer", new AsTyped(offered), new AsTyped(facts.paid())));
        }
        return Optional.empty();
    }

    /** Asking for a partial refund of a parcel that never came gives away money the buyer is owed. */
    public static Optional<String> aboutRequestedResolution(CaseFacts facts) {
        return aboutRequestedResolutionPhrase(facts).map(RuleText::english);
    }

    public static Optional<Phrase> aboutRequestedResolutionPhrase(CaseFacts facts) {
        return facts.claim() == ClaimType.NOT_RECEIVED && facts.resolution() == Resolution.PARTIAL_REFUND
                ? Optional.of(Phrase.of("Warnings.partialRequested")) : Optional.empty();
    }

    /**
     * Confirming receipt on the order page tells the marketplace all is well and can end buyer protection: never
     * while a dispute is open, and not before the goods have come and been checked.
     */
    public static Optional<String> aboutConfirmingReceipt(CaseStatus status, ClaimType claim) {
        return aboutConfirmingReceiptPhrase(status, claim).map(RuleText::english);
    }

    public static Optional<Phrase> aboutConfirmingReceiptPhrase(CaseStatus status, ClaimType claim) {
        if (status.isFinished() || status == CaseStatus.EXTERNAL_CLAIM) {
            return Optional.empty();
        }
        if (DISPUTE_OPEN.contains(status)) {
            return Optional.of(Phrase.of("Warnings.confirmDuringDispute"));
        }
        return Optional.of(Phrase.of(claim == ClaimType.NOT_RECEIVED ? "Warnings.confirmNotCome"
                : "Warnings.confirmBeforeChecking"));
    }
}
