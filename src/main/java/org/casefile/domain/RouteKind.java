package org.casefile.domain;

/** A way to get the money back. */
public enum RouteKind implements Choice {
    PLATFORM("platform", "Marketplace dispute"),
    PAYPAL("paypal", "PayPal claim"),
    CHARGEBACK("chargeback", "Card chargeback"),
    SECTION75("section75", "Section 75 claim");

    private final String id;
    private final String label;

    RouteKind(String id, String label) {
        this.id = id;
        this.label = label;
    }

    @Override public String id() { return id; }

    @Override public String label() { return label; }

    public static RouteKind fromId(String text) {
        return Choice.parse(RouteKind.class, text, "route");
    }
}
