package org.casefile.domain;

/** The deadlines Casefile works out from a case's facts and history; each names its rule. */
public enum DeadlineKind implements Choice {
    BUYER_PROTECTION_ENDS("Buyer protection ends",
            "The date you copied from the order page."),
    OPEN_DISPUTE_BY("Open the dispute by",
            "Two weeks before buyer protection ends, so a slow seller cannot run the clock out."),
    SELLER_WAIT_ENDS("Seller has had 48 hours",
            "48 hours after you first contacted the seller."),
    SELLER_RESPONSE_DUE("Seller must respond by",
            "5 days after the dispute was opened."),
    PAYPAL_DISPUTE_WINDOW("PayPal dispute window closes",
            "180 days after a PayPal payment."),
    PAYPAL_ESCALATE_BY("Escalate the PayPal dispute by",
            "20 days after the PayPal dispute was opened."),
    CHARGEBACK_WINDOW("Chargeback window closes",
            "120 days from the later of payment and expected delivery (card payments)."),
    OMBUDSMAN_FROM("Financial Ombudsman from",
            "8 weeks after your complaint to the card issuer (UK).");

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
}
