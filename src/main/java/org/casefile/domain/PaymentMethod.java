package org.casefile.domain;

/** How the buyer paid; it decides which routes to a refund are open. */
public enum PaymentMethod implements Choice {
    CREDIT_CARD,
    DEBIT_CARD,
    PAYPAL,
    PLATFORM_BALANCE,
    OTHER;

    public boolean isCard() {
        return this == CREDIT_CARD || this == DEBIT_CARD;
    }

    public static PaymentMethod fromId(String text) {
        return Choice.parse(PaymentMethod.class, text, "payment method");
    }
}
