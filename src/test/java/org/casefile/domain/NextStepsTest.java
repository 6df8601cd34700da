package org.casefile.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class NextStepsTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

    private static NextStep step(String payment, String protectionEnds, CaseStatus status, StatusChange... history) {
        CaseFacts facts = new CaseFactsInput("aliexpress", "1", null, "SSD", null, "2026-10-01", "150 GBP", payment,
                "GB", null, null, "2026-10-20", protectionEnds, "not-as-described", null, null).parse(TODAY);
        List<Deadline> deadlines = DeadlineRules.derive(facts, status, List.of(history));
        return NextSteps.suggest(facts, status, deadlines, RouteRules.routes(facts, deadlines, TODAY), TODAY)
                .orElse(null);
    }

    private static StatusChange at(String time, CaseStatus status) {
        return new StatusChange(LocalDateTime.parse(time), status, null);
    }

    @Test
    void aNewCaseStartsWithTheSeller() {
        assertThat(step("credit-card", "2026-12-20", CaseStatus.NEW).action())
                .isEqualTo("Message the seller and give them 48 hours to put it right");
    }

    @Test
    void afterFortyEightHoursOpenTheDisputeByTheDeadline() {
        NextStep waiting = step("credit-card", "2026-12-20", CaseStatus.SELLER_CONTACTED,
                at("2026-11-25T10:00:00", CaseStatus.SELLER_CONTACTED));
        assertThat(waiting.by()).isEqualTo("2026-11-27");
        NextStep open = step("credit-card", "2026-12-20", CaseStatus.SELLER_CONTACTED,
                at("2026-11-20T10:00:00", CaseStatus.SELLER_CONTACTED));
        assertThat(open.action()).isEqualTo("Open the dispute on AliExpress");
        assertThat(open.by()).isEqualTo("2026-12-06");
    }

    @Test
    void aSilentSellerMeansEscalate() {
        NextStep step = step("credit-card", "2026-12-20", CaseStatus.DISPUTE_OPENED,
                at("2026-11-15T10:00:00", CaseStatus.DISPUTE_OPENED));
        assertThat(step.action()).isEqualTo("Escalate the dispute to AliExpress");
    }

    @Test
    void whenProtectionHasEndedThePaymentRouteIsNext() {
        assertThat(step("credit-card", "2026-11-01", CaseStatus.NEW).action())
                .isEqualTo("Claim from your credit card company under Section 75");
        assertThat(step("debit-card", "2026-11-01", CaseStatus.NEW).action())
                .isEqualTo("Ask your card issuer for a chargeback");
        assertThat(step("platform-balance", "2026-11-01", CaseStatus.NEW).action())
                .contains("no payment route is open");
    }

    @Test
    void settledCasesHaveNoNextStep() {
        assertThat(step("credit-card", "2026-12-20", CaseStatus.RESOLVED)).isNull();
    }
}
