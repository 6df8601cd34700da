package org.casefile.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RouteRulesTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

    private static Route route(RouteKind kind, String payment, String country, String paid) {
        CaseFacts facts = new CaseFactsInput("ebay", "1", null, "Drone", null, "2026-10-01", paid, payment, country,
                null, null, null, "2026-12-31", "damaged", null, null).parse(TODAY);
        List<Deadline> deadlines = DeadlineRules.derive(facts, CaseStatus.NEW, List.of());
        return RouteRules.routes(facts, deadlines, TODAY).stream().filter(r -> r.route() == kind).findFirst()
                .orElseThrow();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "credit-card | GB | 150 GBP   | true  | jointly liable",
            "credit-card |    | 30000 GBP | true  | jointly liable",
            "credit-card | GB | 100 GBP   | false | over £100",
            "credit-card | GB | 30000.01 GBP | false | up to £30,000",
            "debit-card  | GB | 150 GBP   | false | chargeback",
            "paypal      | GB | 150 GBP   | false | breaks the link",
            "credit-card | DE | 150 GBP   | false | UK law",
            "credit-card | GB | 150 EUR   | false | price in pounds",
    })
    void section75(String payment, String country, String paid, boolean eligible, String reason) {
        Route route = route(RouteKind.SECTION75, payment, country, paid);
        assertThat(route.eligible()).isEqualTo(eligible);
        assertThat(route.reason()).contains(reason);
    }

    @Test
    void chargebackNeedsACardAndPaypalNeedsPaypal() {
        assertThat(route(RouteKind.CHARGEBACK, "debit-card", "GB", "20 GBP").eligible()).isTrue();
        assertThat(route(RouteKind.CHARGEBACK, "paypal", "GB", "20 GBP").eligible()).isFalse();
        assertThat(route(RouteKind.PAYPAL, "paypal", "GB", "20 GBP").eligible()).isTrue();
        assertThat(route(RouteKind.PAYPAL, "credit-card", "GB", "20 GBP").reason()).contains("not paid with PayPal");
        assertThat(route(RouteKind.PLATFORM, "other", null, "20 GBP").reason()).contains("eBay");
    }

    @Test
    void platformRouteClosesWhenProtectionHasEnded() {
        CaseFacts facts = new CaseFactsInput("temu", "1", null, "Boots", null, "2026-08-01", "20 GBP", null, null,
                null, null, null, "2026-09-30", "damaged", null, null).parse(TODAY);
        List<Deadline> deadlines = DeadlineRules.derive(facts, CaseStatus.NEW, List.of());
        Route platform = RouteRules.routes(facts, deadlines, TODAY).get(0);
        assertThat(platform.eligible()).isFalse();
        assertThat(platform.reason()).contains("ended on 30 Sep 2026");
    }

    @Test
    void whereTheChargebackIsShownItSaysWhatItCosts() {
        assertThat(route(RouteKind.CHARGEBACK, "debit-card", "GB", "150 GBP").reason())
                .contains("debit-card dispute is weaker", "affect the buyer's account on the marketplace");
        Route credit = route(RouteKind.CHARGEBACK, "credit-card", "GB", "150 GBP");
        assertThat(credit.reason()).contains("affect the buyer's account").doesNotContain("weaker");
        assertThat(credit.source()).isEqualTo(RuleSource.CARD_SCHEME);
    }

    @Test
    void australianBuyersAreToldOfTheAustralianConsumerLaw() {
        Route au = route(RouteKind.SECTION75, "credit-card", "AU", "150 AUD");
        assertThat(au.eligible()).isFalse();
        assertThat(au.reason()).contains("Australian Consumer Law");
        assertThat(au.source()).isEqualTo(RuleSource.AUSTRALIAN_CONSUMER_LAW);
    }

    @Test
    void aDecisionAgainstTheBuyerClosesTheMarketplaceRouteOnly() {
        CaseFacts facts = new CaseFactsInput("ebay", "1", null, "Drone", null, "2026-10-01", "150 GBP", "credit-card",
                "GB", null, null, null, "2026-12-31", "damaged", null, null).parse(TODAY);
        List<Deadline> deadlines = DeadlineRules.derive(facts, CaseStatus.RESOLVED, Outcome.REJECTED, List.of(),
                DeadlineSettings.DEFAULT);
        List<Route> routes = RouteRules.routes(facts, CaseStatus.RESOLVED, Outcome.REJECTED, deadlines, TODAY);
        assertThat(routes).filteredOn(Route::eligible).extracting(Route::route)
                .containsExactly(RouteKind.CHARGEBACK, RouteKind.SECTION75);
        assertThat(routes.get(0).reason()).contains("eBay decided: rejected");
    }
}
