package org.casefile.domain;

/** Where the order was placed. */
public enum Platform implements Choice {
    ALIEXPRESS("aliexpress", "AliExpress"),
    AMAZON("amazon", "Amazon"),
    EBAY("ebay", "eBay"),
    TEMU("temu", "Temu"),
    OTHER("other", "Other");

    private final String id;
    private final String label;

    Platform(String id, String label) {
        this.id = id;
        this.label = label;
    }

    @Override public String id() { return id; }

    @Override public String label() { return label; }

    public static Platform fromId(String text) {
        return Choice.parse(Platform.class, text, "platform");
    }
}
