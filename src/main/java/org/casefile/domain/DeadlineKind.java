package org.casefile.domain;

/** The deadlines Casefile works out from a case's facts and history; each names its rule. */
public enum DeadlineKind implements Choice {
    BUYER_PROTECTION_ENDS("Buyer protection ends",
            "The last day the marketplace's buyer protection covers the order; after it, no dispute can be opened."),
    OPEN_DISPUTE_BY("Open the dispute by",
            "Two weeks before buyer protection ends, so a slow seller cannot run the clock out."),
    SELLER_WAIT_ENDS("Seller has had 48 hours",
            "48 hours after the buyer first contacted the seller."),
    SELLER_RESPONSE_DUE("Seller must respond by",
            "The seller's time to answer after the dispute was opened (a setting per platform, 5 days unless changed)."),
    PAYPAL_DISPUTE_WINDOW("PayPal dispute window closes",
            "180 days after a PayPal payment."),
    PAYPAL_ESCALATE_BY("Escalate the PayPal dispute by",
            "20 days after the PayPal dispute was opened."),
    CHARGEBACK_WINDOW("Chargeback window closes",
            "120 days from the later of payment and expected delivery (card payments)."),
    OMBUDSMAN_FROM("Financial Ombudsman from",
            "8 weeks after the complaint to the card issuer (UK).");

    private final String label;
    private final String rule;

    DeadlineKind(String label, String rule) {
        this.label = label;
        this.rule = rule;
    }

    @Override public String label() { return label; }

    public String rule() {
        return rule;
    }

    /**
     * A waiting period rather than a last day: once it has passed it is the buyer's turn (open the dispute,
     * escalate, go to the Ombudsman), which the case's next step says; nothing was missed.
     */
    public boolean isWaitingPeriod() {
        return this == SELLER_WAIT_ENDS || this == SELLER_RESPONSE_DUE || this == OMBUDSMAN_FROM;
    }

    /** What the buyer should do about it, as one line of a to-do list: "Open the dispute on order 8123…". */
    public String action(String order) {
        return switch (this) {
            case BUYER_PROTECTION_ENDS -> "Buyer protection on order " + order + " ends";
            case OPEN_DISPUTE_BY -> "Open the dispute on order " + order + " by";
            case SELLER_WAIT_ENDS -> "Open the dispute on order " + order + " if the seller has not answered by";
            case SELLER_RESPONSE_DUE -> "Escalate order " + order + " if the seller has not answered the dispute by";
            case PAYPAL_DISPUTE_WINDOW -> "Open a PayPal claim for order " + order + " by";
            case PAYPAL_ESCALATE_BY -> "Escalate the PayPal claim on order " + order + " by";
            case CHARGEBACK_WINDOW -> "Ask your card issuer for a chargeback on order " + order + " by";
            case OMBUDSMAN_FROM -> "You may take order " + order + " to the Financial Ombudsman from";
        };
    }
}
