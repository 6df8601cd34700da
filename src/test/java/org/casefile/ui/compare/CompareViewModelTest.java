package org.casefile.ui.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.casefile.LibraryTestBase;
import org.casefile.TestCases;
import org.casefile.app.ClaimService;
import org.casefile.app.EvidenceService;
import org.casefile.app.PairImages;
import org.casefile.domain.Evidence;
import org.casefile.domain.EvidenceKind;
import org.casefile.domain.ImportOutcome;
import org.casefile.ui.common.DirectExecutor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Compare tab's model, without a window: real library, real pictures, pairs made through the claim service. */
class CompareViewModelTest extends LibraryTestBase {
    @TempDir Path desktop;
    private ClaimService claims;
    private EvidenceService evidence;
    private CompareViewModel model;
    private long caseId;
    private int changes;

    @BeforeEach
    void setUp() {
        claims = new ClaimService(library.database(), cases, TestCases.CLOCK);
        evidence = new EvidenceService(library, cases, TestCases.CLOCK);
        model = new CompareViewModel(claims, new PairImages(claims, evidence,
                new org.casefile.app.ExportService(library, cases, evidence, TestCases.CLOCK)), new DirectExecutor(),
                library.thumbnails());
        model.setOnChanged(() -> changes++);
        caseId = cases.create(TestCases.ssd("8123456789012")).id();
    }

    private Evidence add(EvidenceKind kind, String name, int width, int height, Color colour) throws Exception {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(colour);
        g.fillRect(0, 0, width, height);
        g.dispose();
        Path file = desktop.resolve(name);
        ImageIO.write(image, name.endsWith(".png") ? "png" : "jpeg", file.toFile());
        List<ImportOutcome> outcomes = evidence.importFiles(caseId, kind, List.of(file), o -> { }, () -> false);
        assertThat(outcomes).singleElement().extracting(ImportOutcome::status).isEqualTo(ImportOutcome.Status.IMPORTED);
        return evidence.evidence(caseId).stream().filter(e -> e.originalName().equals(name)).findFirst()
                .orElseThrow();
    }

    @Test
    void offersOnlyTheAllowedKindsOnEachSideAndSaysWhatIsMissing() throws Exception {
        model.show(cases.details(caseId));
        assertThat(model.canPairProperty().get()).isFalse();
        assertThat(model.emptyText()).startsWith("Put the listing photo next to what arrived")
                .contains("add a screenshot of the listing and a photo of what arrived");

        Evidence listing = add(EvidenceKind.LISTING, "listing.png", 400, 300, Color.BLACK);
        model.show(cases.details(caseId));
        assertThat(model.canPairProperty().get()).isFalse();
        assertThat(model.emptyText()).contains("add a photo of what arrived");

        Evidence received = add(EvidenceKind.RECEIVED, "IMG_0042.jpg", 640, 480, Color.LIGHT_GRAY);
        Evidence damage = add(EvidenceKind.DAMAGE, "crack.jpg", 480, 640, Color.RED);
        Evidence tracking = add(EvidenceKind.TRACKING, "tracking.png", 300, 500, Color.BLUE);
        Evidence receipt = add(EvidenceKind.RECEIPT, "order.png", 300, 500, Color.GREEN);
        model.show(cases.details(caseId));

        assertThat(model.canPairProperty().get()).isTrue();
        assertThat(model.listings()).containsExactly(listing);
        assertThat(model.arrivals()).containsExactlyInAnyOrder(received, damage)
                .doesNotContain(tracking, receipt);
        assertThat(model.emptyText()).contains("New pair…");
        evidence.remakeMissingPictures(caseId); // the evidence grid's first look makes the thumbnails an import left
        assertThat(model.thumbnail(received)).exists();
    }

    @Test
    void aPairIsMadeCaptionedAndRemovedAndTheCaseIsToldEachTime() throws Exception {
        Evidence listing = add(EvidenceKind.LISTING, "listing.png", 400, 300, Color.BLACK);
        Evidence received = add(EvidenceKind.RECEIVED, "IMG_0042.jpg", 640, 480, Color.LIGHT_GRAY);
        model.show(cases.details(caseId));

        model.add(listing, received, "  Colour: black advertised, silver received ");
        assertThat(model.noticeProperty().get()).isEqualTo("Pair added: listing.png beside IMG_0042.jpg.");
        assertThat(model.rows()).singleElement().satisfies(row -> {
            assertThat(row.listing()).isEqualTo(listing);
            assertThat(row.received()).isEqualTo(received);
            assertThat(row.pair().caption()).isEqualTo("Colour: black advertised, silver received");
        });
        assertThat(claims.pairs(caseId)).hasSize(1);
        assertThat(changes).isEqualTo(1);

        CompareViewModel.Row row = model.rows().get(0);
        model.caption(row, "Capacity: 2TB advertised, 512GB received");
        assertThat(claims.pairs(caseId).get(0).caption()).isEqualTo("Capacity: 2TB advertised, 512GB received");
        assertThat(model.rows().get(0).pair().caption()).isEqualTo("Capacity: 2TB advertised, 512GB received");
        assertThat(model.noticeProperty().get()).isEqualTo("Caption saved.");

        model.remove(model.rows().get(0));
        assertThat(claims.pairs(caseId)).isEmpty();
        assertThat(model.rows()).isEmpty();
        assertThat(evidence.evidence(caseId)).as("the pictures stay").hasSize(2);
        assertThat(model.noticeProperty().get()).startsWith("Pair removed");
        assertThat(changes).isEqualTo(3);
    }

