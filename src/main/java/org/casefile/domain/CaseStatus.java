package org.casefile.domain;

/** Where the dispute stands. Each change is kept as a timeline event. */
public enum CaseStatus implements Choice {
    NEW("new", "New"),
    SELLER_CONTACTED("seller-contacted", "Seller contacted"),
    DISPUTE_OPENED("dispute-opened", "Dispute opened"),
    SELLER_RESPONDED("seller-responded", "Seller responded"),
    ESCALATED("escalated", "Escalated"),
    RESOLVED("resolved", "Resolved"),
    EXTERNAL_CLAIM("external-claim", "Bank or PayPal claim"),
    CLOSED("closed", "Closed");

    private final String id;
    private final String label;

    CaseStatus(String id, String label) {
        this.id = id;
        this.label = label;
    }

    @Override public String id() { return id; }

    @Override public String label() { return label; }

    /** A finished case no longer has deadlines to chase. */
    public boolean isFinished() {
        return this == RESOLVED || this == CLOSED;
    }

    public static CaseStatus fromId(String text) {
        return Choice.parse(CaseStatus.class, text, "status");
    }
}
