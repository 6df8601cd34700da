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
        return routes(facts, CaseStatus.NEW, null, deadlines, today);
    }

    /** The routes as they stand for a case in {@code status} (with its {@code outcome}, null if none). */
    public static List<Route> routes(CaseFacts facts, CaseStatus status, Outcome outcome, List<Deadline> deadlines,
                                     LocalDate today) {
        return List.of(platform(facts, status, outcome, deadlines, today), paypal(facts, deadlines, today),
                chargeback(facts, deadlines, today), section75(facts));
    }

    private static Route platform(CaseFacts facts, CaseStatus status, Outcome outcome, List<Deadline> deadlines,
                                  LocalDate today) {
        String where = facts.platform() == Platform.OTHER ? "the shop" : facts.platform().label();
        if (status.isFinished() && !DeadlineRules.settled(status, outcome)) {
            return new Route(RouteKind.PLATFORM, false, (status == CaseStatus.CLOSED
                    ? "The case was closed without a refund"
                    : where + " decided: " + outcome.label().toLowerCase())
                    + "; the payment route is what is left.", RuleSource.ARTICLE);
        }
        Deadline end = DeadlineRules.find(deadlines, DeadlineKind.BUYER_PROTECTION_ENDS);
        if (end != null && !end.done() && today.isAfter(end.date())) {
            return new Route(RouteKind.PLATFORM, false, "Buyer protection on " + where + " ended on "
                    + Dates.text(end.date()) + " without a dispute opened in time; the platform's support or the "
                    + "payment route remain.", RuleSource.ARTICLE);
        }
        return new Route(RouteKind.PLATFORM, true, "A dispute can be opened with " + where
                + " through its buyer protection" + (end == null ? "." : " before " + Dates.text(end.date()) + "."),
                RuleSource.ARTICLE);
    }

    private static Route paypal(CaseFacts facts, List<Deadline> deadlines, LocalDate today) {
        if (facts.payment() != PaymentMethod.PAYPAL) {
            return new Route(RouteKind.PAYPAL, false, "The order was not paid with PayPal.", RuleSource.PAYPAL_TERMS);
        }
        Deadline window = DeadlineRules.find(deadlines, DeadlineKind.PAYPAL_DISPUTE_WINDOW);
        if (window != null && !window.done() && today.isAfter(window.date())) {
            return new Route(RouteKind.PAYPAL, false, "PayPal's 180-day window closed on "
                    + Dates.text(window.date()) + ".", RuleSource.PAYPAL_TERMS);
        }
        return new Route(RouteKind.PAYPAL, true, "Paid with PayPal: a claim can be opened in the "
                + "Resolution Centre" + (window == null ? "." : " by " + Dates.text(window.date()) + "."),
                RuleSource.PAYPAL_TERMS);
    }

    private static Route chargeback(CaseFacts facts, List<Deadline> deadlines, LocalDate today) {
        if (!facts.payment().isCard()) {
            return new Route(RouteKind.CHARGEBACK, false, "A chargeback needs a card payment; this order was paid by "
                    + facts.payment().label().toLowerCase() + ".", RuleSource.CARD_SCHEME);
        }
        Deadline window = DeadlineRules.find(deadlines, DeadlineKind.CHARGEBACK_WINDOW);
        if (window != null && !window.done() && today.isAfter(window.date())) {
            return new Route(RouteKind.CHARGEBACK, false, "The card network's 120-day window closed on "
                    + Dates.text(window.date()) + ".", RuleSource.CARD_SCHEME);
        }
        return new Route(RouteKind.CHARGEBACK, true, "The cardholder paid by card: the card issuer can "
                + "raise a chargeback" + (window == null ? "." : " before " + Dates.text(window.date()) + ".")
                + (facts.payment() == PaymentMethod.DEBIT_CARD ? " A debit-card dispute is weaker than a credit-card "
                + "one: the chargeback is only the card scheme's rule, and Section 75 does not apply." : "")
                + " A chargeback can affect the buyer's account on the marketplace: some close the account of a "
                + "buyer who files one.", RuleSource.CARD_SCHEME);
    }

    private static Route section75(CaseFacts facts) {
        if ("AU".equals(facts.country())) {
            return new Route(RouteKind.SECTION75, false, "Section 75 is UK law. In Australia the Australian "
                    + "Consumer Law gives the buyer the right to a refund, repair or replacement from the seller: claim "
                    + "under the consumer guarantees, then ask the state's fair trading office.",
                    RuleSource.AUSTRALIAN_CONSUMER_LAW);
        }
        if (facts.country() != null && !facts.country().equals("GB")) {
            return new Route(RouteKind.SECTION75, false, "Section 75 is UK law, for cards issued in the UK.",
                    RuleSource.CONSUMER_CREDIT_ACT);
        }
        if (facts.payment() == PaymentMethod.PAYPAL) {
            return new Route(RouteKind.SECTION75, false, "Paying through PayPal puts PayPal between the card and "
                    + "the seller, which breaks the link Section 75 needs.", RuleSource.CONSUMER_CREDIT_ACT);
        }
        if (facts.payment() != PaymentMethod.CREDIT_CARD) {
            return new Route(RouteKind.SECTION75, false, "Section 75 needs a credit card"
                    + (facts.payment() == PaymentMethod.DEBIT_CARD ? "; a debit card has a chargeback instead." : "."),
                    RuleSource.CONSUMER_CREDIT_ACT);
        }
        if (!facts.paid().currency().getCurrencyCode().equals("GBP")) {
            return new Route(RouteKind.SECTION75, false, "Section 75 needs a cash price over £100; this order was "
                    + "priced in " + facts.paid().currency().getCurrencyCode() + ", so check the price in pounds.",
                    RuleSource.CONSUMER_CREDIT_ACT);
        }
        if (!withinSection75Band(facts.paid())) {
            return new Route(RouteKind.SECTION75, false, facts.paid().amount().compareTo(SECTION75_MIN) <= 0
                    ? "Section 75 covers items over £100; this cost " + facts.paid() + "."
                    : "Section 75 covers items up to £30,000.", RuleSource.CONSUMER_CREDIT_ACT);
        }
        return new Route(RouteKind.SECTION75, true, "Paid by credit card, over £100 and up to £30,000: the card "
                + "issuer is jointly liable with the seller.", RuleSource.CONSUMER_CREDIT_ACT);
    }

    /** True for a price in pounds over £100 and up to £30,000: the band section 75 covers. */
    public static boolean withinSection75Band(Money paid) {
        return paid.currency().getCurrencyCode().equals("GBP") && paid.amount().compareTo(SECTION75_MIN) > 0
                && paid.amount().compareTo(SECTION75_MAX) <= 0;
    }
}
