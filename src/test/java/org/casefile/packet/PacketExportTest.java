package org.casefile.packet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.casefile.LibraryTestBase;
import org.casefile.TestCases;
import org.casefile.app.ExportPlan;
import org.casefile.app.JobProgress;
import org.casefile.app.ExportRequest;
import org.casefile.app.ExportResult;
import org.casefile.app.Services;
import org.casefile.domain.CasefileException;
import org.casefile.domain.EvidenceKind;
import org.casefile.domain.PacketProfile;
import org.casefile.packet.pdf.PacketFonts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exports real cases from a real library and reads the packets back with PDFBox. */
class PacketExportTest extends LibraryTestBase {
    @TempDir Path desktop;
    @TempDir Path out;
    private Services services;
    private PacketFixture fixture;

    @BeforeEach
    void aCase() throws IOException {
        services = Services.of(library, TestCases.CLOCK);
        fixture = new PacketFixture(services, desktop, "8123456789012").typical();
    }

    private ExportResult export(PacketProfile profile, String name) {
        return services.exports().export(fixture.id(), ExportRequest.of(profile), out.resolve(name),
                JobProgress.NONE, () -> false);
    }

    static String text(PDDocument document) throws IOException {
        return new PDFTextStripper().getText(document);
    }

    static List<String> outline(PDDocument document) {
        List<String> titles = new ArrayList<>();
        for (PDOutlineItem item : document.getDocumentCatalog().getDocumentOutline().children()) {
            titles.add(item.getTitle());
        }
        return titles;
    }

    /** Image streams in the file, however many pages show each. */
    static long streams(PDDocument document) {
        return document.getDocument().getObjectsByType(COSName.XOBJECT).stream()
                .filter(o -> o.getObject() instanceof org.apache.pdfbox.cos.COSStream stream
                        && COSName.IMAGE.equals(stream.getCOSName(COSName.SUBTYPE)))
                .count();
    }

    /** The distinct images shown on the pages (an image shown twice counts once). */
    static List<PDImageXObject> images(PDDocument document) throws IOException {
        List<PDImageXObject> images = new ArrayList<>();
        for (PDPage page : document.getPages()) {
            PDResources resources = page.getResources();
            for (COSName name : resources.getXObjectNames()) {
                PDXObject object = resources.getXObject(name);
                if (object instanceof PDImageXObject image
                        && images.stream().noneMatch(i -> i.getCOSObject() == image.getCOSObject())) {
                    images.add(image);
                }
            }
        }
        return images;
    }

    @Test
    void thePacketReadsBackWithEverySectionChineseAndPageNumbers() throws IOException {
        ExportResult result = export(PacketProfile.PLATFORM, "packet.pdf");
        assertThat(result.file()).exists();
        assertThat(result.bytes()).isEqualTo(Files.size(result.file()));
        try (PDDocument document = Loader.loadPDF(result.file().toFile())) {
            assertThat(document.getNumberOfPages()).isEqualTo(result.pages()).isGreaterThanOrEqualTo(6);
            String text = text(document);
            int pages = document.getNumberOfPages();
            assertThat(text).contains("Page 1 of " + pages, "Page " + pages + " of " + pages);
            assertThat(text).contains("AliExpress dispute: item not as described", "8123456789012",
                    "2TB portable SSD, black", "89.99 GBP");
            assertThat(text).contains(PacketFixture.CHINESE.substring(0, 6), "云达数码");
            assertThat(text).contains("Please refund me").contains(PacketFonts.EMOJI_PLACEHOLDER);
            assertThat(text).contains("Exhibit A", "Exhibit B", "Capacity", "512GB", "Declaration", "Signature");
            assertThat(text).as("no ligatures: the text copies and searches as written").doesNotContain("ﬁ", "ﬂ")
                    .contains("file");
            var evidence = services.evidence().evidence(fixture.id());
            for (var item : evidence) {
                assertThat(text.replace("\n", "")).contains(item.sha256());
            }
            assertThat(outline(document)).containsExactly("Cover letter: AliExpress dispute: item not as described",
                    "Case summary and timeline", "Exhibit index", "Advertised versus received",
                    "Listing versus received", "Other evidence", "Tracking and carrier inquiry",
                    "Messages with the seller", "Evidence appendix", "Declaration");
            // Two pairs and the label photo: the listing, shown in both pairs, is embedded once.
            assertThat(images(document)).hasSize(4);
            assertThat(result.images()).isEqualTo(4);
            assertThat(streams(document)).as("one image stream per picture in the whole file").isEqualTo(4);
            assertThat(document.getDocumentInformation().getTitle()).contains("8123456789012");
        }
    }

