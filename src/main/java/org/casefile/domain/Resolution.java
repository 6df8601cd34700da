package org.casefile.domain;

/** What the buyer asks for. */
public enum Resolution implements Choice {
    FULL_REFUND,
    PARTIAL_REFUND,
    REPLACEMENT,
    RETURN_AND_REFUND;

    public static Resolution fromId(String text) {
        return Choice.parse(Resolution.class, text, "resolution");
    }
}
