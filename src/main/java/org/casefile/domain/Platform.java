package org.casefile.domain;

import org.casefile.domain.text.Phrase;

/** Where the order was placed. */
public enum Platform implements Choice {
    ALIEXPRESS,
    AMAZON,
    EBAY,
    TEMU,
    OTHER;

    /** Where the buyer deals with the marketplace in a sentence: its name, or "the shop" for any other. */
    public Phrase where() {
        return this == OTHER ? Phrase.of("Platform.OTHER.where") : phrase();
    }

    public static Platform fromId(String text) {
        return Choice.parse(Platform.class, text, "platform");
    }
}
