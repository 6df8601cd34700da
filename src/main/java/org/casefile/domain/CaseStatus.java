package org.casefile.domain;

/** Where the dispute stands. Each change is kept as a timeline event. */
public enum CaseStatus implements Choice {
    NEW("New"),
    SELLER_CONTACTED("Seller contacted"),
    DISPUTE_OPENED("Dispute opened"),
    SELLER_RESPONDED("Seller responded"),
    ESCALATED("Escalated"),
    RESOLVED("Resolved"),
    EXTERNAL_CLAIM("Bank or PayPal claim"),
    CLOSED("Closed");

    private final String label;

    CaseStatus(String label) {
        this.label = label;
    }

    @Override public String label() { return label; }

    /** A finished case no longer has deadlines to chase. */
    public boolean isFinished() {
        return this == RESOLVED || this == CLOSED;
    }

    public static CaseStatus fromId(String text) {
        return Choice.parse(CaseStatus.class, text, "status");
    }
}
