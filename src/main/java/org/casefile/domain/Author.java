package org.casefile.domain;

/** Who wrote a message in the seller conversation. */
public enum Author implements Choice {
    BUYER("You"),
    SELLER("Seller"),
    PLATFORM("Platform");

    private final String label;

    Author(String label) {
        this.label = label;
    }

    @Override public String label() { return label; }

    public static Author fromId(String text) {
        return Choice.parse(Author.class, text, "message author");
    }
}
