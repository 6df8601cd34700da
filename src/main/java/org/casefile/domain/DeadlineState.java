package org.casefile.domain;

/** Where a deadline stands today. */
public enum DeadlineState implements Choice {
    UPCOMING,
    DUE_SOON,
    MISSED,
    DONE;

}
