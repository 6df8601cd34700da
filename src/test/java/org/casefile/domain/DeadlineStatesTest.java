package org.casefile.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DeadlineStatesTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

    private static Deadline deadline(DeadlineKind kind, LocalDate date, boolean done) {
        return new Deadline(kind, date, done, "test");
    }

    @Test
    void aDeadlineIsUpcomingDueSoonMissedOrDone() {
        assertThat(deadline(DeadlineKind.OPEN_DISPUTE_BY, TODAY.plusDays(4), false).state(TODAY))
                .isEqualTo(DeadlineState.UPCOMING);
        assertThat(deadline(DeadlineKind.OPEN_DISPUTE_BY, TODAY.plusDays(3), false).state(TODAY))
                .isEqualTo(DeadlineState.DUE_SOON);
        assertThat(deadline(DeadlineKind.OPEN_DISPUTE_BY, TODAY, false).state(TODAY))
                .isEqualTo(DeadlineState.DUE_SOON);
        assertThat(deadline(DeadlineKind.OPEN_DISPUTE_BY, TODAY.minusDays(1), false).state(TODAY))
                .isEqualTo(DeadlineState.MISSED);
        assertThat(deadline(DeadlineKind.OPEN_DISPUTE_BY, TODAY.minusDays(1), true).state(TODAY))
                .isEqualTo(DeadlineState.DONE);
    }

    @Test
    void aPassedWaitingPeriodIsTheBuyersTurnNotAMiss() {
        for (DeadlineKind kind : List.of(DeadlineKind.SELLER_WAIT_ENDS, DeadlineKind.SELLER_RESPONSE_DUE,
                DeadlineKind.OMBUDSMAN_FROM)) {
            assertThat(deadline(kind, TODAY.minusDays(1), false).state(TODAY)).as(kind.id())
                    .isEqualTo(DeadlineState.DONE);
            assertThat(deadline(kind, TODAY.plusDays(1), false).state(TODAY)).isEqualTo(DeadlineState.DUE_SOON);
        }
    }

    @Test
    void sellerResponseDaysArePerPlatform() {
        CaseFacts ebay = new CaseFactsInput("ebay", "1", null, "Drone", null, "2026-10-01", "20 GBP", null, null,
                null, null, null, null, "damaged", null, null).parse(TODAY);
        List<StatusChange> history = List.of(new StatusChange(LocalDateTime.parse("2026-11-20T09:00:00"),
                CaseStatus.DISPUTE_OPENED, null));
        DeadlineSettings settings = new DeadlineSettings(Map.of(Platform.EBAY, 3, Platform.AMAZON, 2));
        Deadline due = DeadlineRules.derive(ebay, CaseStatus.DISPUTE_OPENED, history, settings).stream()
                .filter(d -> d.kind() == DeadlineKind.SELLER_RESPONSE_DUE).findFirst().orElseThrow();
        assertThat(due.date()).isEqualTo("2026-11-23");
        assertThat(due.source()).isEqualTo("You opened the dispute on 2026-11-20; eBay sellers have 3 days.");
        assertThat(settings.sellerResponseDays(Platform.TEMU)).as("default").isEqualTo(5);
        assertThatThrownBy(() -> new DeadlineSettings(Map.of(Platform.EBAY, 0))).hasMessageContaining("1 to 60");
    }

    @Test
    void everyDeadlineSaysWhereItCameFrom() {
        CaseFacts facts = new CaseFactsInput("aliexpress", "1", null, "SSD", null, "2026-10-01", "150 GBP",
                "credit-card", "GB", null, null, "2026-10-25", "2026-12-10", "not-received", null, null)
                .parse(TODAY);
        List<Deadline> deadlines = DeadlineRules.derive(facts, CaseStatus.NEW, List.of());
        assertThat(deadlines).extracting(Deadline::source).containsExactly(
                "Buyer protection ends on 2026-12-10.",
                "You entered it from the order page.",
                "Delivery was expected on 2026-10-25, after you paid by card on 2026-10-01.");
        assertThat(DeadlineKind.OPEN_DISPUTE_BY.action("81")).isEqualTo("Open the dispute on order 81 by");
    }
}
