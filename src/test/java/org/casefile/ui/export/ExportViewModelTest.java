package org.casefile.ui.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.casefile.LibraryTestBase;
import org.casefile.TestCases;
import org.casefile.app.ClaimService;
import org.casefile.app.EvidenceService;
import org.casefile.app.ExportService;
import org.casefile.domain.CaseFactsInput;
import org.casefile.domain.CaseStatus;
import org.casefile.domain.Evidence;
import org.casefile.domain.EvidenceKind;
import org.casefile.domain.PacketProfile;
import org.casefile.ui.common.DirectExecutor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Export view's model without a window: a real library, real pictures, a real packet parsed back with PDFBox. */
class ExportViewModelTest extends LibraryTestBase {
    @TempDir Path desktop;
    @TempDir Path out;
    private EvidenceService evidence;
    private ExportService exports;
    private final List<Path> opened = new ArrayList<>();
    private final List<String> stages = new ArrayList<>();
    private final AtomicBoolean cancelOnProgress = new AtomicBoolean();
    private ExportViewModel model;

    @BeforeEach
    void setUp() {
        evidence = new EvidenceService(library, cases, TestCases.CLOCK);
        exports = new ExportService(library, cases, evidence, TestCases.CLOCK);
        // Progress is shown "on the FX thread", here the calling one; a test may press Cancel from there.
        model = new ExportViewModel(exports, new DirectExecutor(), new DirectExecutor(), work -> {
            work.run();
            stages.add(model.stageProperty().get());
            if (cancelOnProgress.get()) {
                model.cancel();
            }
        }, opened::add);
    }

    private long caseWithPictures(CaseFactsInput facts) throws Exception {
        long id = cases.create(facts).id();
        Evidence listing = add(id, EvidenceKind.LISTING, "listing.png", 800, 600, Color.DARK_GRAY);
        Evidence received = add(id, EvidenceKind.RECEIVED, "IMG_0042.jpg", 1600, 1200, Color.LIGHT_GRAY);
        new ClaimService(library.database(), cases, TestCases.CLOCK).addPair(id, listing.id(), received.id(),
                "Colour: black advertised, grey received");
        return id;
    }

    private Evidence add(long caseId, EvidenceKind kind, String name, int width, int height, Color colour)
            throws Exception {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(colour);
        g.fillRect(0, 0, width, height);
        g.setColor(Color.RED);
        g.fillOval(width / 4, height / 4, width / 2, height / 2);
        g.dispose();
        Path file = desktop.resolve(name);
        ImageIO.write(image, name.endsWith(".png") ? "png" : "jpeg", file.toFile());
        evidence.importFiles(caseId, kind, List.of(file), o -> { }, () -> false);
        return evidence.evidence(caseId).stream().filter(e -> e.originalName().equals(name)).findFirst()
                .orElseThrow();
    }

    private static CaseFactsInput paypal(String order) {
        CaseFactsInput in = TestCases.ssd(order);
        return new CaseFactsInput(in.platform(), in.orderNumber(), in.seller(), in.item(), in.listingUrl(),
                in.orderedOn(), in.paid(), "paypal", in.country(), in.trackingNumber(), in.carrier(),
                in.expectedDelivery(), in.protectionEnds(), in.claim(), in.resolution(), in.refundAsked());
    }

