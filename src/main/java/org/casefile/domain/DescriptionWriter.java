package org.casefile.domain;

import java.util.List;

/**
 * Drafts the specific description a mediator acts on, from the order, the claim and the discrepancy rows. The
 * buyer edits it; it only has to be a good first draft in plain words.
 */
public final class DescriptionWriter {
    private DescriptionWriter() {
    }

    public static String draft(CaseFacts facts, List<Discrepancy> discrepancies, List<StatusChange> history) {
        StringBuilder text = new StringBuilder();
        String order = "order " + facts.orderNumber() + ", placed on " + facts.orderedOn();
        switch (facts.claim()) {
            case NOT_AS_DESCRIBED -> {
                text.append("I ordered ").append(facts.item()).append(" (").append(order)
                        .append(") as shown in the listing. ");
                if (discrepancies.isEmpty()) {
                    text.append("What I received is different from the listing.");
                } else {
                    text.append("What I received does not match it:");
                    for (Discrepancy d : discrepancies) {
                        text.append("\n- ").append(d.attribute()).append(": the listing says ")
                                .append(d.advertised()).append("; I received ").append(d.received()).append('.');
                    }
                }
                text.append("\nThe attached photos show the listing next to what arrived.");
            }
            case NOT_RECEIVED -> {
                text.append("I ordered ").append(facts.item()).append(" (").append(order).append("). ");
                text.append(facts.expectedDelivery() == null ? "It has not arrived."
                        : "It was due by " + facts.expectedDelivery() + " and has not arrived.");
                if (facts.trackingNumber() != null) {
                    text.append(" The tracking number ").append(facts.trackingNumber())
                            .append(facts.carrier() == null ? "" : " (" + facts.carrier() + ")")
                            .append(" does not show it delivered to me.");
                }
                text.append(" The tracking screenshot is attached.");
            }
            case DAMAGED -> {
                text.append("I ordered ").append(facts.item()).append(" (").append(order)
                        .append("). It arrived damaged and cannot be used as intended.");
                for (Discrepancy d : discrepancies) {
                    text.append("\n- ").append(d.attribute()).append(": it should be ").append(d.advertised())
                            .append("; it arrived ").append(d.received()).append('.');
                }
                text.append("\nThe attached photos show the damage and the packaging it came in.");
            }
        }
        DeadlineRules.first(history, CaseStatus.SELLER_CONTACTED).ifPresent(contacted -> text
                .append("\nI asked the seller to put it right on ").append(contacted.at().toLocalDate())
                .append(", but it has not been resolved."));
        text.append('\n').append(ask(facts));
        return text.toString();
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
