package org.casefile.domain;

/** How the buyer paid; it decides which routes to a refund are open. */
public enum PaymentMethod implements Choice {
    CREDIT_CARD("credit-card", "Credit card"),
    DEBIT_CARD("debit-card", "Debit card"),
    PAYPAL("paypal", "PayPal"),
    PLATFORM_BALANCE("platform-balance", "Platform balance"),
    OTHER("other", "Other");

    private final String id;
    private final String label;

    PaymentMethod(String id, String label) {
        this.id = id;
        this.label = label;
    }

    @Override public String id() { return id; }

    @Override public String label() { return label; }

    public boolean isCard() {
        return this == CREDIT_CARD || this == DEBIT_CARD;
    }

    public static PaymentMethod fromId(String text) {
        return Choice.parse(PaymentMethod.class, text, "payment method");
    }
}
