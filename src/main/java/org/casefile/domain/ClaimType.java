package org.casefile.domain;

/** What went wrong with the order; it decides the evidence a mediator expects. */
public enum ClaimType implements Choice {
    NOT_RECEIVED("not-received", "Not received"),
    NOT_AS_DESCRIBED("not-as-described", "Not as described"),
    DAMAGED("damaged", "Arrived damaged");

    private final String id;
    private final String label;

    ClaimType(String id, String label) {
        this.id = id;
        this.label = label;
    }

    @Override public String id() { return id; }

    @Override public String label() { return label; }

    public static ClaimType fromId(String text) {
        return Choice.parse(ClaimType.class, text, "claim type");
    }
}
