package org.casefile.packet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.casefile.LibraryTestBase;
import org.casefile.TestCases;
import org.casefile.app.JobProgress;
import org.casefile.app.ExportRequest;
import org.casefile.app.Services;
import org.casefile.domain.CaseStatus;
import org.casefile.domain.EvidenceKind;
import org.casefile.domain.PacketProfile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A packet goes to a bank or a mediator: it may say the buyer contacted the seller only when the case shows it. */
class PacketStatesOnlyRecordedFactsTest extends LibraryTestBase {
    @TempDir Path desktop;
    @TempDir Path out;
    private Services services;
    private PacketFixture fixture;

    @BeforeEach
    void aCaseWithAPhotoAndNoContact() throws IOException {
        services = Services.of(library, TestCases.CLOCK);
        fixture = new PacketFixture(services, desktop, "8123456789012");
        fixture.add(EvidenceKind.RECEIVED, fixture.photo("received.jpg", 800, 600, 3));
    }

    private String packetText(PacketProfile profile) throws IOException {
        Path file = out.resolve(profile.name() + ".pdf");
        services.exports().export(fixture.id(), ExportRequest.of(profile), file, JobProgress.NONE, () -> false);
        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            return PacketExportTest.text(document).replaceAll("\\s+", " ");
        }
    }

    @Test
    void aCaseWithoutContactGetsNoContactSentence() throws IOException {
        services.cases().changeStatus(fixture.id(), CaseStatus.DISPUTE_OPENED, null,
                LocalDateTime.parse("2026-11-20T10:00"), null);
        for (PacketProfile profile : PacketProfile.values()) {
            String text = packetText(profile);
            assertThat(text).as(profile.name()).doesNotContain("seller first", "Seller asked first",
                    "I tried to resolve the problem with the seller", "First asked");
            assertThat(text).as(profile.name()).contains("I opened a dispute on AliExpress on");
        }
        assertThat(packetText(PacketProfile.CHARGEBACK)).contains("Contact with the seller not recorded")
                .doesNotContain("fill in", "____");
    }

    @Test
    void aCaseWhereNothingHasHappenedYetHasNoEmptyTimeline() throws IOException {
        // Only Casefile's own story so far (the case opened, a photo added): no heading over an empty table.
        assertThat(packetText(PacketProfile.CHARGEBACK)).doesNotContain("Timeline", "What happened");

        services.cases().changeStatus(fixture.id(), CaseStatus.SELLER_CONTACTED, null,
                LocalDateTime.parse("2026-10-22T09:00"), null);
        assertThat(packetText(PacketProfile.CHARGEBACK)).contains("Timeline", "What happened", "Seller contacted");
    }

    @Test
    void recordedContactIsStatedWithItsDate() throws IOException {
        services.cases().changeStatus(fixture.id(), CaseStatus.SELLER_CONTACTED, null,
                LocalDateTime.parse("2026-10-22T09:00"), null);
        String text = packetText(PacketProfile.CHARGEBACK);
        assertThat(text).contains("I tried to resolve this with the seller first on", "Seller asked first",
                "I tried to resolve the problem with the seller before making this claim");
    }
}
