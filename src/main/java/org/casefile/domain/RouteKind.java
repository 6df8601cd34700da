package org.casefile.domain;

/** A way to get the money back. */
public enum RouteKind implements Choice {
    PLATFORM("Marketplace dispute"),
    PAYPAL("PayPal claim"),
    CHARGEBACK("Card chargeback"),
    SECTION75("Section 75 claim");

    private final String label;

    RouteKind(String label) {
        this.label = label;
    }

    @Override public String label() { return label; }

    public static RouteKind fromId(String text) {
        return Choice.parse(RouteKind.class, text, "route");
    }
}
