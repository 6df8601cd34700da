package org.casefile.domain;

/** What the buyer did with a seller's offer. */
public enum OfferDecision implements Choice {
    OPEN("Not answered yet"),
    ACCEPTED("Accepted"),
    REJECTED("Rejected");

    private final String label;

    OfferDecision(String label) {
        this.label = label;
    }

    @Override public String label() { return label; }
}
