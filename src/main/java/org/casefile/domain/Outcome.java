package org.casefile.domain;

/** How a resolved case ended. */
public enum Outcome implements Choice {
    FULL_REFUND("Full refund"),
    PARTIAL_REFUND("Partial refund"),
    REPLACEMENT("Replacement"),
    REJECTED("Rejected");

    private final String label;

    Outcome(String label) {
        this.label = label;
    }

    @Override public String label() { return label; }

    public static Outcome fromId(String text) {
        return Choice.parse(Outcome.class, text, "outcome");
    }
}
