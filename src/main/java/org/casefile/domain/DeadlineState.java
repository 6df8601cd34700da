package org.casefile.domain;

/** Where a deadline stands today. */
public enum DeadlineState implements Choice {
    UPCOMING("Upcoming"),
    DUE_SOON("Due soon"),
    MISSED("Missed"),
    DONE("Done");

    private final String label;

    DeadlineState(String label) {
        this.label = label;
    }

    @Override public String label() { return label; }
}
