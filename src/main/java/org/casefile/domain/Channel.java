package org.casefile.domain;

/** Where a message was written. */
public enum Channel implements Choice {
    ORDER_CHAT("Order chat"),
    DISPUTE_THREAD("Dispute thread"),
    EMAIL("Email");

    private final String label;

    Channel(String label) {
        this.label = label;
    }

    @Override public String label() { return label; }

    public static Channel fromId(String text) {
        return Choice.parse(Channel.class, text, "channel");
    }
}
