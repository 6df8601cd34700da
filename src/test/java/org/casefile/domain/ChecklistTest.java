package org.casefile.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChecklistTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

    private static CaseFacts facts(String claim, String country) {
        return new CaseFactsInput("aliexpress", "1", null, "SSD", null, "2026-10-01", "20 GBP", null, country, null,
                null, null, null, claim, null, null).parse(TODAY);
    }

    private static Evidence of(EvidenceKind kind, long id) {
        return new Evidence(id, 1, kind, "cases/x/" + id, id + ".jpg", null, "0".repeat(64), 1, MediaType.JPEG, 1, 1,
                null, null, false, LocalDateTime.parse("2026-11-20T10:00:00"));
    }

    @Test
    void notAsDescribedNeedsTheListingWhatArrivedAndTheLabels() {
        List<Checklist.Item> empty = Checklist.forCase(facts("not-as-described", "GB"), List.of(), List.of(),
                List.of());
        assertThat(empty).extracting(Checklist.Item::present).containsOnly(false);
        assertThat(empty).extracting(Checklist.Item::what).contains("Screenshot of the listing",
                "Messages showing you asked the seller first");
        List<Checklist.Item> some = Checklist.forCase(facts("not-as-described", "GB"),
                List.of(of(EvidenceKind.LISTING, 1), of(EvidenceKind.RECEIVED, 2)), List.of(),
                List.of(new StatusChange(LocalDateTime.parse("2026-11-01T10:00:00"), CaseStatus.SELLER_CONTACTED,
                        null)));
        assertThat(some).filteredOn(Checklist.Item::present).extracting(Checklist.Item::what).containsExactly(
                "Screenshot of the listing", "Photos of what arrived",
                "Listing and what arrived, to show side by side", "Messages showing you asked the seller first");
    }

    @Test
    void damagedCountsAnglesAndNotReceivedNamesTheCarrier() {
        List<Checklist.Item> damaged = Checklist.forCase(facts("damaged", "GB"), List.of(of(EvidenceKind.DAMAGE, 1),
                of(EvidenceKind.DAMAGE, 2)), List.of(), List.of());
        assertThat(damaged.get(0).what()).isEqualTo("The damage from several angles (2 of 3)");
        assertThat(damaged.get(0).present()).isFalse();
        List<Checklist.Item> lost = Checklist.forCase(facts("not-received", "US"), List.of(), List.of(), List.of());
        assertThat(lost.get(1).tip()).contains("USPS");
        assertThat(Checklist.forCase(facts("not-received", "CA"), List.of(), List.of(), List.of()).get(1).tip())
                .contains("Canada Post");
    }

    @Test
    void aVideoCountsWhereverItWasFiled() {
        Evidence clip = new Evidence(3, 1, EvidenceKind.RECEIVED, "cases/x/3", "unboxing.mp4", null, "1".repeat(64),
                1, MediaType.MP4, 160, 120, null, null, false, LocalDateTime.parse("2026-11-20T10:00:00"));
        String video = "A short video, for electronics";
        assertThat(Checklist.forCase(facts("damaged", "GB"), List.of(of(EvidenceKind.RECEIVED, 1)), List.of(),
                List.of())).filteredOn(i -> i.what().equals(video)).singleElement()
                .extracting(Checklist.Item::present).isEqualTo(false);
        assertThat(Checklist.forCase(facts("damaged", "GB"), List.of(clip), List.of(), List.of()))
                .filteredOn(i -> i.what().equals(video)).singleElement()
                .extracting(Checklist.Item::present).isEqualTo(true);
    }
}
