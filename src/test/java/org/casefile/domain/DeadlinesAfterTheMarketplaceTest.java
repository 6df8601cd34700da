package org.casefile.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Which dates stay open after the marketplace has had its say, and what the to-do list makes of them. */
class DeadlinesAfterTheMarketplaceTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

    private static CaseFacts facts(String payment, String protectionEnds) {
        return new CaseFactsInput("temu", "PO-1", null, "Boots", null, "2026-10-01", "150 GBP", payment, "GB", null,
                null, null, protectionEnds, "damaged", null, null).parse(TODAY);
    }

    private static StatusChange on(String day, CaseStatus status) {
        return new StatusChange(LocalDateTime.parse(day + "T12:00:00"), status, null);
    }

    private static Map<DeadlineKind, Deadline> derive(CaseFacts facts, CaseStatus status, Outcome outcome,
                                                      StatusChange... history) {
        return DeadlineRules.derive(facts, status, outcome, List.of(history), DeadlineSettings.DEFAULT).stream()
                .collect(Collectors.toMap(Deadline::kind, d -> d));
    }

    @Test
    void aLostDisputeLeavesThePaymentWindowsOpen() {
        for (Outcome lost : List.of(Outcome.REJECTED, Outcome.PARTIAL_REFUND)) {
            var card = derive(facts("credit-card", "2026-12-20"), CaseStatus.RESOLVED, lost,
                    on("2026-11-10", CaseStatus.DISPUTE_OPENED), on("2026-11-25", CaseStatus.RESOLVED));
            assertThat(card.get(DeadlineKind.CHARGEBACK_WINDOW).done()).as(lost.id()).isFalse();
            var paypal = derive(facts("paypal", "2026-12-20"), CaseStatus.RESOLVED, lost,
                    on("2026-11-10", CaseStatus.DISPUTE_OPENED), on("2026-11-25", CaseStatus.RESOLVED));
            assertThat(paypal.get(DeadlineKind.PAYPAL_DISPUTE_WINDOW).done()).as(lost.id()).isFalse();
        }
        var won = derive(facts("credit-card", "2026-12-20"), CaseStatus.RESOLVED, Outcome.FULL_REFUND);
        assertThat(won.get(DeadlineKind.CHARGEBACK_WINDOW).done()).isTrue();
        var closed = derive(facts("credit-card", "2026-12-20"), CaseStatus.CLOSED, null);
        assertThat(closed.get(DeadlineKind.CHARGEBACK_WINDOW).done()).isFalse();
    }

    @Test
    void protectionIsMetOnlyByADisputeOpenedBeforeItEnds() {
        CaseFacts f = facts("credit-card", "2026-11-20");
        assertThat(derive(f, CaseStatus.EXTERNAL_CLAIM, null, on("2026-11-15", CaseStatus.EXTERNAL_CLAIM))
                .get(DeadlineKind.BUYER_PROTECTION_ENDS).done()).as("a bank claim is no dispute").isFalse();
        assertThat(derive(f, CaseStatus.DISPUTE_OPENED, null, on("2026-11-21", CaseStatus.DISPUTE_OPENED))
                .get(DeadlineKind.BUYER_PROTECTION_ENDS).done()).as("a day late").isFalse();
        var inTime = derive(f, CaseStatus.DISPUTE_OPENED, null, on("2026-11-20", CaseStatus.DISPUTE_OPENED));
        assertThat(inTime.get(DeadlineKind.BUYER_PROTECTION_ENDS).done()).as("on the last day").isTrue();
        assertThat(inTime.get(DeadlineKind.BUYER_PROTECTION_ENDS).doneText()).isEqualTo("dispute opened in time");
        assertThat(derive(f, CaseStatus.RESOLVED, Outcome.FULL_REFUND).get(DeadlineKind.BUYER_PROTECTION_ENDS)
                .doneText()).as("refunded without a dispute").isEqualTo("settled");
        assertThat(derive(facts("credit-card", "2026-12-20"), CaseStatus.NEW, null)
                .get(DeadlineKind.BUYER_PROTECTION_ENDS).state(TODAY)).isEqualTo(DeadlineState.UPCOMING);
    }

    @Test
    void escalationHasALatestDayAndADecisionDateInBusinessDays() {
        var d = derive(facts("credit-card", "2027-01-20"), CaseStatus.ESCALATED, null,
                on("2026-11-16", CaseStatus.DISPUTE_OPENED), on("2026-11-27", CaseStatus.ESCALATED));
        assertThat(d.get(DeadlineKind.SELLER_RESPONSE_DUE).date()).isEqualTo("2026-11-21");
        assertThat(d.get(DeadlineKind.ESCALATE_BY).date()).isEqualTo("2026-11-23");
        assertThat(d.get(DeadlineKind.ESCALATE_BY).done()).isTrue();
        assertThat(d.get(DeadlineKind.DECISION_EXPECTED_BY).date()).isEqualTo("2026-12-11"); // Friday to Friday
        assertThat(DeadlineKind.DECISION_EXPECTED_BY.source()).isEqualTo(RuleSource.ARTICLE);
        var threeDays = DeadlineRules.derive(facts("credit-card", null), CaseStatus.DISPUTE_OPENED, null,
                List.of(on("2026-11-16", CaseStatus.DISPUTE_OPENED)),
                new DeadlineSettings(Map.of(Platform.TEMU, 3)));
        assertThat(threeDays).filteredOn(x -> x.kind() == DeadlineKind.ESCALATE_BY).singleElement()
                .extracting(Deadline::date).isEqualTo(LocalDate.parse("2026-11-21"));
    }

    @Test
    void aFinishedCaseKeepsOnlyItsPaymentRoutesOnTheAgenda() {
        List<Deadline> lost = DeadlineRules.derive(facts("credit-card", "2026-12-20"), CaseStatus.RESOLVED,
                Outcome.REJECTED, List.of(on("2026-11-10", CaseStatus.DISPUTE_OPENED)), DeadlineSettings.DEFAULT);
        assertThat(Urgency.onAgenda(lost, CaseStatus.RESOLVED, TODAY)).extracting(due -> due.deadline().kind())
                .containsExactly(DeadlineKind.CHARGEBACK_WINDOW);
        List<Deadline> won = DeadlineRules.derive(facts("credit-card", "2026-12-20"), CaseStatus.RESOLVED,
                Outcome.FULL_REFUND, List.of(), DeadlineSettings.DEFAULT);
        assertThat(Urgency.onAgenda(won, CaseStatus.RESOLVED, TODAY)).isEmpty();
    }

    @Test
    void onceProtectionEndsWithinTwoWeeksOpeningTheDisputeIsDueNowNotMissed() {
        List<Deadline> seven = DeadlineRules.derive(facts("credit-card", "2026-12-03"), CaseStatus.NEW, List.of());
        assertThat(Urgency.openDisputeNow(seven, TODAY)).isTrue();
        Urgency.Due openBy = Urgency.onAgenda(seven, CaseStatus.NEW, TODAY).stream()
                .filter(due -> due.deadline().kind() == DeadlineKind.OPEN_DISPUTE_BY).findFirst().orElseThrow();
        assertThat(openBy.state()).isEqualTo(DeadlineState.DUE_SOON);
        assertThat(openBy.deadline().date()).isEqualTo("2026-12-03");
        assertThat(openBy.now()).isTrue();
        assertThat(Urgency.onAgenda(seven, CaseStatus.NEW, TODAY)).extracting(due -> due.deadline().kind())
                .as("the open-now line names protection's end").doesNotContain(DeadlineKind.BUYER_PROTECTION_ENDS);

        List<Deadline> fifteen = DeadlineRules.derive(facts("credit-card", "2026-12-11"), CaseStatus.NEW, List.of());
        assertThat(Urgency.openDisputeNow(fifteen, TODAY)).isFalse();
        assertThat(Urgency.openDisputeNow(fifteen, TODAY.plusDays(1))).isTrue();
        assertThat(Urgency.openDisputeNow(fifteen, LocalDate.parse("2026-12-12"))).as("protection is over").isFalse();
    }
}
