package org.casefile.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class DescriptionWriterTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

    private static CaseFacts facts(String claim, String resolution, String refund) {
        return new CaseFactsInput("aliexpress", "8123456789012", null, "2TB portable SSD, black", null, "2026-10-01",
                "89.99 GBP", "paypal", null, "LP001CN", "Cainiao", "2026-10-20", null, claim, resolution, refund)
                .parse(TODAY);
    }

    @Test
    void notAsDescribedNamesEachDifference() {
        List<Discrepancy> rows = List.of(new Discrepancy(1, 1, "Capacity", "2TB", "512GB"),
                new Discrepancy(2, 1, "Colour", "black", "silver"));
        String text = DescriptionWriter.draft(facts("not-as-described", null, null), rows,
                List.of(new StatusChange(LocalDateTime.parse("2026-10-22T18:00:00"), CaseStatus.SELLER_CONTACTED,
                        null)), EnumSet.of(EvidenceKind.LISTING, EvidenceKind.RECEIVED));
        assertThat(text).isEqualTo("""
                I ordered 2TB portable SSD, black (order 8123456789012, placed on 1 Oct 2026) as shown in the \
                listing. What I received does not match it:
                - Capacity: the listing says 2TB; what arrived: 512GB.
                - Colour: the listing says black; what arrived: silver.
                The attached photos show the listing next to what arrived.
                I asked the seller to put it right on 22 Oct 2026, but it has not been resolved.
                I ask for a full refund of 89.99 GBP.""");
    }

    @Test
    void notReceivedCitesTheTrackingAndTheDate() {
        String text = DescriptionWriter.draft(facts("not-received", null, null), List.of(), List.of(),
                EnumSet.of(EvidenceKind.TRACKING));
        assertThat(text).contains("It was due by 20 Oct 2026 and has not arrived.")
                .contains("The tracking screenshot is attached.")
                .contains("The tracking number LP001CN (Cainiao) does not show it delivered to me.")
                .endsWith("I ask for a full refund of 89.99 GBP.");
    }

    @Test
    void itSaysOnlyWhatIsAttached() {
        String none = DescriptionWriter.draft(facts("not-received", null, null), List.of(), List.of(),
                EnumSet.noneOf(EvidenceKind.class));
        assertThat(none).doesNotContain("attached").doesNotContain("screenshot");
        String inquiry = DescriptionWriter.draft(facts("not-received", null, null), List.of(), List.of(),
                EnumSet.of(EvidenceKind.CARRIER_INQUIRY, EvidenceKind.CHAT));
        assertThat(inquiry).doesNotContain("tracking screenshot").contains("The carrier's answer to my inquiry is "
                + "attached.");
        String photosOnly = DescriptionWriter.draft(facts("not-as-described", null, null), List.of(), List.of(),
                EnumSet.of(EvidenceKind.RECEIVED));
        assertThat(photosOnly).contains("The attached photos show what arrived.").doesNotContain("listing next to");
        String damageOnly = DescriptionWriter.draft(facts("damaged", null, null), List.of(), List.of(),
                EnumSet.of(EvidenceKind.DAMAGE));
        assertThat(damageOnly).contains("The attached photos show the damage.").doesNotContain("packaging");
    }

    @Test
    void damagedAndTheAskFollowTheResolution() {
        String text = DescriptionWriter.draft(facts("damaged", "partial-refund", "30 GBP"),
                List.of(new Discrepancy(1, 1, "Screen", "intact", "cracked")), List.of(),
                EnumSet.of(EvidenceKind.DAMAGE, EvidenceKind.PACKAGING));
        assertThat(text).contains("It arrived damaged").contains("- Screen: it should be intact; it arrived cracked.")
                .endsWith("I ask for a partial refund of 30.00 GBP.");
        assertThat(DescriptionWriter.draft(facts("damaged", "return-and-refund", null), List.of(), List.of(),
                EnumSet.noneOf(EvidenceKind.class)))
                .endsWith("with the return paid by the seller.");
    }

    @Test
    void discrepancyRowsAreCheckedAndTidied() {
        Discrepancy row = new Discrepancy(0, 1, "  Size ", "L\t", " S");
        assertThat(row.attribute()).isEqualTo("Size");
        assertThat(row.advertised()).isEqualTo("L");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new Discrepancy(0, 1, " ", "a", "b"))
                .hasMessage("The attribute is missing.");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new Discrepancy(0, 1, "a", "x".repeat(201), "b"))
                .hasMessageContaining("under 200");
    }
}