    @Test
    void refusalsAreShownInPlainWordsAndNothingIsStored() throws Exception {
        Evidence listing = add(EvidenceKind.LISTING, "listing.png", 400, 300, Color.BLACK);
        Evidence received = add(EvidenceKind.RECEIVED, "IMG_0042.jpg", 640, 480, Color.LIGHT_GRAY);
        Evidence tracking = add(EvidenceKind.TRACKING, "tracking.png", 300, 500, Color.BLUE);
        model.show(cases.details(caseId));

        model.add(listing, null, null);
        assertThat(model.noticeProperty().get()).startsWith("Choose a listing picture on the left");

        model.add(listing, tracking, null);
        assertThat(model.noticeProperty().get()).contains("does not show what arrived");
        model.add(received, listing, null);
        assertThat(model.noticeProperty().get()).contains("is not a listing screenshot");

        model.add(listing, received, null);
        model.add(listing, received, "again");
        assertThat(model.noticeProperty().get()).contains("are already a pair");
        model.caption(model.rows().get(0), "x".repeat(301));
        assertThat(model.noticeProperty().get()).contains("under 300 characters");
        assertThat(claims.pairs(caseId)).singleElement().satisfies(p -> assertThat(p.caption()).isNull());
        assertThat(changes).as("only the one pair that was made").isEqualTo(1);
    }

    @Test
    void pairsOfAnotherCaseAreNotShownAfterSwitching() throws Exception {
        Evidence listing = add(EvidenceKind.LISTING, "listing.png", 400, 300, Color.BLACK);
        Evidence received = add(EvidenceKind.RECEIVED, "IMG_0042.jpg", 640, 480, Color.LIGHT_GRAY);
        claims.addPair(caseId, listing.id(), received.id(), "first case");
        claims.addDiscrepancy(caseId, "Capacity", "2TB", "512GB");
        model.show(cases.details(caseId));
        assertThat(model.rows()).hasSize(1);
        assertThat(model.discrepancies()).extracting(d -> d.received()).containsExactly("512GB");

        long other = cases.create(TestCases.ssd("999")).id();
        model.show(cases.details(other));
        assertThat(model.rows()).isEmpty();
        assertThat(model.discrepancies()).isEmpty();
        assertThat(model.canPairProperty().get()).isFalse();
    }

    @Test
    void aPairIsSavedAsOnePictureWithoutMetadata() throws Exception {
        Evidence listing = add(EvidenceKind.LISTING, "listing.png", 400, 300, Color.BLACK);
        Evidence received = add(EvidenceKind.RECEIVED, "IMG_0042.jpg", 640, 480, Color.LIGHT_GRAY);
        model.show(cases.details(caseId));
        model.add(listing, received, "Colour: black advertised, grey received");
        CompareViewModel.Row row = model.rows().get(0);
        assertThat(model.imageName(row)).isEqualTo("Listing beside IMG_0042.jpg");

        Path out = desktop.resolve(model.imageName(row));
        model.saveImage(row, out);
        java.awt.image.BufferedImage saved = ImageIO.read(out.toFile());
        assertThat(saved.getWidth()).isGreaterThan(saved.getHeight());
        assertThat(saved.getHeight()).as("both pictures at one height, labels and caption around them")
                .isGreaterThan(300);
        assertThat(model.noticeProperty().get()).startsWith("Saved Listing beside IMG_0042.jpg (");
        try (var files = java.nio.file.Files.list(desktop)) {
            assertThat(files.map(f -> f.getFileName().toString())).noneMatch(n -> n.endsWith(".part"));
        }

        model.saveImage(row, desktop.resolve("no such folder/pair.jpg"));
        assertThat(model.noticeProperty().get()).contains("does not exist; choose where to save the picture");
    }
}
