package org.casefile.domain;

/** What went wrong with the order; it decides the evidence a mediator expects. */
public enum ClaimType implements Choice {
    NOT_RECEIVED,
    NOT_AS_DESCRIBED,
    DAMAGED;

    public static ClaimType fromId(String text) {
        return Choice.parse(ClaimType.class, text, "claim type");
    }
}
