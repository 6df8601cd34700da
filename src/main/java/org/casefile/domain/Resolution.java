package org.casefile.domain;

/** What the buyer asks for. */
public enum Resolution implements Choice {
    FULL_REFUND("Full refund"),
    PARTIAL_REFUND("Partial refund"),
    REPLACEMENT("Replacement"),
    RETURN_AND_REFUND("Return and refund");

    private final String label;

    Resolution(String label) {
        this.label = label;
    }

    @Override public String label() { return label; }

    public static Resolution fromId(String text) {
        return Choice.parse(Resolution.class, text, "resolution");
    }
}
