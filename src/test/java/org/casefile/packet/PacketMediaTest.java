package org.casefile.packet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.casefile.LibraryTestBase;
import org.casefile.TestCases;
import org.casefile.app.EvidenceService;
import org.casefile.app.JobProgress;
import org.casefile.app.ExportRequest;
import org.casefile.app.ExportResult;
import org.casefile.app.ExportService;
import org.casefile.app.Services;
import org.casefile.domain.Evidence;
import org.casefile.domain.PacketProfile;
import org.casefile.evidence.EvidenceFileException;
import org.casefile.domain.EvidenceKind;
import org.casefile.evidence.MediaTools;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * HEIC photos and videos in the packet: drawn from their display copy and poster frame (made at import with
 * heif-convert and ffmpeg), a placeholder with the video's duration when there is no poster, and a damaged file that
 * becomes a placeholder and a note instead of stopping the export.
 */
class PacketMediaTest extends LibraryTestBase {
    @TempDir Path desktop;
    @TempDir Path out;
    private final MediaTools found = MediaTools.find();
    private Services services;
    private PacketFixture fixture;

    @BeforeEach
    void aCase() {
        services = Services.of(library, TestCases.CLOCK);
        fixture = new PacketFixture(services, desktop, "8123456789012");
    }

    private Path resource(String name, String as) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/evidence/" + name)) {
            Path file = desktop.resolve(as);
            Files.copy(in, file);
            return file;
        }
    }

    private ExportResult export() {
        return services.exports().export(fixture.id(), ExportRequest.of(PacketProfile.PLATFORM),
                out.resolve("packet.pdf"), JobProgress.NONE, () -> false);
    }

    @Test
    void aHeicPhotoIsEmbeddedFromItsDisplayCopyAndAVideoShowsItsPosterFrame() throws IOException {
        assumeTrue(found.heifConvert() != null, "heif-convert is not installed (Debian: libheif-examples)");
        assumeTrue(found.ffmpeg() != null && found.ffprobe() != null, "ffmpeg/ffprobe are not installed");
        fixture.add(EvidenceKind.RECEIVED, resource("iphone.heic", "IMG_4031.HEIC"));
        fixture.add(EvidenceKind.VIDEO, resource("clip.mp4", "unboxing.mp4"));

        ExportResult result = export();

        try (PDDocument document = Loader.loadPDF(result.file().toFile())) {
            List<PDImageXObject> images = PacketExportTest.images(document);
            assertThat(images).extracting(i -> i.getWidth() + "x" + i.getHeight())
                    .as("the HEIC's 640 x 480 copy and the video's 160 x 120 poster")
                    .containsExactlyInAnyOrder("640x480", "160x120");
            String text = PacketExportTest.text(document);
            assertThat(text).doesNotContain("Video: unboxing.mp4").doesNotContain("No picture available");
        }
        assertThat(result.notes()).noneMatch(note -> note.contains("IMG_4031") || note.contains("unboxing"));
    }

    @Test
    void aVideoWhosePosterCannotBeMadeShowsItsDurationInThePlaceholder() throws IOException {
        assumeTrue(found.ffprobe() != null, "ffprobe is not installed (Debian: ffmpeg)");
        Evidence video = fixture.add(EvidenceKind.VIDEO, resource("clip.mp4", "unboxing.mp4"));
        assertThat(video.durationMillis()).isNotNull();
        Files.deleteIfExists(services.evidence().preview(video));
        // This computer can measure the video (ffprobe) but not draw its frame (no ffmpeg).
        MediaTools measureOnly = new MediaTools(null, null, found.ffprobe(), null, found.timeout());
        ExportService exports = new ExportService(library, services.cases(),
                new EvidenceService(library, services.cases(), TestCases.CLOCK, measureOnly), TestCases.CLOCK);

        ExportResult result = exports.export(fixture.id(), ExportRequest.of(PacketProfile.PLATFORM),
                out.resolve("packet.pdf"), JobProgress.NONE, () -> false);

        try (PDDocument document = Loader.loadPDF(result.file().toFile())) {
            String text = PacketExportTest.text(document);
            long seconds = Math.max(1, Math.round(video.durationMillis() / 1000.0));
            assertThat(text).contains("Video: unboxing.mp4")
                    .contains("Duration " + String.format("%d:%02d", seconds / 60, seconds % 60));
        }
    }

    @Test
    void aPosterThatWentMissingIsDrawnAgainForThePacket() throws IOException {
        assumeTrue(found.ffprobe() != null && found.ffmpeg() != null, "ffmpeg is not installed (Debian: ffmpeg)");
        Evidence video = fixture.add(EvidenceKind.VIDEO, resource("clip.mp4", "unboxing.mp4"));
        Files.delete(services.evidence().preview(video));

        ExportResult result = export();

        assertThat(services.evidence().preview(video)).exists();
        try (PDDocument document = Loader.loadPDF(result.file().toFile())) {
            assertThat(PacketExportTest.images(document)).extracting(i -> i.getWidth() + "x" + i.getHeight())
                    .as("the poster, drawn again").containsExactly("160x120");
            assertThat(PacketExportTest.text(document)).doesNotContain("Video: unboxing.mp4");
        }
    }

    @Test
    void aPictureDamagedAfterImportStopsTheExportUnlessItIsLeftOut() throws IOException {
        Evidence good = fixture.add(EvidenceKind.RECEIVED, fixture.photo("good.jpg", 800, 600, 1));
        Evidence broken = fixture.add(EvidenceKind.DAMAGE, fixture.photo("dent.jpg", 800, 600, 2));
        Path stored = services.evidence().file(broken);
        stored.toFile().setWritable(true);
        Files.write(stored, "this is not a picture any more".repeat(50).getBytes(StandardCharsets.US_ASCII));

        // The appendix would name bytes the packet does not hold: the export stops, naming the file.
        assertThatThrownBy(this::export).isInstanceOf(EvidenceFileException.class)
                .hasMessageContaining("dent.jpg").hasMessageContaining("changed since it was imported")
                .hasMessageContaining("leave this exhibit out");
        assertThat(out.resolve("packet.pdf")).doesNotExist();

        ExportResult result = services.exports().export(fixture.id(), ExportRequest.of(PacketProfile.PLATFORM)
                .leavingOut(java.util.List.of(broken.id())), out.resolve("packet.pdf"), JobProgress.NONE,
                () -> false);
        assertThat(result.notes()).noneMatch(note -> note.contains(good.originalName()));
        try (PDDocument document = Loader.loadPDF(result.file().toFile())) {
            assertThat(PacketExportTest.images(document)).as("the good photo is in").hasSize(1);
            String text = PacketExportTest.text(document).replaceAll("\\s+", " ");
            assertThat(text).doesNotContain("dent.jpg").doesNotContain(broken.sha256().substring(0, 32));
        }
    }

    @Test
    void aPhotoReplacedWhileThePacketIsWrittenFailsTheExportAndAPassedThroughOneKeepsItsExactBytes()
            throws IOException {
        Evidence photo = fixture.add(EvidenceKind.RECEIVED, fixture.photo("box.jpg", 800, 600, 1));
        Path stored = services.evidence().file(photo);
        byte[] before = Files.readAllBytes(stored);
        Path other = fixture.photo("other.jpg", 800, 600, 2);

        // Not copied any more: the file is read where it is, and checked again as the packet is saved.
        JobProgress replaceOnceEmbedded = replacing(stored, other, (stage, done, total) -> total > 0 && done == total);
        assertThatThrownBy(() -> services.exports().export(fixture.id(), ExportRequest.of(PacketProfile.PLATFORM),
                out.resolve("packet.pdf"), replaceOnceEmbedded, () -> false))
                .hasMessageContaining("box.jpg").hasMessageContaining("changed on disk")
                .hasMessageContaining("leave this exhibit out");
        assertThat(out.resolve("packet.pdf")).doesNotExist();

        Files.write(stored, before);
        ExportResult result = export();
        try (PDDocument document = Loader.loadPDF(result.file().toFile())) {
            List<PDImageXObject> images = PacketExportTest.images(document);
            assertThat(images).hasSize(1);
            byte[] embedded;
            try (InputStream in = images.get(0).getCOSObject().createRawInputStream()) {
                embedded = in.readAllBytes();
            }
            // The photo's own scan data, byte for byte (only its metadata segments are left out).
            byte[] scan = java.util.Arrays.copyOfRange(embedded, embedded.length - 4096, embedded.length);
            assertThat(java.util.Collections.indexOfSubList(toList(before), toList(scan))).isPositive();
        }
    }

    @Test
    void aPhotoReplacedAfterTheCheckReadItFailsAtTheSaveAndTheFirstChangedFileIsNamed() throws IOException {
        Evidence photo = fixture.add(EvidenceKind.RECEIVED, fixture.photo("lid.jpg", 800, 600, 1));
        Path stored = services.evidence().file(photo);
        byte[] before = Files.readAllBytes(stored);
        Path other = fixture.photo("other.jpg", 800, 600, 2);
        // The check reads every photo once (while the text is laid out), and the packet does not read it again
        // until the save: a file replaced in between (here as the pictures start going in) is caught there.
        JobProgress replaceAfterTheCheck = replacing(stored, other,
                (stage, done, total) -> stage.startsWith("Adding") && done == 0);
        assertThatThrownBy(() -> services.exports().export(fixture.id(), ExportRequest.of(PacketProfile.PLATFORM),
                out.resolve("packet.pdf"), replaceAfterTheCheck, () -> false))
                .hasMessageContaining("lid.jpg").hasMessageContaining("changed on disk");
        assertThat(out.resolve("packet.pdf")).doesNotExist();

        // Checked on both cores, yet the first changed file in the exhibits' order is the one named: here the
        // first photo has bytes added after its end, the second is cut short.
        Files.write(stored, before);
        Evidence second = fixture.add(EvidenceKind.RECEIVED, fixture.photo("base.jpg", 800, 600, 3));
        Path secondStored = services.evidence().file(second);
        secondStored.toFile().setWritable(true);
        Files.write(secondStored, java.util.Arrays.copyOf(Files.readAllBytes(secondStored), 100));
        Files.write(stored, "trailer".getBytes(StandardCharsets.US_ASCII), java.nio.file.StandardOpenOption.APPEND);
        assertThatThrownBy(this::export).isInstanceOf(EvidenceFileException.class)
                .hasMessageContaining("lid.jpg").hasMessageContaining("changed since it was imported")
                .hasMessageNotContaining("base.jpg");
        assertThat(out.resolve("packet.pdf")).doesNotExist();
    }

    /** What {@code when} (a stage, done, total) is told of the export, it answers: now replace the file. */
    private interface Moment {
        boolean now(String stage, long done, long total);
    }

    /** Progress that replaces {@code stored} by {@code other} at the moment {@code when} says. */
    @Test
    void aChangedPhotoIsSaidBeforeAPageBudgetTheLayoutCannotMeetThoughBothRunAtOnce() throws IOException {
        Evidence photo = fixture.add(EvidenceKind.RECEIVED, fixture.photo("seal.jpg", 800, 600, 1));
        Path stored = services.evidence().file(photo);
        stored.toFile().setWritable(true);
        Files.write(stored, "trailer".getBytes(StandardCharsets.US_ASCII), java.nio.file.StandardOpenOption.APPEND);

        // The check runs on its own threads while the pages are laid out; the layout fails first (one page cannot
        // hold the packet), yet the buyer hears of the changed file, as when the check came before the pages.
        assertThatThrownBy(() -> services.exports().export(fixture.id(), new ExportRequest(PacketProfile.PLATFORM,
                0, 1), out.resolve("packet.pdf"), JobProgress.NONE, () -> false))
                .isInstanceOf(EvidenceFileException.class).hasMessageContaining("seal.jpg")
                .hasMessageContaining("changed since it was imported");
        assertThat(out.resolve("packet.pdf")).doesNotExist();
        assertThat(out).isEmptyDirectory();

        // Without the changed file, the page budget is what stops it.
        assertThatThrownBy(() -> services.exports().export(fixture.id(), new ExportRequest(PacketProfile.PLATFORM,
                0, 1, java.util.Set.of(photo.id()), false), out.resolve("packet.pdf"), JobProgress.NONE, () -> false))
                .isInstanceOf(PacketException.class).hasMessageContaining("pages");
        assertThat(out).isEmptyDirectory();
    }

    @Test
    void photosCheckedWhileTheTextIsLaidOutArriveWholeAndWithoutWhatFollowsTheirEnd() throws IOException {
        Path withVideo = fixture.photo("motion.jpg", 800, 600, 4);
        byte[] trailer = "MOTION-VIDEO-AFTER-THE-END".getBytes(StandardCharsets.US_ASCII);
        Files.write(withVideo, trailer, java.nio.file.StandardOpenOption.APPEND);
        Evidence motion = fixture.add(EvidenceKind.RECEIVED, withVideo);
        Evidence plain = fixture.add(EvidenceKind.RECEIVED, fixture.phonePhoto());
        List<String> stages = new java.util.concurrent.CopyOnWriteArrayList<>();

        ExportResult result = services.exports().export(fixture.id(), ExportRequest.of(PacketProfile.PLATFORM),
                out.resolve("packet.pdf"), (stage, done, total) -> stages.add(stage), () -> false);

        assertThat(stages).contains("Checking the evidence files").anyMatch(stage -> stage.startsWith("Adding"));
        try (PDDocument document = Loader.loadPDF(result.file().toFile())) {
            assertThat(document.getNumberOfPages()).isEqualTo(result.pages());
            List<PDImageXObject> images = PacketExportTest.images(document);
            assertThat(images).hasSize(2);
            String text = PacketExportTest.text(document).replaceAll("\\s+", " ");
            assertThat(text).contains("motion.jpg", "IMG_0042.jpg", motion.sha256().substring(0, 16),
                    plain.sha256().substring(0, 16));
            for (PDImageXObject image : images) {
                byte[] embedded;
                try (InputStream in = image.getCOSObject().createRawInputStream()) {
                    embedded = in.readAllBytes();
                }
                // Passed through from the file the check read: its end-of-picture marker last, nothing after it,
                // no EXIF (with its GPS position) before it, and the appendix names the embedded bytes' hash.
                assertThat(embedded[embedded.length - 2] & 0xFF).isEqualTo(0xFF);
                assertThat(embedded[embedded.length - 1] & 0xFF).isEqualTo(0xD9);
                assertThat(new String(embedded, StandardCharsets.ISO_8859_1)).doesNotContain("MOTION-VIDEO", "Exif");
                String hash = org.casefile.evidence.Hashing.of(embedded);
                assertThat(text).contains(hash.substring(0, 16));
            }
        }
        assertThat(out).isDirectoryContaining(path -> path.getFileName().toString().equals("packet.pdf"));
        try (var files = Files.list(out)) {
            assertThat(files).hasSize(1);
        }
    }

    private static JobProgress replacing(Path stored, Path other, Moment when) {
        return (stage, done, total) -> {
            if (when.now(stage, done, total)) {
                try {
                    stored.toFile().setWritable(true);
                    Files.copy(other, stored, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
        };
    }

    private static List<Byte> toList(byte[] bytes) {
        List<Byte> list = new java.util.ArrayList<>(bytes.length);
        for (byte b : bytes) {
            list.add(b);
        }
        return list;
    }
}