    @Test
    void noEmbeddedPictureCarriesExifOrGps() throws IOException {
        ExportResult result = export(PacketProfile.PAYPAL, "paypal.pdf");
        // Paid by card: the buyer is told, the letter to PayPal does not claim otherwise.
        assertThat(result.notes()).anyMatch(note -> note.contains("not paid with PayPal"));
        try (PDDocument document = Loader.loadPDF(result.file().toFile())) {
            List<PDImageXObject> images = images(document);
            assertThat(images).isNotEmpty();
            for (PDImageXObject image : images) {
                try (InputStream raw = image.getCOSObject().createRawInputStream()) {
                    String bytes = new String(raw.readAllBytes(), StandardCharsets.ISO_8859_1);
                    assertThat(bytes).doesNotContain("Exif").doesNotContain("GPS");
                }
            }
            // The heading is wider than the page, so it wraps: compare with its line break as a space.
            assertThat(text(document).replaceAll("\\s+", " "))
                    .contains("PayPal claim: Significantly Not as Described")
                    .doesNotContain("with PayPal and open");
        }
    }

    @Test
    void eachRouteHasItsCoverLetter() throws IOException {
        try (PDDocument s75 = Loader.loadPDF(export(PacketProfile.SECTION75, "s75.pdf").file().toFile());
             PDDocument chargeback = Loader.loadPDF(export(PacketProfile.CHARGEBACK, "cb.pdf").file().toFile())) {
            assertThat(text(s75)).contains("section 75 of the Consumer Credit Act 1974", "jointly and equally",
                    "£100", "£30,000");
            String cb = text(chargeback);
            assertThat(cb).contains("Chargeback request", "Visa 13.3", "Mastercard 4853", "Expected delivery date",
                    "Delivery address", "Attempt to resolve with", "Return of the goods");
            assertThat(chargeback.getNumberOfPages()).isLessThanOrEqualTo(17);
        }
    }

    @Test
    void theSameCaseGivesTheSameBytes() throws IOException {
        Path first = export(PacketProfile.CHARGEBACK, "one.pdf").file();
        Path second = export(PacketProfile.CHARGEBACK, "two.pdf").file();
        assertThat(Files.readAllBytes(second)).isEqualTo(Files.readAllBytes(first));
    }

    @Test
    void withoutABudgetTheDryRunStopsAfterThePicturesAndTheIndexKeepsItsPageNumbers() throws IOException {
        fixture.add(EvidenceKind.TRACKING, fixture.photo("tracking.jpg", 900, 600, 3)); // the last gallery
        CaseSnapshot snapshot = services.exports().snapshot(fixture.id(), PacketProfile.PLATFORM);
        assertThat(snapshot.messages()).as("text after the pictures, which the short dry run skips").isNotEmpty();
        EvidenceFiles files = exhibit -> exhibit.evidence().isImage()
                ? java.util.Optional.of(services.evidence().file(exhibit.evidence())) : java.util.Optional.empty();
        org.casefile.packet.image.ImagePreparer preparer = new org.casefile.packet.image.ImagePreparer();
        PacketBuilder builder = new PacketBuilder(preparer);
        PacketBuilder.Options dry = new PacketBuilder.Options(org.casefile.packet.image.ImageStep.ORIGINAL, 0,
                PictureLayout.ROOMY, true, java.util.Map.of());
        java.util.Map<String, Integer> whole = builder.build(snapshot, files, dry, null, () -> false, n -> { })
                .exhibitPages();
        assertThat(whole).containsKeys(snapshot.exhibits().stream()
                .filter(e -> e.evidence().kind() == EvidenceKind.TRACKING).map(CaseSnapshot.Exhibit::letter)
                .toArray(String[]::new)).hasSizeGreaterThan(1);
        assertThat(builder.exhibitPages(snapshot, files, dry, () -> false)).isEqualTo(whole);

        // The packet written without a budget is the one the full dry run's page numbers give.
        java.io.ByteArrayOutputStream fromWholeDryRun = new java.io.ByteArrayOutputStream();
        builder.build(snapshot, files, dry.dry(false).withPages(whole), fromWholeDryRun, () -> false, n -> { });
        Path written = out.resolve("no-budget.pdf");
        new BudgetedBuild(preparer).write(snapshot, files, 0, 0, 0, written, (stage, n, total) -> { }, () -> false);
        assertThat(Files.readAllBytes(written)).isEqualTo(fromWholeDryRun.toByteArray());
    }

