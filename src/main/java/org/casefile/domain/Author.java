package org.casefile.domain;

/** Who wrote a message in the seller conversation. */
public enum Author implements Choice {
    BUYER("buyer", "You"),
    SELLER("seller", "Seller"),
    PLATFORM("platform", "Platform");

    private final String id;
    private final String label;

    Author(String id, String label) {
        this.id = id;
        this.label = label;
    }

    @Override public String id() { return id; }

    @Override public String label() { return label; }

    public static Author fromId(String text) {
        return Choice.parse(Author.class, text, "message author");
    }
}
