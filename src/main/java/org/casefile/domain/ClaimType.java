package org.casefile.domain;

/** What went wrong with the order; it decides the evidence a mediator expects. */
public enum ClaimType implements Choice {
    NOT_RECEIVED("Not received"),
    NOT_AS_DESCRIBED("Not as described"),
    DAMAGED("Arrived damaged");

    private final String label;

    ClaimType(String label) {
        this.label = label;
    }

    @Override public String label() { return label; }

    public static ClaimType fromId(String text) {
        return Choice.parse(ClaimType.class, text, "claim type");
    }
}
