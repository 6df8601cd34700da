package org.casefile.domain;

import java.util.List;
import java.util.Set;

/**
 * Drafts the specific description a mediator acts on, from the order, the claim and the discrepancy rows. The
 * buyer edits it; it only has to be a good first draft in plain words.
 */
public final class DescriptionWriter {
    /** The longest description kept, typed or from a bundle: dispute forms cut longer text. */
    public static final int MAX_LENGTH = 5000;

    private DescriptionWriter() {
    }

    /** The description as kept (stripped, null when blank), or a refusal when it is longer than dispute forms take. */
    public static String checked(String text) {
        String value = text == null || text.isBlank() ? null : text.strip();
        if (value != null && value.length() > MAX_LENGTH) {
            throw new CasefileException("Keep the description under " + MAX_LENGTH
                    + " characters; dispute forms cut longer text.");
        }
        return value;
    }

    /**
     * The draft; {@code attached} is the kinds of evidence the case holds, so the text mentions only what is
     * actually attached.
     */
    public static String draft(CaseFacts facts, List<Discrepancy> discrepancies, List<StatusChange> history,
                               Set<EvidenceKind> attached) {
        StringBuilder text = new StringBuilder();
        String order = "order " + facts.orderNumber() + ", placed on " + Dates.text(facts.orderedOn());
        switch (facts.claim()) {
            case NOT_AS_DESCRIBED -> {
                text.append("I ordered ").append(facts.item()).append(" (").append(order)
                        .append(") as shown in the listing. ");
                if (discrepancies.isEmpty()) {
                    text.append("What I received is different from the listing.");
                } else {
                    text.append("What I received does not match it:");
                    for (Discrepancy d : discrepancies) {
                        text.append("\n- ").append(d.sentence());
                    }
                }
                boolean listing = attached.contains(EvidenceKind.LISTING);
                boolean received = attached.contains(EvidenceKind.RECEIVED) || attached.contains(EvidenceKind.DAMAGE)
                        || attached.contains(EvidenceKind.LABEL) || attached.contains(EvidenceKind.PACKAGING);
                if (listing && received) {
                    text.append("\nThe attached photos show the listing next to what arrived.");
                } else if (received) {
                    text.append("\nThe attached photos show what arrived.");
                } else if (listing) {
                    text.append("\nThe listing is attached.");
                }
            }
            case NOT_RECEIVED -> {
                text.append("I ordered ").append(facts.item()).append(" (").append(order).append("). ");
                text.append(facts.expectedDelivery() == null ? "It has not arrived."
                        : "It was due by " + Dates.text(facts.expectedDelivery()) + " and has not arrived.");
                if (facts.trackingNumber() != null) {
                    text.append(" The tracking number ").append(facts.trackingNumber())
                            .append(facts.carrier() == null ? "" : " (" + facts.carrier() + ")")
                            .append(" does not show it delivered to me.");
                }
                if (attached.contains(EvidenceKind.TRACKING)) {
                    text.append(" The tracking screenshot is attached.");
                }
                if (attached.contains(EvidenceKind.CARRIER_INQUIRY)) {
                    text.append(" The carrier's answer to my inquiry is attached.");
                }
            }
            case DAMAGED -> {
                text.append("I ordered ").append(facts.item()).append(" (").append(order)
                        .append("). It arrived damaged and cannot be used as intended.");
                for (Discrepancy d : discrepancies) {
                    text.append("\n- ").append(d.attribute()).append(": it should be ").append(d.advertised())
                            .append("; it arrived ").append(d.received()).append('.');
                }
                boolean damage = attached.contains(EvidenceKind.DAMAGE) || attached.contains(EvidenceKind.RECEIVED);
                boolean packaging = attached.contains(EvidenceKind.PACKAGING) || attached.contains(EvidenceKind.LABEL);
                if (damage && packaging) {
                    text.append("\nThe attached photos show the damage and the packaging it came in.");
                } else if (damage) {
                    text.append("\nThe attached photos show the damage.");
                } else if (packaging) {
                    text.append("\nThe attached photos show the packaging it came in.");
                }
            }
        }
        DeadlineRules.first(history, CaseStatus.SELLER_CONTACTED).ifPresent(contacted -> text
                .append("\nI asked the seller to put it right on ").append(Dates.text(contacted.at().toLocalDate()))
                .append(", but it has not been resolved."));
        text.append('\n').append(ask(facts));
        return text.toString();
    }

    /** The kinds of evidence in {@code evidence}: what {@link #draft} may say is attached. */
    public static Set<EvidenceKind> kindsOf(List<Evidence> evidence) {
        Set<EvidenceKind> kinds = java.util.EnumSet.noneOf(EvidenceKind.class);
        evidence.forEach(e -> kinds.add(e.kind()));
        return kinds;
    }

    private static String ask(CaseFacts facts) {
        return switch (facts.resolution()) {
            case FULL_REFUND -> "I ask for a full refund of " + facts.paid() + ".";
            case PARTIAL_REFUND -> "I ask for a partial refund of " + facts.refundAsked() + ".";
            case REPLACEMENT -> "I ask for a replacement that matches the listing, sent at the seller's cost.";
            case RETURN_AND_REFUND -> "I will return the item and ask for a full refund of " + facts.paid()
                    + ", with the return paid by the seller.";
        };
    }
}
