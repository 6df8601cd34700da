package org.casefile.domain;

/** How the buyer paid; it decides which routes to a refund are open. */
public enum PaymentMethod implements Choice {
    CREDIT_CARD("Credit card"),
    DEBIT_CARD("Debit card"),
    PAYPAL("PayPal"),
    PLATFORM_BALANCE("Platform balance"),
    OTHER("Other");

    private final String label;

    PaymentMethod(String label) {
        this.label = label;
    }

    @Override public String label() { return label; }

    public boolean isCard() {
        return this == CREDIT_CARD || this == DEBIT_CARD;
    }

    public static PaymentMethod fromId(String text) {
        return Choice.parse(PaymentMethod.class, text, "payment method");
    }
}
