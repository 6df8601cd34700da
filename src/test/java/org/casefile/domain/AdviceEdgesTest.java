package org.casefile.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The next step at the edges issue 13 names, on a fixed clock: never advice that costs the buyer a route. */
class AdviceEdgesTest {
    private static final Clock CLOCK = Clock.fixed(LocalDateTime.parse("2026-11-26T10:00:00")
            .toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    private static final LocalDate TODAY = LocalDate.now(CLOCK);

    /** A case as the buyer would enter it; dates are days from today, null when unknown. */
    private record Order(String claim, String payment, String country, Integer expectedIn, Integer protectionIn) {
        CaseFacts facts() {
            return new CaseFactsInput("aliexpress", "1", null, "SSD", null, "2026-10-01", "150 GBP", payment,
                    country, null, null, day(expectedIn), day(protectionIn), claim, null, null).parse(TODAY);
        }

        private static String day(Integer in) {
            return in == null ? null : TODAY.plusDays(in).toString();
        }
    }

    private static NextStep next(Order order, CaseStatus status, Outcome outcome, StatusChange... history) {
        CaseFacts facts = order.facts();
        List<Deadline> deadlines = DeadlineRules.derive(facts, status, outcome, List.of(history),
                DeadlineSettings.DEFAULT);
        List<Route> routes = RouteRules.routes(facts, status, outcome, deadlines, TODAY);
        return NextSteps.suggest(facts, status, outcome, deadlines, routes, TODAY).orElse(null);
    }

    private static StatusChange daysAgo(int days, CaseStatus status) {
        return new StatusChange(TODAY.minusDays(days).atTime(9, 0), status, null);
    }

    private static Order damaged(String payment, Integer protectionIn) {
        return new Order("damaged", payment, "GB", null, protectionIn);
    }

    @ParameterizedTest(name = "protection ends in {0} days")
    @CsvSource({"0", "7", "13", "14"})
    void protectionEndingWithinTwoWeeksMeansOpenTheDisputeNow(int days) {
        NextStep step = next(damaged("credit-card", days), CaseStatus.NEW, null);
        assertThat(step.action()).startsWith("Open the dispute on AliExpress now").contains("messaging the seller");
        assertThat(step.by()).isEqualTo(TODAY.plusDays(days));
        assertThat(step.source()).isEqualTo(RuleSource.ARTICLE);
    }

    @Test
    void fifteenDaysAskTheSellerButTheFortyEightHoursMayNotRunPastTheOpenByDate() {
        NextStep step = next(damaged("credit-card", 15), CaseStatus.NEW, null);
        assertThat(step.action()).startsWith("Message the seller today").contains("even if they have not answered");
        assertThat(step.by()).isEqualTo(TODAY.plusDays(1)); // the open-by date, before the 48 hours end
    }

    @Test
    void withTimeToSpareTheSellerIsAskedFirst() {
        NextStep step = next(damaged("credit-card", 16), CaseStatus.NEW, null);
        assertThat(step.action()).isEqualTo("Message the seller and give them 48 hours to put it right");
        assertThat(step.by()).isEqualTo(TODAY);
    }

    @Test
    void aSellerContactedTodayWithProtectionEndingInTwoDaysIsNotWaitedFor() {
        NextStep step = next(damaged("credit-card", 2), CaseStatus.SELLER_CONTACTED, null,
                daysAgo(0, CaseStatus.SELLER_CONTACTED));
        assertThat(step.action()).startsWith("Open the dispute on AliExpress now");
        assertThat(step.by()).isEqualTo(TODAY.plusDays(2));
    }

    @Test
    void theFortyEightHourWaitEndingAfterTheOpenByDateStopsThere() {
        NextStep step = next(damaged("credit-card", 15), CaseStatus.SELLER_CONTACTED, null,
                daysAgo(0, CaseStatus.SELLER_CONTACTED));
        assertThat(step.action()).contains("but no longer");
        assertThat(step.by()).isEqualTo(TODAY.plusDays(1));
        NextStep roomy = next(damaged("credit-card", 30), CaseStatus.SELLER_CONTACTED, null,
                daysAgo(0, CaseStatus.SELLER_CONTACTED));
        assertThat(roomy.action()).isEqualTo("Give the seller until the date below to answer");
        assertThat(roomy.by()).isEqualTo(TODAY.plusDays(2));
    }

    @Test
    void aPromisedDeliveryAfterProtectionEndsIsNotWaitedFor() {
        NextStep step = next(new Order("not-received", "credit-card", "GB", 10, 5), CaseStatus.NEW, null);
        assertThat(step.action()).startsWith("Open the dispute on AliExpress now");
        assertThat(step.by()).isEqualTo(TODAY.plusDays(5));
    }

    @Test
    void aPromisedDeliveryAfterTheOpenByDateIsWaitedForOnlyUntilThen() {
        NextStep late = next(new Order("not-received", "credit-card", "GB", 20, 30), CaseStatus.NEW, null);
        assertThat(late.action()).contains("comes after the day to open the dispute");
        assertThat(late.by()).isEqualTo(TODAY.plusDays(16));
        NextStep early = next(new Order("not-received", "credit-card", "GB", 10, 30), CaseStatus.NEW, null);
        assertThat(early.action()).isEqualTo("Wait for the promised delivery date, then message the seller");
        assertThat(early.by()).isEqualTo(TODAY.plusDays(10));
    }

    @ParameterizedTest(name = "{0} by {1}")
    @CsvSource(delimiter = '|', value = {
            "rejected       | credit-card      | GB | Claim from your credit card company under Section 75 | ",
            "partial-refund | credit-card      | GB | Claim from your credit card company under Section 75 | ",
            "rejected       | credit-card      | US | Ask your card issuer for a chargeback | 2027-02-17",
            "rejected       | debit-card       | GB | Ask your card issuer for a chargeback | 2027-02-17",
            "partial-refund | paypal           | GB | Open a claim with PayPal              | 2027-03-30",
            "rejected       | platform-balance | GB | no payment route is open              | ",
            "rejected       | other            | AU | Australian Consumer Law               | ",
    })
    void aLostDisputeLeavesThePaymentRouteAsTheNextStep(String outcome, String payment, String country,
                                                        String action, LocalDate by) {
        Order order = new Order("not-as-described", payment, country, -37, 30);
        NextStep step = next(order, CaseStatus.RESOLVED, Outcome.fromId(outcome),
                daysAgo(20, CaseStatus.DISPUTE_OPENED), daysAgo(1, CaseStatus.RESOLVED));
        assertThat(step.action()).contains(action);
        assertThat(step.by()).isEqualTo(by);
    }

    @Test
    void aFullRefundOrAReplacementEndsTheAdviceButClosingWithoutOneDoesNot() {
        assertThat(next(damaged("debit-card", 30), CaseStatus.RESOLVED, Outcome.FULL_REFUND)).isNull();
        assertThat(next(damaged("debit-card", 30), CaseStatus.RESOLVED, Outcome.REPLACEMENT)).isNull();
        assertThat(next(damaged("debit-card", 30), CaseStatus.CLOSED, Outcome.FULL_REFUND)).isNull();
        NextStep closed = next(damaged("debit-card", 30), CaseStatus.CLOSED, null);
        assertThat(closed.action()).isEqualTo("Ask your card issuer for a chargeback");
        assertThat(closed.by()).isEqualTo("2027-01-29");
        assertThat(closed.source()).isEqualTo(RuleSource.CARD_SCHEME);
    }

    @Test
    void protectionLapsedWithoutADisputeLeadsToThePaymentRoute() {
        NextStep step = next(damaged("paypal", -1), CaseStatus.SELLER_CONTACTED, null,
                daysAgo(10, CaseStatus.SELLER_CONTACTED));
        assertThat(step.action()).isEqualTo("Open a claim with PayPal");
        assertThat(step.by()).isEqualTo("2027-03-30");
        assertThat(step.source()).isEqualTo(RuleSource.PAYPAL_TERMS);
    }

    @Test
    void aDisputeRecordedAfterProtectionEndedLeavesTheMarketplaceRouteClosed() {
        NextStep step = next(damaged("debit-card", -3), CaseStatus.DISPUTE_OPENED, null,
                daysAgo(0, CaseStatus.DISPUTE_OPENED));
        assertThat(step.action()).isEqualTo("Ask your card issuer for a chargeback");
    }

    @Test
    void theSellersAnswerPeriodIsFiveToSevenDays() {
        assertThat(next(damaged("credit-card", 30), CaseStatus.DISPUTE_OPENED, null,
                daysAgo(5, CaseStatus.DISPUTE_OPENED)).action()).startsWith("Wait for the seller's answer");
        NextStep sixth = next(damaged("credit-card", 30), CaseStatus.DISPUTE_OPENED, null,
                daysAgo(6, CaseStatus.DISPUTE_OPENED));
        assertThat(sixth.action()).isEqualTo("Escalate the dispute to AliExpress");
        assertThat(sixth.by()).isEqualTo(TODAY.plusDays(1));
        assertThat(next(damaged("credit-card", 30), CaseStatus.DISPUTE_OPENED, null,
                daysAgo(8, CaseStatus.DISPUTE_OPENED)).by()).isEqualTo(TODAY);
    }

    @Test
    void afterEscalatingWaitTenBusinessDaysThenChase() {
        // Escalated on Thursday 12 November: ten working days later is Thursday 26 November, today.
        NextStep waiting = next(damaged("credit-card", 30), CaseStatus.ESCALATED, null,
                daysAgo(20, CaseStatus.DISPUTE_OPENED), daysAgo(14, CaseStatus.ESCALATED));
        assertThat(waiting.action()).startsWith("Wait for AliExpress's decision");
        assertThat(waiting.by()).isEqualTo(TODAY);
        NextStep chase = next(damaged("credit-card", 30), CaseStatus.ESCALATED, null,
                daysAgo(20, CaseStatus.DISPUTE_OPENED), daysAgo(15, CaseStatus.ESCALATED));
        assertThat(chase.action()).startsWith("Chase AliExpress");
        assertThat(chase.by()).isEqualTo(TODAY);
    }
}