    @Test
    void theBuilderIsAFunctionOfTheSnapshot() {
        CaseSnapshot snapshot = services.exports().snapshot(fixture.id(), PacketProfile.PLATFORM);
        EvidenceFiles files = exhibit -> exhibit.evidence().isImage()
                ? java.util.Optional.of(services.evidence().file(exhibit.evidence())) : java.util.Optional.empty();
        PacketBuilder builder = new PacketBuilder(new org.casefile.packet.image.ImagePreparer());
        PacketBuilder.Options options = new PacketBuilder.Options(org.casefile.packet.image.ImageStep.ORIGINAL, 0,
                PictureLayout.ROOMY, false, java.util.Map.of());
        java.io.ByteArrayOutputStream first = new java.io.ByteArrayOutputStream();
        java.io.ByteArrayOutputStream second = new java.io.ByteArrayOutputStream();
        builder.build(snapshot, files, options, first, () -> false, n -> { });
        builder.build(snapshot, files, options, second, () -> false, n -> { });
        assertThat(second.toByteArray()).isEqualTo(first.toByteArray());

        CaseSnapshot later = new CaseSnapshot(snapshot.caseId(), snapshot.profile(), snapshot.generated().plusDays(1),
                "0123456789abcdef0123456789abcdef", snapshot.facts(), snapshot.status(), snapshot.outcome(),
                snapshot.history(), snapshot.timeline(), snapshot.exhibits(), snapshot.pairs(),
                snapshot.discrepancies(), snapshot.description(), snapshot.messages(), snapshot.offers(),
                snapshot.routes(), snapshot.deadlines(), snapshot.checklist());
        java.io.ByteArrayOutputStream third = new java.io.ByteArrayOutputStream();
        builder.build(later, files, options, third, () -> false, n -> { });
        String text = new String(third.toByteArray(), StandardCharsets.ISO_8859_1);
        assertThat(third.toByteArray()).isNotEqualTo(first.toByteArray());
        assertThat(text).contains("<0123456789ABCDEF0123456789ABCDEF>");
    }

    @Test
    void anImpossibleBudgetFailsNamingTheLargestExhibitsAndLeavesNoFile() {
        ExportRequest tiny = new ExportRequest(PacketProfile.PLATFORM, 60_000, 0);
        assertThatThrownBy(() -> services.exports().export(fixture.id(), tiny, out.resolve("tiny.pdf"),
                JobProgress.NONE, () -> false))
                .isInstanceOf(CasefileException.class)
                .hasMessageContaining("over the 60 KB limit")
                .hasMessageContaining("exhibit ");
        assertThat(out).isEmptyDirectory();
    }

    @Test
    void cancellingLeavesNoFile() {
        AtomicInteger updates = new AtomicInteger();
        JobProgress progress = (stage, done, total) -> updates.incrementAndGet();
        assertThatThrownBy(() -> services.exports().export(fixture.id(), ExportRequest.of(PacketProfile.PLATFORM),
                out.resolve("cancelled.pdf"), progress, () -> updates.get() >= 2))
                .isInstanceOf(CasefileException.class).hasMessageContaining("cancelled");
        assertThat(out).isEmptyDirectory();
    }