    @Test
    void theSuggestedProfileIsChosenUntilTheBuyerPicksOneAndItsBudgetIsFilledIn() throws Exception {
        long id = caseWithPictures(paypal("8123456789012"));
        cases.changeStatus(id, CaseStatus.EXTERNAL_CLAIM, null, null, "PayPal claim opened");
        model.show(cases.details(id));
        model.refresh();
        assertThat(model.planProperty().get().suggested()).isEqualTo(PacketProfile.PAYPAL);
        assertThat(model.profileProperty().get()).isEqualTo(PacketProfile.PAYPAL);
        assertThat(model.maxSizeProperty().get()).isEqualTo("10 MB");
        assertThat(model.maxPagesProperty().get()).isEmpty();
        assertThat(model.suggestedName()).isEqualTo("Casefile AliExpress 8123456789012 PayPal claim.pdf");

        model.profileProperty().set(PacketProfile.CHARGEBACK);
        assertThat(model.maxSizeProperty().get()).isEqualTo("2 MB");
        assertThat(model.maxPagesProperty().get()).isEqualTo("17");
        model.refresh();
        assertThat(model.profileProperty().get()).as("the buyer's choice stays").isEqualTo(PacketProfile.CHARGEBACK);

        model.show(cases.details(id));
        assertThat(model.profileProperty().get()).as("the same case read again").isEqualTo(PacketProfile.CHARGEBACK);
    }

    /** An executor that only queues, so a test decides when (and whether) the preview runs. */
    private static final class HeldExecutor implements org.casefile.ui.common.BackgroundExecutor {
        private final List<Runnable> waiting = new ArrayList<>();

        @Override
        public <T> void submit(java.util.concurrent.Callable<T> work, java.util.function.Consumer<T> onSuccess,
                               java.util.function.Consumer<Throwable> onFailure) {
            waiting.add(() -> new DirectExecutor().submit(work, onSuccess, onFailure));
        }

        void runAll() {
            List<Runnable> now = new ArrayList<>(waiting);
            waiting.clear();
            now.forEach(Runnable::run);
        }

        @Override
        public org.casefile.ui.common.BackgroundExecutor lane(String name) {
            return new HeldExecutor();
        }

        @Override
        public void shutdown() {
        }
    }

    @Test
    void thePreviewDrawsOnItsOwnQueueAndALeftTabStopsIt() throws Exception {
        HeldExecutor previews = new HeldExecutor();
        model = new ExportViewModel(exports, new DirectExecutor(), previews, Runnable::run, opened::add);
        long id = caseWithPictures(TestCases.ssd("8123456789012"));
        model.show(cases.details(id));
        model.refresh();
        assertThat(model.planProperty().get()).as("the plan did not wait for the preview").isNotNull();
        assertThat(previews.waiting).hasSize(1);
        assertThat(model.previewingProperty().get()).isTrue();

        model.stopPreview();
        assertThat(model.previewingProperty().get()).isFalse();
        previews.runAll();
        assertThat(model.pages()).as("a stopped preview draws nothing").isEmpty();

        model.refresh();
        previews.runAll();
        assertThat(model.pages()).as("a preview left to run draws the pages").isNotEmpty();
        assertThat(model.previewTextProperty().get()).endsWith("as they will be sent.");
    }

    @Test
    void aBudgetThatIsNotOneIsExplainedBesideItsFieldAndNothingRuns() throws Exception {
        long id = caseWithPictures(TestCases.ssd("8123456789012"));
        model.show(cases.details(id));
        model.maxSizeProperty().set("two megs");
        model.maxPagesProperty().set("many");
        assertThat(model.request()).isNull();
        assertThat(model.maxSizeErrorProperty().get()).contains("'two megs' is not a size");
        assertThat(model.maxPagesErrorProperty().get()).startsWith("Type a number of pages");
        model.refresh();
        assertThat(model.previewTextProperty().get()).isEqualTo("Correct the budget to see the pages.");
        assertThat(model.pages()).isEmpty();
        Path target = out.resolve("packet.pdf");
        model.export(target);
        assertThat(model.noticeProperty().get()).isEqualTo("Correct the budget first.");
        assertThat(target).doesNotExist();

        model.maxPagesProperty().set("0");
        model.originalsProperty().set(true);
        assertThat(model.request()).as("originals ignore the size field").isNull();
        assertThat(model.maxSizeErrorProperty().get()).isEmpty();
        assertThat(model.maxPagesErrorProperty().get()).contains("from 1 to 9999");
        model.maxPagesProperty().set(" ");
        assertThat(model.request()).isEqualTo(new org.casefile.app.ExportRequest(PacketProfile.PLATFORM, 0, 0));
        model.originalsProperty().set(false);
        model.maxSizeProperty().set("1.5 MB");
        model.maxPagesProperty().set("12");
        assertThat(model.request()).isEqualTo(new org.casefile.app.ExportRequest(PacketProfile.PLATFORM,
                1_500_000, 12));
    }

