package org.casefile.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.LocalDateTime;
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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * HEIC photos and videos through the helper programs found on this machine (heif-convert from libheif-examples,
 * ffprobe/ffmpeg from ffmpeg), and without them. Fixtures: a 640 x 480 HEIC made with heif-enc from a phone-like
 * JPEG (EXIF orientation 6, capture time, GPS), and a 1.5 s 160 x 120 MP4 made with ffmpeg's test pattern.
 */
class MediaImportTest extends LibraryTestBase {
    @TempDir Path desktop;
    private Case theCase;
    private final MediaTools found = MediaTools.find();

    @BeforeEach
    void aCase() {
        theCase = cases.create(TestCases.ssd("8123456789012"));
    }

    private EvidenceService service(MediaTools tools) {
        return new EvidenceService(library, cases, TestCases.CLOCK, tools);
    }

    private Path fixture(String name, String as) throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/evidence/" + name)) {
            Path file = desktop.resolve(as);
            Files.copy(in, file);
            return file;
        }
    }

    private List<ImportOutcome> importing(EvidenceService service, EvidenceKind kind, Path... files) {
        return service.importFiles(theCase.id(), kind, List.of(files), outcome -> { }, () -> false);
    }

    private void assumeHeifConvert() {
        assumeTrue(found.heifConvert() != null, "heif-convert is not installed (Debian: libheif-examples)");
    }

    private void assumeFfmpeg() {
        assumeTrue(found.ffmpeg() != null && found.ffprobe() != null, "ffmpeg/ffprobe are not installed (Debian: "
                + "ffmpeg)");
    }

    private List<Path> caseFiles() throws Exception {
        try (Stream<Path> files = Files.walk(dir.resolve(theCase.folder()))) {
            return files.filter(Files::isRegularFile).toList();
        }
    }

    @Test
    void anIphoneHeicIsStoredAsItIsAndShownThroughItsConvertedCopy() throws Exception {
        assumeHeifConvert();
        Path heic = fixture("iphone.heic", "IMG_4031.HEIC");
        String sha = Hashing.of(heic);
        EvidenceService service = service(found);

        ImportOutcome outcome = importing(service, EvidenceKind.RECEIVED, heic).get(0);
        assertThat(outcome.status()).as(String.valueOf(outcome.reason())).isEqualTo(ImportOutcome.Status.IMPORTED);
        Evidence row = service.evidence(theCase.id()).get(0);
        assertThat(row.mime()).isEqualTo("image/heic");
        assertThat(row.path()).isEqualTo(theCase.folder() + "/received/IMG_4031.heic");
        assertThat(Hashing.of(dir.resolve(row.path()))).as("the HEIC itself is the evidence").isEqualTo(sha);
        assertThat(row.sha256()).isEqualTo(sha);
        assertThat(row.width()).isEqualTo(640);
        assertThat(row.height()).isEqualTo(480);
        assertThat(row.orientation()).isEqualTo(6);
        assertThat(row.capturedAt()).isEqualTo(LocalDateTime.parse("2026-10-18T17:42:05"));
        assertThat(row.hasGps()).isTrue();

        Path display = dir.resolve("previews/" + sha + ".jpg");
        assertThat(service.displayImage(row)).contains(display);
        assertThat(MediaSniffer.sniff(display)).isEqualTo(MediaType.JPEG);
        BufferedImage shown = ImageIO.read(display.toFile());
        assertThat(shown.getWidth()).isEqualTo(640);
        // Left half blue, right half orange, as in the JPEG the fixture was made from.
        assertThat(new java.awt.Color(shown.getRGB(100, 300)).getBlue()).isGreaterThan(150);
        assertThat(new java.awt.Color(shown.getRGB(540, 300)).getRed()).isGreaterThan(150);

        BufferedImage thumbnail = ImageIO.read(service.thumbnail(row).toFile());
        assertThat(thumbnail.getHeight()).as("turned upright: orientation 6 stands the photo up")
                .isGreaterThan(thumbnail.getWidth());
        assertThat(caseFiles()).as("the display copy stays outside cases/").hasSize(1);
        try (Stream<Path> leftovers = Files.list(dir.resolve("tmp"))) {
            assertThat(leftovers).isEmpty();
        }
    }

    @Test
    void picturesThatWentMissingAreMadeAgainOnceEach() throws Exception {
        assumeHeifConvert();
        assumeFfmpeg();
        EvidenceService service = service(found);
        Path photo = fixture("phone-photo.jpg", "IMG_0042.jpg");
        assertThat(importing(service, EvidenceKind.RECEIVED, fixture("iphone.heic", "IMG_4031.HEIC"), photo,
                fixture("clip.mp4", "unboxing.mp4"))).extracting(ImportOutcome::status)
                .containsOnly(ImportOutcome.Status.IMPORTED);
        List<Evidence> rows = service.evidence(theCase.id());
        Evidence heic = rows.stream().filter(e -> e.mime().equals("image/heic")).findFirst().orElseThrow();
        Evidence video = rows.stream().filter(Evidence::isVideo).findFirst().orElseThrow();
        // The cache is cleared by hand: every thumbnail and display copy is gone.
        for (String folder : List.of("thumbnails", "previews")) {
            try (Stream<Path> kept = Files.list(dir.resolve(folder))) {
                for (Path file : kept.toList()) {
                    Files.delete(file);
                }
            }
        }
        EvidenceService fresh = service(found);
        assertThat(fresh.displayImage(heic)).as("the HEIC's converted copy is made again when it is wanted")
                .contains(fresh.preview(heic));
        assertThat(fresh.remakeMissingPictures(theCase.id())).as("the photo and the video").isEqualTo(2);
        for (Evidence row : rows) {
            assertThat(fresh.thumbnail(row)).as(row.originalName()).exists();
        }
        assertThat(fresh.preview(video)).exists();
        assertThat(ImageIO.read(fresh.thumbnail(heic).toFile()).getHeight()).as("upright again")
                .isGreaterThan(ImageIO.read(fresh.thumbnail(heic).toFile()).getWidth());

        Files.delete(fresh.thumbnail(video));
        assertThat(fresh.remakeMissingPictures(theCase.id())).as("each file is tried once while Casefile runs")
                .isZero();
        assertThat(service(found).remakeMissingPictures(theCase.id())).isEqualTo(1);
        assertThat(caseFiles()).as("the evidence files themselves are untouched").hasSize(3);
    }

    @Test
    void withoutAConverterHeicIsRefusedWithHowToGetAJpeg() throws Exception {
        Path heic = fixture("iphone.heic", "IMG_4031.HEIC");
        ImportOutcome outcome = importing(service(MediaTools.none()), EvidenceKind.RECEIVED, heic).get(0);
        assertThat(outcome.status()).isEqualTo(ImportOutcome.Status.REJECTED);
        assertThat(outcome.reason()).contains("HEIC").contains("JPEG");
        assertThat(caseFiles()).isEmpty();
    }

    @Test
    void aDamagedHeicIsRefusedWithTheReason() throws Exception {
        assumeHeifConvert();
        byte[] whole = getClass().getResourceAsStream("/evidence/iphone.heic").readAllBytes();
        Path cut = Files.write(desktop.resolve("IMG_4032.heic"), java.util.Arrays.copyOf(whole, whole.length / 2));
        ImportOutcome outcome = importing(service(found), EvidenceKind.RECEIVED, cut).get(0);
        assertThat(outcome.status()).isEqualTo(ImportOutcome.Status.REJECTED);
        assertThat(outcome.reason()).contains("HEIC photo is damaged");
        assertThat(caseFiles()).isEmpty();
        Path previews = dir.resolve("previews");
        assertThat(!Files.exists(previews) || previews.toFile().list().length == 0).as("no display copy").isTrue();
        System.out.println("damaged HEIC: " + outcome.reason());
    }

    /** A converter that never finishes: killed at the time limit, and the file refused. */
    @Test
    void aConverterThatHangsIsStoppedAndTheFileRefused() throws Exception {
        Path hang = Files.writeString(desktop.resolve("hang.sh"), "#!/bin/sh\nsleep 60\n");
        Files.setPosixFilePermissions(hang, PosixFilePermissions.fromString("rwx------"));
        MediaTools hanging = new MediaTools(hang, null, hang, hang, Duration.ofSeconds(2));
        Path heic = fixture("iphone.heic", "IMG_4031.heic");
        Path video = fixture("clip.mp4", "unboxing.mp4");

        long start = System.nanoTime();
        List<ImportOutcome> outcomes = importing(service(hanging), EvidenceKind.RECEIVED, heic, video);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(20));
        assertThat(outcomes.get(0).status()).isEqualTo(ImportOutcome.Status.REJECTED);
        assertThat(outcomes.get(0).reason()).contains("within 2 seconds");
        assertThat(outcomes.get(1).status()).as("a video is kept without a poster").isEqualTo(
                ImportOutcome.Status.IMPORTED);
        assertThat(ProcessHandle.current().descendants().filter(p -> p.info().commandLine().orElse("")
                .contains("sleep 60")).toList()).as("no converter left running").isEmpty();
    }

    @Test
    void aVideoGetsItsDurationAndAPosterFrame() throws Exception {
        assumeFfmpeg();
        Path video = fixture("clip.mp4", "unboxing.mp4");
        EvidenceService service = service(found);
        assertThat(importing(service, EvidenceKind.VIDEO, video).get(0).status())
                .isEqualTo(ImportOutcome.Status.IMPORTED);
        Evidence row = service.evidence(theCase.id()).get(0);
        assertThat(row.mime()).isEqualTo("video/mp4");
        assertThat(row.durationMillis()).isEqualTo(1500L);
        assertThat(row.width()).isEqualTo(160);
        assertThat(row.height()).isEqualTo(120);
        Path poster = dir.resolve("previews/" + row.sha256() + ".jpg");
        assertThat(service.displayImage(row)).contains(poster);
        assertThat(ImageIO.read(poster.toFile()).getWidth()).isEqualTo(160);
        assertThat(service.thumbnail(row)).isRegularFile();
        assertThat(caseFiles()).extracting(p -> p.getFileName().toString()).containsExactly("unboxing.mp4");
    }

    /** A phone films upright by tagging a landscape stream "turn 90°": the size and poster are as it plays. */
    @Test
    void aVideoTurnedByItsRotationTagIsMeasuredAsItPlays() throws Exception {
        assumeFfmpeg();
        Path clip = fixture("clip.mp4", "landscape.mp4");
        Path turned = desktop.resolve("IMG_0777.MOV.mp4");
        Process tagging = new ProcessBuilder(found.ffmpeg().toString(), "-v", "error", "-i", clip.toString(), "-c",
                "copy", "-metadata:s:v:0", "rotate=90", turned.toString()).redirectErrorStream(true).start();
        assertThat(tagging.waitFor(30, java.util.concurrent.TimeUnit.SECONDS) && tagging.exitValue() == 0).isTrue();
        EvidenceService service = service(found);
        importing(service, EvidenceKind.VIDEO, turned);
        Evidence row = service.evidence(theCase.id()).get(0);
        assertThat(row.width()).isEqualTo(120);
        assertThat(row.height()).isEqualTo(160);
        BufferedImage poster = ImageIO.read(service.displayImage(row).orElseThrow().toFile());
        assertThat(poster.getHeight()).isGreaterThan(poster.getWidth());
    }

    @Test
    void withoutFfmpegAVideoIsStoredWithoutPoster() throws Exception {
        Path video = fixture("clip.mp4", "unboxing.mp4");
        EvidenceService service = service(MediaTools.none());
        assertThat(importing(service, EvidenceKind.VIDEO, video).get(0).status())
                .isEqualTo(ImportOutcome.Status.IMPORTED);
        Evidence row = service.evidence(theCase.id()).get(0);
        assertThat(row.durationMillis()).isNull();
        assertThat(service.displayImage(row)).isEmpty();
        assertThat(service.thumbnail(row)).doesNotExist();
    }

    @Test
    void theDisplayImageOfAPictureIsTheFileAndAPdfHasNone() throws Exception {
        Path png = desktop.resolve("listing.png");
        ImageIO.write(new BufferedImage(300, 200, BufferedImage.TYPE_INT_RGB), "png", png.toFile());
        Path pdf = desktop.resolve("receipt.pdf");
        try (PDDocument document = new PDDocument()) {
            document.addPage(new PDPage());
            document.save(pdf.toFile());
        }
        Path webp = fixture("listing.webp", "listing.webp");
        EvidenceService service = service(MediaTools.none());
        importing(service, EvidenceKind.LISTING, png, webp);
        importing(service, EvidenceKind.RECEIPT, pdf);
        for (Evidence row : service.evidence(theCase.id())) {
            if (row.mime().equals("application/pdf")) {
                assertThat(service.displayImage(row)).isEmpty();
            } else {
                assertThat(service.displayImage(row)).contains(dir.resolve(row.path()));
            }
        }
        assertThat(service.evidence(theCase.id())).hasSize(3);
    }
}
