package org.casefile.domain;

/** Who wrote a message in the seller conversation. */
public enum Author implements Choice {
    BUYER,
    SELLER,
    PLATFORM;

    public static Author fromId(String text) {
        return Choice.parse(Author.class, text, "message author");
    }
}
