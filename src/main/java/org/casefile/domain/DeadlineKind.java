package org.casefile.domain;

/** The deadlines Casefile works out from a case's facts and history; each names its rule and where it comes from. */
public enum DeadlineKind implements Choice {
    BUYER_PROTECTION_ENDS("Buyer protection ends",
            "The last day the marketplace's buyer protection covers the order; after it, no dispute can be opened.",
            RuleSource.ORDER_PAGE),
    OPEN_DISPUTE_BY("Open the dispute by",
            "Two weeks before buyer protection ends, so a slow seller cannot run the clock out; when protection "
            + "ends within two weeks and nothing is resolved, open it at once.", RuleSource.ARTICLE),
    SELLER_WAIT_ENDS("Seller has had 48 hours",
            "48 hours after the buyer first contacted the seller.", RuleSource.ARTICLE),
    SELLER_RESPONSE_DUE("Seller must respond by",
            "Sellers have 5 to 7 days to answer a dispute: escalate after the first (a setting per platform, 5 "
            + "days unless changed).", RuleSource.ARTICLE),
    ESCALATE_BY("Escalate to the marketplace by",
            "Two days after the seller's answer period: the latest day to escalate a dispute the seller has not "
            + "answered (5 to 7 days in all).", RuleSource.ARTICLE),
    DECISION_EXPECTED_BY("Marketplace decision expected by",
            "10 business days after the dispute was escalated; chase the marketplace if it has not decided.",
            RuleSource.ARTICLE),
    PAYPAL_DISPUTE_WINDOW("PayPal dispute window closes",
            "180 days after a PayPal payment.", RuleSource.PAYPAL_TERMS),
    PAYPAL_ESCALATE_BY("Escalate the PayPal dispute by",
            "20 days after the PayPal dispute was opened.", RuleSource.PAYPAL_TERMS),
    CHARGEBACK_WINDOW("Chargeback window closes",
            "120 days from the later of payment and expected delivery (card payments).", RuleSource.CARD_SCHEME),
    OMBUDSMAN_FROM("Financial Ombudsman from",
            "8 weeks after the complaint to the card issuer (UK).", RuleSource.FINANCIAL_OMBUDSMAN);

    private final String label;
    private final String rule;
    private final RuleSource source;

    DeadlineKind(String label, String rule, RuleSource source) {
        this.label = label;
        this.rule = rule;
        this.source = source;
    }

    @Override public String label() { return label; }

    public String rule() {
        return rule;
    }

    /** Where the rule comes from: shown beside it. */
    public RuleSource source() {
        return source;
    }

    /**
     * A waiting period rather than a last day: once it has passed it is the buyer's turn (open the dispute,
     * escalate, chase, go to the Ombudsman), which the case's next step says; nothing was missed.
     */
    public boolean isWaitingPeriod() {
        return this == SELLER_WAIT_ENDS || this == SELLER_RESPONSE_DUE || this == DECISION_EXPECTED_BY
                || this == OMBUDSMAN_FROM;
    }

    /** A date of a route through the payment: it outlives the marketplace's decision, good or bad. */
    public boolean isPaymentRoute() {
        return this == PAYPAL_DISPUTE_WINDOW || this == PAYPAL_ESCALATE_BY || this == CHARGEBACK_WINDOW
                || this == OMBUDSMAN_FROM;
    }

    /**
     * How a met deadline is shown unless its rule says otherwise: buyer protection still runs after a dispute was
     * opened in time, so "done" would say the wrong thing about a future date.
     */
    public String doneText() {
        return switch (this) {
            case BUYER_PROTECTION_ENDS -> "dispute opened in time";
            case OPEN_DISPUTE_BY -> "dispute opened";
            default -> "done";
        };
    }

    /**
     * The to-do line when it is to be done at once (see {@link Urgency}): the date that follows is the last day,
     * buyer protection's end.
     */
    public String actionNow(String order) {
        return this == OPEN_DISPUTE_BY ? "Open the dispute on order " + order + " now: buyer protection ends"
                : action(order);
    }

    /** What the buyer should do about it, as one line of a to-do list: "Open the dispute on order 8123…". */
    public String action(String order) {
        return switch (this) {
            case BUYER_PROTECTION_ENDS -> "Buyer protection on order " + order + " ends";
            case OPEN_DISPUTE_BY -> "Open the dispute on order " + order + " by";
            case SELLER_WAIT_ENDS -> "Open the dispute on order " + order + " if the seller has not answered by";
            case SELLER_RESPONSE_DUE -> "Escalate order " + order + " if the seller has not answered the dispute by";
            case ESCALATE_BY -> "Escalate the dispute on order " + order + " at the latest by";
            case DECISION_EXPECTED_BY -> "Chase the marketplace on order " + order + " if it has not decided by";
            case PAYPAL_DISPUTE_WINDOW -> "Open a PayPal claim for order " + order + " by";
            case PAYPAL_ESCALATE_BY -> "Escalate the PayPal claim on order " + order + " by";
            case CHARGEBACK_WINDOW -> "Ask your card issuer for a chargeback on order " + order + " by";
            case OMBUDSMAN_FROM -> "You may take order " + order + " to the Financial Ombudsman from";
        };
    }
}
