package org.casefile.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DeadlineRulesTest {

    private static CaseFacts facts(String payment, String country, String ordered, String expected, String ends) {
        return new CaseFactsInput("aliexpress", "1", null, "SSD", null, ordered, "150 GBP", payment, country, null,
                null, expected, ends, "not-received", null, null).parse(LocalDate.of(2030, 1, 1));
    }

    private static Map<DeadlineKind, Deadline> byKind(List<Deadline> deadlines) {
        return deadlines.stream().collect(Collectors.toMap(Deadline::kind, d -> d));
    }

    private static StatusChange change(String at, CaseStatus status) {
        return new StatusChange(LocalDateTime.parse(at), status, null);
    }

    @Test
    void protectionEndAndOpenDisputeTwoWeeksEarlier() {
        var d = byKind(DeadlineRules.derive(facts("other", null, "2026-10-01", null, "2026-12-10"), CaseStatus.NEW,
                List.of()));
        assertThat(d.get(DeadlineKind.BUYER_PROTECTION_ENDS).date()).isEqualTo("2026-12-10");
        assertThat(d.get(DeadlineKind.OPEN_DISPUTE_BY).date()).isEqualTo("2026-11-26");
        assertThat(d).doesNotContainKeys(DeadlineKind.CHARGEBACK_WINDOW, DeadlineKind.PAYPAL_DISPUTE_WINDOW);
    }

    @Test
    void openDisputeNeverFallsBeforeTheOrder() {
        var d = byKind(DeadlineRules.derive(facts("other", null, "2026-10-01", null, "2026-10-05"), CaseStatus.NEW,
                List.of()));
        assertThat(d.get(DeadlineKind.OPEN_DISPUTE_BY).date()).isEqualTo("2026-10-01");
    }

    @Test
    void noProtectionDateMeansNoProtectionDeadlines() {
        assertThat(DeadlineRules.derive(facts("other", null, "2026-10-01", null, null), CaseStatus.NEW, List.of()))
                .isEmpty();
    }

    @Test
    void sellerWaitIsFortyEightHoursAndCrossesMonthEnds() {
        var d = byKind(DeadlineRules.derive(facts("other", null, "2026-10-01", null, null),
                CaseStatus.SELLER_CONTACTED, List.of(change("2026-10-30T23:30:00", CaseStatus.SELLER_CONTACTED))));
        assertThat(d.get(DeadlineKind.SELLER_WAIT_ENDS).date()).isEqualTo("2026-11-01");
    }

    @Test
    void sellerResponseDueFiveDaysAfterTheDisputeAndDoneWhenTheyAnswer() {
        List<StatusChange> history = List.of(change("2028-02-26T10:00:00", CaseStatus.DISPUTE_OPENED));
        var d = byKind(DeadlineRules.derive(facts("other", null, "2028-01-01", null, "2028-03-30"),
                CaseStatus.DISPUTE_OPENED, history));
        assertThat(d.get(DeadlineKind.SELLER_RESPONSE_DUE).date()).as("leap year").isEqualTo("2028-03-02");
        assertThat(d.get(DeadlineKind.SELLER_RESPONSE_DUE).done()).isFalse();
        assertThat(d.get(DeadlineKind.OPEN_DISPUTE_BY).done()).as("the dispute is open").isTrue();

        var answered = byKind(DeadlineRules.derive(facts("other", null, "2028-01-01", null, "2028-03-30"),
                CaseStatus.SELLER_RESPONDED, List.of(history.get(0),
                        change("2028-02-28T09:00:00", CaseStatus.SELLER_RESPONDED))));
        assertThat(answered.get(DeadlineKind.SELLER_RESPONSE_DUE).done()).isTrue();
    }

    @Test
    void paypalWindowsCountFromPaymentAndFromThePaypalClaim() {
        var d = byKind(DeadlineRules.derive(facts("paypal", null, "2026-10-01", null, null),
                CaseStatus.EXTERNAL_CLAIM, List.of(change("2026-11-01T08:00:00", CaseStatus.EXTERNAL_CLAIM))));
        assertThat(d.get(DeadlineKind.PAYPAL_DISPUTE_WINDOW).date()).isEqualTo("2027-03-30");
        assertThat(d.get(DeadlineKind.PAYPAL_DISPUTE_WINDOW).done()).isTrue();
        assertThat(d.get(DeadlineKind.PAYPAL_ESCALATE_BY).date()).isEqualTo("2026-11-21");
    }

    @Test
    void chargebackCountsFromTheLaterOfPaymentAndExpectedDelivery() {
        var d = byKind(DeadlineRules.derive(facts("debit-card", "US", "2026-10-01", "2026-10-25", null),
                CaseStatus.NEW, List.of()));
        assertThat(d.get(DeadlineKind.CHARGEBACK_WINDOW).date()).isEqualTo("2027-02-22");
        assertThat(d).doesNotContainKey(DeadlineKind.OMBUDSMAN_FROM);
    }

    @Test
    void ukCardClaimsReachTheOmbudsmanAfterEightWeeks() {
        var d = byKind(DeadlineRules.derive(facts("credit-card", "GB", "2026-10-01", null, null),
                CaseStatus.EXTERNAL_CLAIM, List.of(change("2026-11-02T12:00:00", CaseStatus.EXTERNAL_CLAIM))));
        assertThat(d.get(DeadlineKind.OMBUDSMAN_FROM).date()).isEqualTo("2026-12-28");
    }

    @Test
    void settledCasesHaveNothingLeftToDoAndNextSkipsThePast() {
        CaseFacts f = facts("credit-card", "GB", "2026-10-01", null, "2026-12-10");
        assertThat(DeadlineRules.derive(f, CaseStatus.RESOLVED, Outcome.FULL_REFUND, List.of(),
                DeadlineSettings.DEFAULT)).allMatch(Deadline::done);
        assertThat(DeadlineRules.derive(f, CaseStatus.CLOSED, Outcome.REPLACEMENT, List.of(),
                DeadlineSettings.DEFAULT)).allMatch(Deadline::done);
        List<Deadline> open = DeadlineRules.derive(f, CaseStatus.NEW, List.of());
        assertThat(DeadlineRules.next(open, LocalDate.of(2026, 11, 27)).orElseThrow().kind())
                .isEqualTo(DeadlineKind.BUYER_PROTECTION_ENDS);
        assertThat(DeadlineRules.next(open, LocalDate.of(2027, 6, 1))).isEmpty();
    }
}