    @Test
    void thePlanAndAPreviewOfTheRealPagesAreShown() throws Exception {
        long id = caseWithPictures(TestCases.ssd("8123456789012"));
        model.show(cases.details(id));
        model.refresh();
        assertThat(model.planTextProperty().get()).startsWith("2 exhibits, 1 pair, about ").contains("budget 10 MB");
        assertThat(model.missing()).isNotEmpty().allSatisfy(item -> assertThat(item).isNotBlank());
        assertThat(model.missing()).containsAll(exports.plan(id, model.request()).missing().stream()
                .map(org.casefile.ui.common.Words::get).toList());

        Path reference = out.resolve("reference.pdf");
        int pages = exports.export(id, model.request(), reference, (s, d, t) -> { }, () -> false).pages();
        assertThat(model.pages()).hasSize(pages);
        assertThat(model.previewTextProperty().get()).isEqualTo(pages + " pages as they will be sent.");
        assertThat(model.previewingProperty().get()).isFalse();
        BufferedImage first = model.pages().get(0);
        assertThat(first.getWidth()).as("A4 at 30 dpi").isBetween(240, 260);
        assertThat(first.getHeight()).isBetween(340, 360);
        assertThat(previewFiles()).as("the preview's file is deleted").isEmpty();
    }

    /** The preview is written in the library's own tmp/, never the shared temporary folder. */
    private java.util.Set<Path> previewFiles() throws java.io.IOException {
        try (var files = Files.list(library.tmp())) {
            return files.filter(f -> f.getFileName().toString().startsWith("preview"))
                    .collect(java.util.stream.Collectors.toSet());
        }
    }

    @Test
    void anExportReportsSizeAndPagesAndOpensTheResult() throws Exception {
        long id = caseWithPictures(TestCases.ssd("8123456789012"));
        model.show(cases.details(id));
        model.profileProperty().set(PacketProfile.CHARGEBACK);
        Path target = out.resolve("packet.pdf");
        model.export(target);

        assertThat(model.exportingProperty().get()).isFalse();
        var result = model.resultProperty().get();
        assertThat(result).isNotNull();
        assertThat(target).exists();
        assertThat(result.bytes()).isEqualTo(Files.size(target)).isLessThanOrEqualTo(2_000_000);
        try (PDDocument document = Loader.loadPDF(target.toFile())) {
            assertThat(result.pages()).isEqualTo(document.getNumberOfPages()).isLessThanOrEqualTo(17);
        }
        assertThat(model.noticeProperty().get()).startsWith("Saved packet.pdf: ")
                .contains(result.pages() + " pages");
        assertThat(stages).isNotEmpty().contains("Saving");

        model.open();
        model.showInFolder();
        assertThat(opened).containsExactly(target.toAbsolutePath(), out.toAbsolutePath());
    }

