package org.casefile.domain;

import java.util.Locale;

/** What a piece of evidence shows; it decides the folder it lives in and where it goes in the packet. */
public enum EvidenceKind implements Choice {
    LISTING("Listing"),
    RECEIVED("What arrived"),
    DAMAGE("Damage"),
    PACKAGING("Packaging"),
    LABEL("Label"),
    TRACKING("Tracking"),
    CARRIER_INQUIRY("Carrier inquiry"),
    CHAT("Chat"),
    RECEIPT("Receipt"),
    VIDEO("Video"),
    OTHER("Other");

    private final String label;

    EvidenceKind(String label) {
        this.label = label;
    }

    @Override public String label() { return label; }

    public static EvidenceKind fromId(String text) {
        return Choice.parse(EvidenceKind.class, text, "evidence kind");
    }

    /** The folder name inside the case folder: the id, readable by a person. */
    public String folder() {
        return id().toLowerCase(Locale.ROOT);
    }
}
