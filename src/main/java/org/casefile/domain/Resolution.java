package org.casefile.domain;

/** What the buyer asks for. */
public enum Resolution implements Choice {
    FULL_REFUND("full-refund", "Full refund"),
    PARTIAL_REFUND("partial-refund", "Partial refund"),
    REPLACEMENT("replacement", "Replacement"),
    RETURN_AND_REFUND("return-and-refund", "Return and refund");

    private final String id;
    private final String label;

    Resolution(String id, String label) {
        this.id = id;
        this.label = label;
    }

    @Override public String id() { return id; }

    @Override public String label() { return label; }

    public static Resolution fromId(String text) {
        return Choice.parse(Resolution.class, text, "resolution");
    }
}
