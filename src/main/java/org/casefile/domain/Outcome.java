package org.casefile.domain;

/** How a resolved case ended. */
public enum Outcome implements Choice {
    FULL_REFUND("full-refund", "Full refund"),
    PARTIAL_REFUND("partial-refund", "Partial refund"),
    REPLACEMENT("replacement", "Replacement"),
    REJECTED("rejected", "Rejected");

    private final String id;
    private final String label;

    Outcome(String id, String label) {
        this.id = id;
        this.label = label;
    }

    @Override public String id() { return id; }

    @Override public String label() { return label; }

    public static Outcome fromId(String text) {
        return Choice.parse(Outcome.class, text, "outcome");
    }
}
