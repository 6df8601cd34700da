package org.casefile.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.casefile.domain.text.AsTyped;
import org.casefile.domain.text.Phrase;

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
        Phrase where = facts.platform().where();
        if (status.isFinished() && !DeadlineRules.settled(status, outcome)) {
            return new Route(RouteKind.PLATFORM, false, status == CaseStatus.CLOSED
                    ? Phrase.of("Route.platform.closed")
                    : Phrase.of("Route.platform.decided", where, outcome.inline()), RuleSource.ARTICLE);
        }
        Deadline end = DeadlineRules.find(deadlines, DeadlineKind.BUYER_PROTECTION_ENDS);
        if (end != null && !end.done() && today.isAfter(end.date())) {
            return new Route(RouteKind.PLATFORM, false, Phrase.of("Route.platform.lapsed", where, end.date()),
                    RuleSource.ARTICLE);
        }
        return new Route(RouteKind.PLATFORM, true, end == null ? Phrase.of("Route.platform.open", where)
                : Phrase.of("Route.platform.openBefore", where, end.date()), RuleSource.ARTICLE);
    }

    private static Route paypal(CaseFacts facts, List<Deadline> deadlines, LocalDate today) {
        if (facts.payment() != PaymentMethod.PAYPAL) {
            return new Route(RouteKind.PAYPAL, false, Phrase.of("Route.paypal.notPaid"), RuleSource.PAYPAL_TERMS);
        }
        Deadline window = DeadlineRules.find(deadlines, DeadlineKind.PAYPAL_DISPUTE_WINDOW);
        if (window != null && !window.done() && today.isAfter(window.date())) {
            return new Route(RouteKind.PAYPAL, false, Phrase.of("Route.paypal.closed", window.date()),
                    RuleSource.PAYPAL_TERMS);
        }
        return new Route(RouteKind.PAYPAL, true, window == null ? Phrase.of("Route.paypal.open")
                : Phrase.of("Route.paypal.openBy", window.date()), RuleSource.PAYPAL_TERMS);
    }

    private static Route chargeback(CaseFacts facts, List<Deadline> deadlines, LocalDate today) {
        if (!facts.payment().isCard()) {
            return new Route(RouteKind.CHARGEBACK, false, Phrase.of("Route.chargeback.notCard",
                    facts.payment().inline()), RuleSource.CARD_SCHEME);
        }
        Deadline window = DeadlineRules.find(deadlines, DeadlineKind.CHARGEBACK_WINDOW);
        if (window != null && !window.done() && today.isAfter(window.date())) {
            return new Route(RouteKind.CHARGEBACK, false, Phrase.of("Route.chargeback.closed", window.date()),
                    RuleSource.CARD_SCHEME);
        }
        Phrase canRaise = window == null ? Phrase.of("Route.chargeback.canRaise")
                : Phrase.of("Route.chargeback.canRaiseBefore", window.date());
        return new Route(RouteKind.CHARGEBACK, true, Phrase.of(facts.payment() == PaymentMethod.DEBIT_CARD
                ? "Route.chargeback.openDebit" : "Route.chargeback.open", canRaise), RuleSource.CARD_SCHEME);
    }

    private static Route section75(CaseFacts facts) {
        if ("AU".equals(facts.country())) {
            return new Route(RouteKind.SECTION75, false, Phrase.of("Route.section75.australia"),
                    RuleSource.AUSTRALIAN_CONSUMER_LAW);
        }
        if (facts.country() != null && !facts.country().equals("GB")) {
            return new Route(RouteKind.SECTION75, false, Phrase.of("Route.section75.notUk"),
                    RuleSource.CONSUMER_CREDIT_ACT);
        }
        if (facts.payment() == PaymentMethod.PAYPAL) {
            return new Route(RouteKind.SECTION75, false, Phrase.of("Route.section75.paypal"),
                    RuleSource.CONSUMER_CREDIT_ACT);
        }
        if (facts.payment() != PaymentMethod.CREDIT_CARD) {
            return new Route(RouteKind.SECTION75, false, Phrase.of(facts.payment() == PaymentMethod.DEBIT_CARD
                    ? "Route.section75.debitCard" : "Route.section75.notCredit"), RuleSource.CONSUMER_CREDIT_ACT);
        }
        if (!facts.paid().currency().getCurrencyCode().equals("GBP")) {
            return new Route(RouteKind.SECTION75, false, Phrase.of("Route.section75.notPounds",
                    facts.paid().currency().getCurrencyCode()), RuleSource.CONSUMER_CREDIT_ACT);
        }
        if (!withinSection75Band(facts.paid())) {
            return new Route(RouteKind.SECTION75, false, facts.paid().amount().compareTo(SECTION75_MIN) <= 0
                    ? Phrase.of("Route.section75.tooLittle", new AsTyped(facts.paid()))
                    : Phrase.of("Route.section75.tooMuch"), RuleSource.CONSUMER_CREDIT_ACT);
        }
        return new Route(RouteKind.SECTION75, true, Phrase.of("Route.section75.open"), RuleSource.CONSUMER_CREDIT_ACT);
    }

    /** True for a price in pounds over £100 and up to £30,000: the band section 75 covers. */
    public static boolean withinSection75Band(Money paid) {
        return paid.currency().getCurrencyCode().equals("GBP") && paid.amount().compareTo(SECTION75_MIN) > 0
                && paid.amount().compareTo(SECTION75_MAX) <= 0;
    }
}
