package org.casefile.domain;

/** Where the order was placed. */
public enum Platform implements Choice {
    ALIEXPRESS("AliExpress"),
    AMAZON("Amazon"),
    EBAY("eBay"),
    TEMU("Temu"),
    OTHER("Other");

    private final String label;

    Platform(String label) {
        this.label = label;
    }

    @Override public String label() { return label; }

    public static Platform fromId(String text) {
        return Choice.parse(Platform.class, text, "platform");
    }
}
