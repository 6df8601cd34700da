package org.casefile.domain;

/** A way to get the money back. */
public enum RouteKind implements Choice {
    PLATFORM,
    PAYPAL,
    CHARGEBACK,
    SECTION75;

    public static RouteKind fromId(String text) {
        return Choice.parse(RouteKind.class, text, "route");
    }
}
