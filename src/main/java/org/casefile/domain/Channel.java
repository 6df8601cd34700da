package org.casefile.domain;

/** Where a message was written. */
public enum Channel implements Choice {
    ORDER_CHAT,
    DISPUTE_THREAD,
    EMAIL;

    public static Channel fromId(String text) {
        return Choice.parse(Channel.class, text, "channel");
    }
}
