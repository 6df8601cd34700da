package org.casefile.domain;

/** How a resolved case ended. */
public enum Outcome implements Choice {
    FULL_REFUND,
    PARTIAL_REFUND,
    REPLACEMENT,
    REJECTED;

    public static Outcome fromId(String text) {
        return Choice.parse(Outcome.class, text, "outcome");
    }
}