    @Test
    void aFailedExportKeepsTheEarlierFile() throws IOException {
        Path target = out.resolve("packet.pdf");
        Files.writeString(target, "earlier");
        assertThatThrownBy(() -> services.exports().export(fixture.id(),
                new ExportRequest(PacketProfile.PLATFORM, 60_000, 0), target, JobProgress.NONE, () -> false))
                .isInstanceOf(CasefileException.class);
        assertThat(target).hasContent("earlier");
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files).containsExactly(target);
        }
    }

    @Test
    void thePlanSuggestsARouteAndSaysWhatIsMissing() {
        ExportPlan plan = services.exports().plan(fixture.id(), ExportRequest.of(PacketProfile.PLATFORM));
        assertThat(plan.suggested()).isEqualTo(PacketProfile.PLATFORM);
        assertThat(plan.exhibits()).isEqualTo(4);
        assertThat(plan.pairs()).isEqualTo(2);
        assertThat(plan.missing()).isEmpty();
        assertThat(plan.estimatedBytes()).isPositive();
        assertThat(plan.fits()).isTrue();

        var bare = new PacketFixture(services, desktop, "999");
        ExportPlan empty = services.exports().plan(bare.id(), ExportRequest.of(PacketProfile.PLATFORM));
        assertThat(empty.missing()).extracting(org.casefile.domain.text.RuleText::english)
                .contains("Screenshot of the listing", "Photos of what arrived");
        assertThat(empty.exhibits()).isZero();
    }

    @Test
    void maxSizeIsReadAsPeopleWriteIt() {
        assertThat(ExportRequest.parseMaxSize("none")).isZero();
        assertThat(ExportRequest.parseMaxSize("2MB")).isEqualTo(2_000_000);
        assertThat(ExportRequest.parseMaxSize("2 MB")).isEqualTo(2_000_000);
        assertThat(ExportRequest.parseMaxSize("1.5MB")).isEqualTo(1_500_000);
        assertThat(ExportRequest.parseMaxSize("500KB")).isEqualTo(500_000);
        assertThat(ExportRequest.parseMaxSize("500kb")).isEqualTo(500_000);
        assertThat(ExportRequest.parseMaxSize("2000000")).isEqualTo(2_000_000);
        for (String bad : List.of("", "two MB", "2TB", "-1MB", "1KB")) {
            assertThatThrownBy(() -> ExportRequest.parseMaxSize(bad)).as(bad).isInstanceOf(CasefileException.class);
        }
    }

    @Test
    void videosAndPdfsAreListedAndShown() throws IOException {
        Path video = desktop.resolve("unboxing.mp4");
        byte[] mp4 = new byte[4096];
        System.arraycopy(new byte[] {0, 0, 0, 0x18, 'f', 't', 'y', 'p', 'i', 's', 'o', 'm'}, 0, mp4, 0, 12);
        Files.write(video, mp4);
        var imported = services.evidence().importFiles(fixture.id(), EvidenceKind.VIDEO, List.of(video), o -> { },
                () -> false);
        Path receipt = desktop.resolve("receipt.pdf");
        try (PDDocument pdf = new PDDocument()) {
            pdf.addPage(new PDPage());
            pdf.save(receipt.toFile());
        }
        fixture.add(EvidenceKind.RECEIPT, receipt);
        ExportResult result = export(PacketProfile.CHARGEBACK, "with-video.pdf");
        try (PDDocument document = Loader.loadPDF(result.file().toFile())) {
            String text = text(document);
            assertThat(text).contains("receipt.pdf");
            if (imported.get(0).evidenceId() > 0) {
                assertThat(text).contains("Video: unboxing.mp4");
            }
            // The receipt's first page is drawn as a picture (next to the typical case's four).
            assertThat(images(document)).hasSize(5);
        }
    }

    static byte[] read(Path file) throws IOException {
        return Files.readAllBytes(file);
    }

    static InputStream stream(byte[] bytes) {
        return new ByteArrayInputStream(bytes);
    }
}