    @Test
    void aFileChangedOnDiskStopsTheExportAndCanBeLeftOut() throws Exception {
        long id = caseWithPictures(TestCases.ssd("8123456789012"));
        Evidence received = evidence.evidence(id).stream().filter(e -> e.originalName().equals("IMG_0042.jpg"))
                .findFirst().orElseThrow();
        Files.write(evidence.file(received), new byte[] {1, 2, 3}, java.nio.file.StandardOpenOption.APPEND);
        model.show(cases.details(id));
        Path target = out.resolve("packet.pdf");
        model.export(target);

        assertThat(target).doesNotExist();
        assertThat(model.resultProperty().get()).isNull();
        assertThat(model.noticeProperty().get()).contains("IMG_0042.jpg", "changed since it was imported");
        assertThat(model.leaveOutOfferProperty().get()).isEqualTo("Leave out IMG_0042.jpg and export");

        model.leaveOutAndExport();
        assertThat(model.leaveOutOfferProperty().get()).isEmpty();
        assertThat(model.resultProperty().get()).isNotNull();
        try (PDDocument document = Loader.loadPDF(target.toFile())) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(document)).contains("listing.png")
                    .doesNotContain("IMG_0042.jpg");
        }
        model.show(cases.details(caseWithPictures(TestCases.ssd("99"))));
        assertThat(model.request().leftOut()).as("another case starts with every exhibit").isEmpty();
    }

    @Test
    void cancellingLeavesNoFile() throws Exception {
        long id = caseWithPictures(TestCases.ssd("8123456789012"));
        model.show(cases.details(id));
        cancelOnProgress.set(true);
        Path target = out.resolve("packet.pdf");
        model.export(target);

        assertThat(model.noticeProperty().get()).isEqualTo("Export cancelled; no file was written.");
        assertThat(model.resultProperty().get()).isNull();
        assertThat(model.exportingProperty().get()).isFalse();
        try (var files = Files.list(out)) {
            assertThat(files).as("neither the packet nor its temporary file").isEmpty();
        }
    }

    @Test
    void sizesReadAsUploadFormsCountThem() {
        assertThat(ExportViewModel.megabytes(2_000_000)).isEqualTo("2 MB");
        assertThat(ExportViewModel.megabytes(1_500_000)).isEqualTo("1.5 MB");
        assertThat(ExportViewModel.megabytes(206_463)).isEqualTo("206 KB");
        assertThat(ExportViewModel.megabytes(120)).isEqualTo("1 KB");
    }

    @Test
    void sizesAreShownAndTypedInTheWindowsUnits() {
        org.casefile.ui.common.Words.use(org.casefile.domain.text.Language.FRENCH);
        try {
            assertThat(ExportViewModel.megabytes(1_500_000)).isEqualTo("1,5 Mo");
            assertThat(ExportViewModel.megabytes(2_000_000)).isEqualTo("2 Mo");
            assertThat(ExportViewModel.megabytes(206_463)).isEqualTo("206 Ko");
            assertThat(BudgetText.size("1,5 Mo")).isEqualTo(1_500_000);
            assertThat(BudgetText.size("500 ko")).isEqualTo(500_000);
            assertThat(BudgetText.size("2MB")).as("the units the command line reads still work").isEqualTo(2_000_000);
        } finally {
            org.casefile.ui.common.Words.use(org.casefile.domain.text.Language.ENGLISH);
        }
    }

    @Test
    void theSuggestedFileNameUsesTheWindowsWordsAndStaysAFileName() throws Exception {
        long id = caseWithPictures(paypal("8123456789012"));
        model.show(cases.details(id));
        model.profileProperty().set(PacketProfile.CHARGEBACK);
        for (var language : org.casefile.domain.text.Language.values()) {
            org.casefile.ui.common.Words.use(language);
            try {
                String name = model.suggestedName();
                String route = org.casefile.ui.common.Words.label(PacketProfile.CHARGEBACK);
                assertThat(name).as(language.code()).endsWith(".pdf").contains("8123456789012")
                        .contains(route.replaceAll("[\\\\/:*?\"<>|]", "-")).doesNotContain("/", ":", "\\");
                if (language != org.casefile.domain.text.Language.ENGLISH) {
                    assertThat(name).as(language.code()).doesNotContain(PacketProfile.CHARGEBACK.label());
                }
            } finally {
                org.casefile.ui.common.Words.use(org.casefile.domain.text.Language.ENGLISH);
            }
        }
    }
}
