package org.casefile.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.casefile.LibraryTestBase;
import org.casefile.TestCases;
import org.casefile.app.EvidenceService;
import org.casefile.domain.Case;
import org.casefile.domain.Evidence;
import org.casefile.domain.EvidenceKind;
import org.casefile.domain.MediaType;
import org.casefile.domain.ImportOutcome;
import org.casefile.library.Library;
import org.casefile.packet.image.TestPictures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Real files, made here or shipped in test resources, through the real pipeline into a real library. */
class EvidenceImportTest extends LibraryTestBase {
    @TempDir Path desktop;
    private EvidenceService evidence;
    private Case theCase;

    @BeforeEach
    void aCase() {
        theCase = cases.create(TestCases.ssd("8123456789012"));
        evidence = new EvidenceService(library, cases, TestCases.CLOCK);
    }

    private Path image(String name, String format, int width, int height) throws Exception {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.ORANGE);
        g.fillRect(0, 0, width, height);
        g.setColor(Color.BLUE);
        g.fillRect(0, 0, width / 2, height);
        g.dispose();
        Path file = desktop.resolve(name);
        assertThat(ImageIO.write(image, format, file.toFile())).as(format).isTrue();
        return file;
    }

    private List<org.casefile.domain.ImportOutcome> importing(EvidenceKind kind, Path... files) {
        return evidence.importFiles(theCase.id(), kind, List.of(files), outcome -> { }, () -> false);
    }

    private List<Path> caseFiles() throws Exception {
        try (Stream<Path> files = Files.walk(dir.resolve(theCase.folder()))) {
            return files.filter(Files::isRegularFile).toList();
        }
    }

    @ParameterizedTest
    @CsvSource({"listing.jpg, jpeg, image/jpeg", "shot.png, png, image/png", "anim.gif, gif, image/gif",
            "scan.bmp, bmp, image/bmp", "收据 Quittung é.tiff, tiff, image/tiff"})
    void everyImageFormatIsCopiedProbedAndThumbnailed(String name, String format, String mime) throws Exception {
        Path original = image(name, format, 1200, 900);
        String before = Hashing.of(original);
        FileTime modified = Files.getLastModifiedTime(original);

        var outcome = importing(EvidenceKind.LISTING, original).get(0);
        assertThat(outcome.status()).isEqualTo(ImportOutcome.Status.IMPORTED);
        Evidence row = evidence.evidence(theCase.id()).get(0);
        assertThat(row.mime()).isEqualTo(mime);
        assertThat(row.width()).isEqualTo(1200);
        assertThat(row.height()).isEqualTo(900);
        assertThat(row.sha256()).isEqualTo(before);
        assertThat(row.path()).isEqualTo(theCase.folder() + "/listing/" + name);
        assertThat(Hashing.of(dir.resolve(row.path()))).isEqualTo(before);
        firstLook();
        assertThat(dir.resolve("thumbnails/" + before + ".jpg")).exists();
        BufferedImage thumbnail = ImageIO.read(dir.resolve("thumbnails/" + before + ".jpg").toFile());
        assertThat(Math.max(thumbnail.getWidth(), thumbnail.getHeight())).isLessThanOrEqualTo(320);

        assertThat(Hashing.of(original)).as("the original is never changed").isEqualTo(before);
        assertThat(Files.getLastModifiedTime(original)).isEqualTo(modified);
        assertThat(original).exists();
    }

    @Test
    void aPhonePhotoKeepsItsCaptureTimeStandsUprightAndIsKnownToCarryGps() throws Exception {
        Path photo = Files.copy(getClass().getResourceAsStream("/evidence/phone-photo.jpg") == null ? null
                : Path.of(getClass().getResource("/evidence/phone-photo.jpg").toURI()), desktop.resolve("IMG_0042.jpg"));
        importing(EvidenceKind.RECEIVED, photo);
        Evidence row = evidence.evidence(theCase.id()).get(0);
        assertThat(row.capturedAt()).isEqualTo("2026-10-18T17:42:05");
        assertThat(row.orientation()).isEqualTo(6);
        assertThat(row.hasGps()).isTrue();
        assertThat(row.width()).as("as stored: landscape pixels").isEqualTo(64);
        firstLook();
        BufferedImage thumbnail = ImageIO.read(dir.resolve("thumbnails/" + row.sha256() + ".jpg").toFile());
        assertThat(thumbnail.getWidth()).as("shown as taken: portrait").isEqualTo(48);
        assertThat(thumbnail.getHeight()).isEqualTo(64);
        Color top = new Color(thumbnail.getRGB(24, 8));
        assertThat(top.getBlue()).as("the blue left half of the sensor is the top once turned").isGreaterThan(150);
    }

    @Test
    void aCameraPreviewIsUsedForTheGridAndATruncatedPhotoIsStillCaught() throws Exception {
        Path photo = Files.copy(Path.of(getClass().getResource("/evidence/photo-with-preview.jpg").toURI()),
                desktop.resolve("DSC_0001.jpg"));
        importing(EvidenceKind.RECEIVED, photo);
        Evidence row = evidence.evidence(theCase.id()).get(0);
        firstLook();
        BufferedImage thumbnail = ImageIO.read(dir.resolve("thumbnails/" + row.sha256() + ".jpg").toFile());
        assertThat(thumbnail.getWidth()).as("the camera's 160 px preview").isEqualTo(160);
        assertThat(new Color(thumbnail.getRGB(80, 60)).getGreen()).as("the preview is green, the photo red")
                .isGreaterThan(200);

        byte[] bytes = Files.readAllBytes(photo);
        Path cut = Files.write(desktop.resolve("DSC_0002.jpg"), java.util.Arrays.copyOf(bytes,
                bytes.length - 200));
        ImportOutcome outcome = importing(EvidenceKind.RECEIVED, cut).get(0);
        assertThat(outcome.status()).isEqualTo(ImportOutcome.Status.REJECTED);
        assertThat(outcome.reason()).contains("incomplete");
    }

    @Test
    void aPhotosThumbnailIsLeftOffTheImportAndMadeAtTheFirstLookAndACutPngIsStillCaught() throws Exception {
        Path photo = image("IMG_0001.jpg", "jpeg", 1600, 1200);
        Path screenshot = image("shot.png", "png", 800, 600);
        byte[] png = Files.readAllBytes(screenshot);
        Path cut = Files.write(desktop.resolve("cut.png"), java.util.Arrays.copyOf(png, png.length / 2));
        List<ImportOutcome> outcomes = importing(EvidenceKind.RECEIVED, photo, screenshot, cut);
        assertThat(outcomes).extracting(ImportOutcome::status).containsExactly(ImportOutcome.Status.IMPORTED,
                ImportOutcome.Status.IMPORTED, ImportOutcome.Status.REJECTED);
        assertThat(outcomes.get(2).reason()).as("refused by the decode its missing end calls for").isNotBlank();
        assertThat(evidence.evidence(theCase.id())).as("no decode on the import's path")
                .allSatisfy(e -> assertThat(evidence.thumbnail(e)).doesNotExist());
        assertThat(evidence.remakeMissingPictures(theCase.id())).isEqualTo(2);
        BufferedImage small = ImageIO.read(thumbnailOf("IMG_0001.jpg").toFile());
        assertThat(small.getWidth()).isEqualTo(320);
        assertThat(thumbnailOf("shot.png")).isRegularFile();
        try (Stream<Path> left = Files.list(dir.resolve("tmp"))) {
            assertThat(left).as("no half-made thumbnail").isEmpty();
        }
    }

    @Test
    void anUprightPhotosPreviewIsKeptAsItIsATurnedOneIsTurnedAndAStaleOneIsIgnored() throws Exception {
        BufferedImage red = CameraJpeg.filled(1200, 900, Color.RED);
        byte[] green = CameraJpeg.jpeg(CameraJpeg.filled(160, 120, Color.GREEN));
        Path upright = Files.write(desktop.resolve("upright.jpg"), CameraJpeg.withPreview(red, 1, green));
        Path turned = Files.write(desktop.resolve("portrait.jpg"), CameraJpeg.withPreview(red, 6, green));
        Path stale = Files.write(desktop.resolve("cropped.jpg"), CameraJpeg.withPreview(red, 1,
                CameraJpeg.jpeg(CameraJpeg.filled(160, 160, Color.GREEN))));
        byte[] noise = new byte[2000];
        new java.util.Random(3).nextBytes(noise);
        Path broken = Files.write(desktop.resolve("odd.jpg"), CameraJpeg.withPreview(red, 1, noise));
        assertThat(importing(EvidenceKind.RECEIVED, upright, turned, stale, broken))
                .extracting(ImportOutcome::status).containsOnly(ImportOutcome.Status.IMPORTED);

        assertThat(Files.readAllBytes(thumbnailOf("upright.jpg"))).as("the camera's preview, byte for byte")
                .isEqualTo(green);
        BufferedImage portrait = ImageIO.read(thumbnailOf("portrait.jpg").toFile());
        assertThat(portrait.getWidth()).as("turned as EXIF says").isEqualTo(120);
        assertThat(portrait.getHeight()).isEqualTo(160);
        assertThat(new Color(portrait.getRGB(60, 80)).getGreen()).as("from the preview").isGreaterThan(200);
        for (String fromThePhoto : List.of("cropped.jpg", "odd.jpg")) {
            BufferedImage small = ImageIO.read(thumbnailOf(fromThePhoto).toFile());
            assertThat(small.getWidth()).as(fromThePhoto + ": decoded from the photo").isEqualTo(320);
            assertThat(new Color(small.getRGB(160, 120)).getRed()).as(fromThePhoto).isGreaterThan(200);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8})
    void everyExifOrientationStandsUprightInTheGrid(int orientation) throws Exception {
        BufferedImage stored = TestPictures.stored(TestPictures.quarters(800, 600), orientation);
        byte[] small = CameraJpeg.jpeg(TestPictures.stored(TestPictures.quarters(160, 120), orientation));
        Path decoded = Files.write(desktop.resolve("decoded.jpg"),
                TestPictures.phoneJpeg(TestPictures.jpeg(stored, 0.9f, false), orientation));
        Path previewed = Files.write(desktop.resolve("previewed.jpg"),
                CameraJpeg.withPreview(stored, orientation, small));
        assertThat(importing(EvidenceKind.RECEIVED, decoded, previewed)).extracting(ImportOutcome::status)
                .containsOnly(ImportOutcome.Status.IMPORTED);
        for (String name : List.of("decoded.jpg", "previewed.jpg")) {
            BufferedImage thumbnail = ImageIO.read(thumbnailOf(name).toFile());
            int w = thumbnail.getWidth();
            int h = thumbnail.getHeight();
            assertThat(w * 3).as("%s, orientation %d: landscape as taken", name, orientation).isEqualTo(h * 4);
            assertSimilar(thumbnail.getRGB(w / 4, h / 4), TestPictures.TOP_LEFT, name, orientation);
            assertSimilar(thumbnail.getRGB(3 * w / 4, h / 4), TestPictures.TOP_RIGHT, name, orientation);
            assertSimilar(thumbnail.getRGB(w / 4, 3 * h / 4), TestPictures.BOTTOM_LEFT, name, orientation);
            assertSimilar(thumbnail.getRGB(3 * w / 4, 3 * h / 4), TestPictures.BOTTOM_RIGHT, name, orientation);
        }
    }

    private static void assertSimilar(int rgb, Color expected, String name, int orientation) {
        Color seen = new Color(rgb);
        assertThat(Math.abs(seen.getRed() - expected.getRed()) + Math.abs(seen.getGreen() - expected.getGreen())
                + Math.abs(seen.getBlue() - expected.getBlue())).as("%s, orientation %d: %s where %s belongs", name,
                orientation, seen, expected).isLessThan(60);
    }

    @Test
    void aFolderStandsForItsFilesEachOfTheKindItsNameSays() throws Exception {
        Path folder = Files.createDirectories(desktop.resolve("Parcel photos"));
        ImageIO.write(CameraJpeg.filled(400, 300, Color.RED), "jpeg", folder.resolve("IMG_0001.jpg").toFile());
        Path inner = Files.createDirectories(folder.resolve("more"));
        ImageIO.write(CameraJpeg.filled(400, 300, Color.BLUE), "jpeg", inner.resolve("shipping label.jpg").toFile());
        Files.writeString(folder.resolve(".DS_Store"), "finder");
        Files.writeString(folder.resolve("Thumbs.db"), "explorer");
        Files.writeString(folder.resolve("IMG_0002.jpg.part"), "still downloading");
        Files.writeString(folder.resolve("notes.jpg"), "not a photo");
        Path empty = Files.createDirectories(desktop.resolve("nothing here"));

        List<ImportOutcome> outcomes = evidence.importFiles(theCase.id(), null, List.of(folder, empty), o -> { },
                () -> false);

        assertThat(outcomes).extracting(o -> o.file().getFileName() + " " + o.status()).containsExactly(
                "IMG_0001.jpg IMPORTED", "shipping label.jpg IMPORTED", "notes.jpg REJECTED",
                "nothing here REJECTED");
        assertThat(outcomes).filteredOn(o -> o.file().equals(empty)).singleElement()
                .extracting(ImportOutcome::reason).isEqualTo("It is a folder with no files in it to import.");
        assertThat(evidence.evidence(theCase.id())).extracting(e -> e.originalName() + " " + e.kind())
                .containsExactlyInAnyOrder("IMG_0001.jpg RECEIVED", "shipping label.jpg LABEL");
    }

    /** What the evidence grid does when it first shows the case: makes the thumbnails the import left for later. */
    private void firstLook() {
        evidence.remakeMissingPictures(theCase.id());
    }

    private Path thumbnailOf(String originalName) {
        firstLook();
        Evidence row = evidence.evidence(theCase.id()).stream().filter(e -> e.originalName().equals(originalName))
                .findFirst().orElseThrow();
        return dir.resolve("thumbnails/" + row.sha256() + ".jpg");
    }

    @Test
    void webpListingScreenshotsAndCmykPhotosAreWelcome() throws Exception {
        Path webp = Files.copy(Path.of(getClass().getResource("/evidence/listing.webp").toURI()),
                desktop.resolve("listing.webp"));
        Path cmyk = Files.copy(Path.of(getClass().getResource("/evidence/cmyk.jpg").toURI()),
                desktop.resolve("print.jpg"));
        List<ImportOutcome> outcomes = importing(EvidenceKind.LISTING, webp, cmyk);
        assertThat(outcomes).extracting(ImportOutcome::status).containsOnly(ImportOutcome.Status.IMPORTED);
        assertThat(evidence.evidence(theCase.id())).extracting(Evidence::mime)
                .containsExactlyInAnyOrder("image/webp", "image/jpeg");
        firstLook();
        assertThat(evidence.evidence(theCase.id())).allSatisfy(e -> assertThat(dir.resolve("thumbnails/"
                + e.sha256() + ".jpg")).exists());
        assertThat(SubsampledRead.meansDamage("Corrupt JPEG data: premature end of data segment")).isTrue();
        assertThat(SubsampledRead.meansDamage("No embedded ICC color profile, will convert using inaccurate CMYK")).isFalse();
    }

    @Test
    void badFilesAreRejectedWithAReasonAndTheBatchGoesOn() throws Exception {
        Path good = image("good.png", "png", 400, 300);
        Path noise = Files.write(desktop.resolve("noise.jpg"), new java.util.Random(1).ints(5000, 0, 256)
                .collect(java.io.ByteArrayOutputStream::new, (o, b) -> o.write(b), (a, b) -> { }).toByteArray());
        Path empty = Files.createFile(desktop.resolve("empty.png"));
        Path photo = image("big.jpg", "jpeg", 3000, 2000);
        byte[] bytes = Files.readAllBytes(photo);
        Path truncated = Files.write(desktop.resolve("truncated.jpg"), java.util.Arrays.copyOf(bytes,
                bytes.length / 3));
        Path heic = Files.write(desktop.resolve("IMG_0001.HEIC"), new byte[] {0, 0, 0, 24, 'f', 't', 'y', 'p', 'h',
                'e', 'i', 'c', 0, 0, 0, 0, 'm', 'i', 'f', '1', 'h', 'e', 'i', 'c'});
        Path brokenPdf = Files.writeString(desktop.resolve("receipt.pdf"), "%PDF-1.7 but nothing else");
        Path folder = Files.createDirectory(desktop.resolve("a folder.jpg"));

        List<ImportOutcome> outcomes = importing(EvidenceKind.RECEIVED, noise, empty, truncated, heic, brokenPdf,
                folder, desktop.resolve("nowhere.jpg"), good);
        assertThat(outcomes).extracting(ImportOutcome::status).containsExactly(ImportOutcome.Status.REJECTED,
                ImportOutcome.Status.REJECTED, ImportOutcome.Status.REJECTED, ImportOutcome.Status.REJECTED,
                ImportOutcome.Status.REJECTED, ImportOutcome.Status.REJECTED, ImportOutcome.Status.REJECTED,
                ImportOutcome.Status.IMPORTED);
        assertThat(outcomes.get(0).reason()).contains("not a photo, screenshot, PDF or video");
        assertThat(outcomes.get(1).reason()).contains("empty");
        assertThat(outcomes.get(2).reason()).contains("damaged or incomplete");
        assertThat(outcomes.get(3).reason()).contains("HEIC").contains("JPEG");
        assertThat(outcomes.get(4).reason()).contains("PDF is damaged");
        assertThat(outcomes.get(5).reason()).contains("folder");
        assertThat(outcomes.get(6).reason()).contains("no such file");

        assertThat(caseFiles()).extracting(p -> p.getFileName().toString()).containsExactly("good.png");
        assertThat(evidence.evidence(theCase.id())).hasSize(1);
        try (Stream<Path> leftovers = Files.list(dir.resolve("tmp"))) {
            assertThat(leftovers).as("no half file anywhere").isEmpty();
        }
    }

    @Test
    void duplicatesClashesPdfsVideosAndWrongExtensions() throws Exception {
        Path photo = image("IMG_1.jpg", "jpeg", 800, 600);
        Path sameBytes = Files.copy(photo, desktop.resolve("copy of IMG_1.jpg"));
        Files.createDirectories(desktop.resolve("other"));
        Path sameName = image("other/IMG_1.jpg", "png", 500, 500);
        Path pdf = desktop.resolve("receipt.pdf");
        try (PDDocument document = new PDDocument()) {
            document.addPage(new PDPage());
            document.save(pdf.toFile());
        }
        Path video = Files.write(desktop.resolve("unboxing.mp4"), new byte[] {0, 0, 0, 24, 'f', 't', 'y', 'p', 'i',
                's', 'o', 'm', 0, 0, 2, 0, 'i', 's', 'o', 'm', 'm', 'p', '4', '1'});

        List<ImportOutcome> outcomes = importing(EvidenceKind.RECEIVED, photo, sameBytes, sameName, pdf, video);
        assertThat(outcomes.get(1).status()).isEqualTo(ImportOutcome.Status.DUPLICATE);
        assertThat(outcomes.get(1).evidenceId()).isEqualTo(outcomes.get(0).evidenceId());
        List<Evidence> rows = evidence.evidence(theCase.id());
        assertThat(rows).extracting(e -> Path.of(e.path()).getFileName().toString())
                .containsExactlyInAnyOrder("IMG_1.jpg", "IMG_1.png", "receipt.pdf", "unboxing.mp4");
        Evidence png = rows.stream().filter(e -> e.mime().equals("image/png")).findFirst().orElseThrow();
        assertThat(png.originalName()).as("a PNG named .jpg is kept under its real extension").isEqualTo("IMG_1.jpg");
        Evidence document = rows.stream().filter(e -> e.mime().equals("application/pdf")).findFirst()
                .orElseThrow();
        assertThat(dir.resolve("thumbnails/" + document.sha256() + ".jpg")).exists();
        assertThat(rows).filteredOn(e -> e.mime().equals("video/mp4")).hasSize(1);

        // A later batch finds what the case already holds by the hashes read once at its start.
        List<ImportOutcome> again = importing(EvidenceKind.DAMAGE, sameBytes, pdf);
        assertThat(again).extracting(ImportOutcome::status).containsOnly(ImportOutcome.Status.DUPLICATE);
        assertThat(again.get(0).evidenceId()).isEqualTo(outcomes.get(0).evidenceId());
        assertThat(again.get(1).evidenceId()).isEqualTo(document.id());
        assertThat(evidence.evidence(theCase.id())).hasSize(4);

        Path another = image("IMG_1-b.jpg", "jpeg", 801, 600);
        Path renamed = Files.move(another, desktop.resolve("other/IMG_1.jpg"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        importing(EvidenceKind.RECEIVED, renamed);
        assertThat(evidence.evidence(theCase.id())).extracting(e -> Path.of(e.path()).getFileName().toString())
                .contains("IMG_1 (2).jpg");
    }

    @Test
    void aCrashLeavesOnlyACopyInTmpWhichTheNextOpeningRemoves() throws Exception {
        Files.createDirectories(dir.resolve("tmp"));
        Files.writeString(dir.resolve("tmp/import-crashed.part"), "half a photo");
        library.close();
        library = Library.open(dir);
        assertThat(dir.resolve("tmp/import-crashed.part")).doesNotExist();
    }

    @Test
    void anotherProcesssImportInProgressIsNotTakenForACrash() throws Exception {
        Process alive = new ProcessBuilder("sleep", "30").start();
        try {
            Files.createDirectories(dir.resolve("tmp"));
            Path running = Files.writeString(dir.resolve("tmp/import-" + alive.pid() + "-a.part"), "being copied");
            Path crashed = Files.writeString(dir.resolve("tmp/import-" + Long.MAX_VALUE / 2 + "-b.part"), "left");
            Path work = Files.createDirectories(dir.resolve("tmp/work-" + alive.pid() + "-c"));
            library.close();
            library = Library.open(dir);
            assertThat(running).as("a CLI import still running beside this opening").exists();
            assertThat(work).exists();
            assertThat(crashed).doesNotExist();
        } finally {
            alive.destroyForcibly();
        }
    }

    @Test
    void halfAPositionStillCountsAsGps() throws Exception {
        // A latitude without its longitude, as some phones write: it still tells a stranger where the buyer was.
        byte[] plain = org.casefile.packet.image.TestPictures.jpeg(
                org.casefile.packet.image.TestPictures.quarters(64, 48), 0.9f, false);
        Path photo = Files.write(dir.resolve("half-gps.jpg"),
                org.casefile.packet.image.TestPictures.phoneJpeg(plain, 1));
        importing(EvidenceKind.RECEIVED, photo);
        assertThat(evidence.evidence(theCase.id())).singleElement().satisfies(e -> assertThat(e.hasGps()).isTrue());
    }

    @Test
    void verifyNamesChangedMissingAndUnknownFiles() throws Exception {
        importing(EvidenceKind.LISTING, image("a.png", "png", 100, 100), image("b.png", "png", 101, 100));
        assertThat(evidence.verify(null).ok()).isTrue();
        List<Evidence> rows = evidence.evidence(theCase.id());
        Files.writeString(dir.resolve(rows.get(0).path()), "edited");
        Files.delete(dir.resolve(rows.get(1).path()));
        Files.writeString(dir.resolve(theCase.folder()).resolve("listing/dropped in.txt"), "?");
        Verifier.Report report = evidence.verify(theCase.id());
        assertThat(report.checked()).isEqualTo(2);
        assertThat(report.problems()).extracting(p -> p.kind() + " " + Path.of(p.path()).getFileName())
                .containsExactlyInAnyOrder("CHANGED a.png", "MISSING b.png", "UNKNOWN dropped in.txt");
    }

    /** Cancel in the window stops a check between files: once asked, no further file is read. */
    @Test
    void aCheckStopsBetweenFilesWhenCancelled() throws Exception {
        importing(EvidenceKind.LISTING, image("a.png", "png", 100, 100), image("b.png", "png", 101, 100));
        java.util.concurrent.atomic.AtomicInteger asked = new java.util.concurrent.atomic.AtomicInteger();
        assertThatThrownBy(() -> evidence.verify(theCase.id(), () -> asked.incrementAndGet() > 1))
                .isInstanceOf(org.casefile.domain.CasefileException.class).hasMessageContaining("stopped");
        assertThat(asked.get()).as("asked before each file, stopped at the second").isEqualTo(2);
        assertThat(evidence.verify(theCase.id(), () -> false).checked()).isEqualTo(2);
    }

    @Test
    void captionsKindsAndRemovalKeepFileAndRowTogether() throws Exception {
        Path photo = image("IMG_7.jpg", "jpeg", 300, 200);
        long id = importing(EvidenceKind.RECEIVED, photo).get(0).evidenceId();
        evidence.caption(theCase.id(), id, "  The box as it arrived  ");
        assertThat(evidence.evidence(theCase.id()).get(0).caption()).isEqualTo("The box as it arrived");

        Evidence moved = evidence.changeKind(theCase.id(), id, EvidenceKind.PACKAGING);
        assertThat(moved.path()).isEqualTo(theCase.folder() + "/packaging/IMG_7.jpg");
        assertThat(dir.resolve(moved.path())).exists();
        assertThat(dir.resolve(theCase.folder() + "/received/IMG_7.jpg")).doesNotExist();
        assertThat(evidence.verify(theCase.id()).ok()).isTrue();

        evidence.remove(theCase.id(), id);
        assertThat(evidence.evidence(theCase.id())).isEmpty();
        assertThat(dir.resolve(moved.path())).doesNotExist();
        try (Stream<Path> trash = Files.list(dir.resolve("trash"))) {
            assertThat(trash.map(p -> p.getFileName().toString())).containsExactly("case " + theCase.id()
                    + " IMG_7.jpg");
        }
        assertThat(evidence.verify(null).ok()).isTrue();
        assertThatThrown(() -> evidence.remove(theCase.id(), id), "There is no evidence " + id);
    }

    private static void assertThatThrown(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String text) {
        org.assertj.core.api.Assertions.assertThatThrownBy(call).hasMessageContaining(text);
    }

    @Test
    void fileNamesAreMadeSafeAndGetTheirRealExtension() {
        assertThat(EvidenceNames.fileName("IMG_0042.JPG", MediaType.JPEG)).isEqualTo("IMG_0042.jpg");
        assertThat(EvidenceNames.fileName("listing.jpg", MediaType.WEBP)).isEqualTo("listing.webp");
        assertThat(EvidenceNames.fileName("a:b/c?.png", MediaType.PNG)).isEqualTo("a-b-c-.png");
        assertThat(EvidenceNames.fileName(".hidden", MediaType.PNG)).isEqualTo(".hidden.png");
        assertThat(EvidenceNames.fileName("noext", MediaType.PDF)).isEqualTo("noext.pdf");
        assertThat(EvidenceNames.withSuffix("IMG.jpg", 3)).isEqualTo("IMG (3).jpg");
        assertThat(MediaSniffer.sniff(new byte[] {'R', 'I', 'F', 'F', 0, 0, 0, 0, 'W', 'E', 'B', 'P'}, 12))
                .isEqualTo(MediaType.WEBP);
    }
}
