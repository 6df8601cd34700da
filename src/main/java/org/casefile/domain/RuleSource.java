package org.casefile.domain;

/**
 * Where a rule of Casefile's advice comes from, shown beside the rule so the buyer can check it rather than trust
 * it. One value per authority; each deadline kind, route and next step names one.
 */
public enum RuleSource implements Choice {
    ORDER_PAGE("Your order page (the date you copied from it)"),
    ARTICLE("The buyer's dispute guide Casefile follows"),
    CARD_SCHEME("Card scheme rules (Visa 13.1 / 13.3, Mastercard 4853)"),
    PAYPAL_TERMS("PayPal's Buyer Protection terms"),
    CONSUMER_CREDIT_ACT("Consumer Credit Act 1974, section 75"),
    FINANCIAL_OMBUDSMAN("Financial Ombudsman Service complaint rules"),
    AUSTRALIAN_CONSUMER_LAW("Australian Consumer Law (consumer guarantees)");

    private final String label;

    RuleSource(String label) {
        this.label = label;
    }

    @Override public String label() { return label; }
}
