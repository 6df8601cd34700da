package org.casefile.domain;

import java.util.Locale;

/** What a piece of evidence shows; it decides the folder it lives in and where it goes in the packet. */
public enum EvidenceKind implements Choice {
    LISTING,
    RECEIVED,
    DAMAGE,
    PACKAGING,
    LABEL,
    TRACKING,
    CARRIER_INQUIRY,
    CHAT,
    RECEIPT,
    VIDEO,
    OTHER;

    public static EvidenceKind fromId(String text) {
        return Choice.parse(EvidenceKind.class, text, "evidence kind");
    }

    /** A kind suggested by a file's name ("Screenshot listing.png", "label.jpg"), or null when the name says nothing. */
    public static EvidenceKind guess(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        if (name.matches(".*\\.(mp4|mov|webm|m4v)$")) {
            return VIDEO;
        }
        String[][] words = {{"listing", "LISTING"}, {"product", "LISTING"}, {"screenshot", "LISTING"},
                {"label", "LABEL"}, {"tracking", "TRACKING"}, {"track", "TRACKING"}, {"inquiry", "CARRIER_INQUIRY"},
                {"receipt", "RECEIPT"}, {"invoice", "RECEIPT"}, {"order", "RECEIPT"}, {"chat", "CHAT"},
                {"message", "CHAT"}, {"damage", "DAMAGE"}, {"broken", "DAMAGE"}, {"crack", "DAMAGE"},
                {"box", "PACKAGING"}, {"packag", "PACKAGING"}, {"parcel", "PACKAGING"}};
        for (String[] word : words) {
            if (name.contains(word[0])) {
                return valueOf(word[1]);
            }
        }
        return null;
    }

    /** Photos of what the buyer got: what a pair sets against the listing. */
    public boolean showsWhatArrived() {
        return this == RECEIVED || this == DAMAGE || this == PACKAGING || this == LABEL;
    }

    /** The folder name inside the case folder: the id, readable by a person. */
    public String folder() {
        return id().toLowerCase(Locale.ROOT);
    }
}
