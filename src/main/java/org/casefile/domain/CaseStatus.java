package org.casefile.domain;

/** Where the dispute stands. Each change is kept as a timeline event. */
public enum CaseStatus implements Choice {
    NEW,
    SELLER_CONTACTED,
    DISPUTE_OPENED,
    SELLER_RESPONDED,
    ESCALATED,
    RESOLVED,
    EXTERNAL_CLAIM,
    CLOSED;

    /** A finished case no longer has deadlines to chase. */
    public boolean isFinished() {
        return this == RESOLVED || this == CLOSED;
    }

    public static CaseStatus fromId(String text) {
        return Choice.parse(CaseStatus.class, text, "status");
    }
}
