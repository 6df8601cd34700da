package org.casefile.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Decides which routes to a refund are open, from the order facts and today's date. */
public final class RouteRules {
    static final BigDecimal SECTION75_MIN = new BigDecimal("100");
    static final BigDecimal SECTION75_MAX = new BigDecimal("30000");

    private RouteRules() {
    }

    public static List<Route> routes(CaseFacts facts, List<Deadline> deadlines, LocalDate today) {
        return List.of(platform(facts, deadlines, today), paypal(facts, deadlines, today),
                chargeback(facts, deadlines, today), section75(facts));
    }

    private static Route platform(CaseFacts facts, List<Deadline> deadlines, LocalDate today) {
        String where = facts.platform() == Platform.OTHER ? "the shop" : facts.platform().label();
        Deadline end = find(deadlines, DeadlineKind.BUYER_PROTECTION_ENDS);
        if (end != null && !end.done() && today.isAfter(end.date())) {
            return new Route(RouteKind.PLATFORM, false, "Buyer protection on " + where + " ended on "
                    + Dates.text(end.date()) + "; the platform's support or the payment route remain.");
        }
        return new Route(RouteKind.PLATFORM, true, "A dispute can be opened with " + where
                + " through its buyer protection" + (end == null ? "." : " before " + Dates.text(end.date()) + "."));
    }

    private static Route paypal(CaseFacts facts, List<Deadline> deadlines, LocalDate today) {
        if (facts.payment() != PaymentMethod.PAYPAL) {
            return new Route(RouteKind.PAYPAL, false, "The order was not paid with PayPal.");
        }
        Deadline window = find(deadlines, DeadlineKind.PAYPAL_DISPUTE_WINDOW);
        if (window != null && !window.done() && today.isAfter(window.date())) {
            return new Route(RouteKind.PAYPAL, false, "PayPal's 180-day window closed on "
                    + Dates.text(window.date()) + ".");
        }
        return new Route(RouteKind.PAYPAL, true, "Paid with PayPal: a claim can be opened in the "
                + "Resolution Centre" + (window == null ? "." : " by " + Dates.text(window.date()) + "."));
    }

    private static Route chargeback(CaseFacts facts, List<Deadline> deadlines, LocalDate today) {
        if (!facts.payment().isCard()) {
            return new Route(RouteKind.CHARGEBACK, false, "A chargeback needs a card payment; this order was paid by "
                    + facts.payment().label().toLowerCase() + ".");
        }
        Deadline window = find(deadlines, DeadlineKind.CHARGEBACK_WINDOW);
        if (window != null && !window.done() && today.isAfter(window.date())) {
            return new Route(RouteKind.CHARGEBACK, false, "The card network's 120-day window closed on "
                    + Dates.text(window.date()) + ".");
        }
        return new Route(RouteKind.CHARGEBACK, true, "The cardholder paid by card: the card issuer can "
                + "raise a chargeback" + (window == null ? "." : " before " + Dates.text(window.date()) + "."));
    }

    private static Route section75(CaseFacts facts) {
        if (facts.country() != null && !facts.country().equals("GB")) {
            return new Route(RouteKind.SECTION75, false, "Section 75 is UK law, for cards issued in the UK.");
        }
        if (facts.payment() == PaymentMethod.PAYPAL) {
            return new Route(RouteKind.SECTION75, false, "Paying through PayPal puts PayPal between the card and "
                    + "the seller, which breaks the link Section 75 needs.");
        }
        if (facts.payment() != PaymentMethod.CREDIT_CARD) {
            return new Route(RouteKind.SECTION75, false, "Section 75 needs a credit card"
                    + (facts.payment() == PaymentMethod.DEBIT_CARD ? "; a debit card has a chargeback instead." : "."));
        }
        if (!facts.paid().currency().getCurrencyCode().equals("GBP")) {
            return new Route(RouteKind.SECTION75, false, "Section 75 needs a cash price over £100; this order was "
                    + "priced in " + facts.paid().currency().getCurrencyCode() + ", so check the price in pounds.");
        }
        if (!withinSection75Band(facts.paid())) {
            return new Route(RouteKind.SECTION75, false, facts.paid().amount().compareTo(SECTION75_MIN) <= 0
                    ? "Section 75 covers items over £100; this cost " + facts.paid() + "."
                    : "Section 75 covers items up to £30,000.");
        }
        return new Route(RouteKind.SECTION75, true, "Paid by credit card, over £100 and up to £30,000: the card "
                + "issuer is jointly liable with the seller.");
    }

    /** True for a price in pounds over £100 and up to £30,000: the band section 75 covers. */
    public static boolean withinSection75Band(Money paid) {
        return paid.currency().getCurrencyCode().equals("GBP") && paid.amount().compareTo(SECTION75_MIN) > 0
                && paid.amount().compareTo(SECTION75_MAX) <= 0;
    }

    private static Deadline find(List<Deadline> deadlines, DeadlineKind kind) {
        return deadlines.stream().filter(d -> d.kind() == kind).findFirst().orElse(null);
    }
}
