package org.casefile.packet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.casefile.LibraryTestBase;
import org.casefile.TestCases;
import org.casefile.app.JobProgress;
import org.casefile.app.ExportRequest;
import org.casefile.app.ExportResult;
import org.casefile.app.PairImages;
import org.casefile.app.Services;
import org.casefile.domain.CasefileException;
import org.casefile.domain.Evidence;
import org.casefile.domain.EvidenceKind;
import org.casefile.domain.PacketProfile;
import org.casefile.domain.RedactionBox;
import org.casefile.evidence.Hashing;
import org.casefile.packet.image.TestPictures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Redaction boxes burned into what leaves the library: solid black over the decoded pixels of the packet's pictures
 * (every orientation, PNG, the first page of a PDF) and of pair pictures; the original file and its hash untouched;
 * boxes that do not lie on the picture refused.
 */
class RedactionTest extends LibraryTestBase {
    static final int W = 400;
    static final int H = 300;
    /** In the top-left (red) quarter of the upright picture. */
    static final RedactionBox BOX = new RedactionBox(40, 30, 120, 90);

    @TempDir Path desktop;
    @TempDir Path out;
    private Services services;
    private PacketFixture fixture;

    @BeforeEach
    void aCase() {
        services = Services.of(library, TestCases.CLOCK);
        fixture = new PacketFixture(services, desktop, "8123456789012");
    }

    /** A phone JPEG whose upright picture is {@link TestPictures#quarters}, stored turned as {@code orientation}. */
    private Path phone(int orientation) throws IOException {
        BufferedImage stored = TestPictures.stored(TestPictures.quarters(W, H), orientation);
        Path file = desktop.resolve("IMG_" + orientation + ".jpg");
        Files.write(file, TestPictures.phoneJpeg(TestPictures.jpeg(stored, 0.95f, false), orientation));
        return file;
    }

    private ExportResult export() {
        return services.exports().export(fixture.id(), ExportRequest.of(PacketProfile.PLATFORM),
                out.resolve("packet.pdf"), JobProgress.NONE, () -> false);
    }

    private static BufferedImage onlyImage(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            List<PDImageXObject> images = PacketExportTest.images(document);
            assertThat(images).hasSize(1);
            return images.get(0).getImage();
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8})
    void theBoxIsSolidBlackOverTheDecodedPixelsInEveryOrientationAndTheOriginalIsUntouched(int orientation)
            throws IOException {
        Evidence photo = fixture.add(EvidenceKind.RECEIVED, phone(orientation));
        Path original = services.evidence().file(photo);
        byte[] before = Files.readAllBytes(original);
        services.redactions().set(fixture.id(), photo.id(), List.of(BOX));

        BufferedImage embedded = onlyImage(export().file());

        // The packet draws the copy with the photo's orientation, as it would the original.
        Pixels.check(embedded, orientation, W, H, BOX);
        assertThat(Files.readAllBytes(original)).isEqualTo(before);
        assertThat(Hashing.of(Files.readAllBytes(original))).isEqualTo(photo.sha256());
        assertThat(services.evidence().verify(fixture.id()).problems()).isEmpty();
    }

    @Test
    void theCopySentCarriesNoExifAndTheAppendixGivesBothFingerprints() throws IOException {
        Evidence photo = fixture.add(EvidenceKind.RECEIVED, phone(6));
        services.redactions().set(fixture.id(), photo.id(), List.of(BOX, new RedactionBox(250, 200, 40, 40)));

        ExportResult result = export();

        try (PDDocument document = Loader.loadPDF(result.file().toFile())) {
            PDImageXObject image = PacketExportTest.images(document).get(0);
            byte[] stream;
            try (InputStream in = image.getCOSObject().createRawInputStream()) {
                stream = in.readAllBytes();
            }
            assertThat(TestPictures.contains(stream, "Exif")).isFalse();
            assertThat(TestPictures.contains(stream, "Acacia")).isFalse();
            String text = PacketExportTest.text(document).replace("\n", " ");
            assertThat(text).contains("Redacted before sending: 2 areas").contains(photo.sha256())
                    .contains("Sent copy SHA-256: " + Hashing.of(stream));
        }
    }

    @Test
    void aScreenshotPngAndThePicturedFirstPageOfAPdfAreRedactedToo() throws IOException {
        Path png = desktop.resolve("order.png");
        ImageIO.write(TestPictures.quarters(W, H), "png", png.toFile());
        Evidence screenshot = fixture.add(EvidenceKind.RECEIPT, png);
        services.redactions().set(fixture.id(), screenshot.id(), List.of(BOX));
        Pixels.check(onlyImage(export().file()), 1, W, H, BOX);

        services.evidence().remove(fixture.id(), screenshot.id());
        Path pdf = desktop.resolve("invoice.pdf");
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(new PDRectangle(W, H));
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                float[][] colours = {{220, 30, 30}, {30, 180, 40}, {30, 60, 220}, {240, 240, 240}};
                for (int q = 0; q < 4; q++) {
                    content.setNonStrokingColor(colours[q][0] / 255f, colours[q][1] / 255f, colours[q][2] / 255f);
                    // PDF counts from the bottom: the top-left quarter is the upper half's left.
                    content.addRect(q % 2 == 0 ? 0 : W / 2f, q < 2 ? H / 2f : 0, W / 2f, H / 2f);
                    content.fill();
                }
            }
            document.save(pdf.toFile());
        }
        Evidence invoice = fixture.add(EvidenceKind.RECEIPT, pdf);
        services.redactions().set(fixture.id(), invoice.id(), List.of(BOX));
        Pixels.check(onlyImage(export().file()), 1, W, H, BOX);
    }

    @Test
    void aWebpListingScreenshotIsRedactedOverItsDecodedPixels() throws IOException {
        Path webp = desktop.resolve("listing.webp");
        try (InputStream in = getClass().getResourceAsStream("/evidence/listing.webp")) {
            Files.copy(in, webp);
        }
        BufferedImage original = ImageIO.read(webp.toFile());
        Evidence listing = fixture.add(EvidenceKind.LISTING, webp);
        RedactionBox box = new RedactionBox(original.getWidth() / 4, original.getHeight() / 4,
                original.getWidth() / 2, original.getHeight() / 3);
        services.redactions().set(fixture.id(), listing.id(), List.of(box));

        BufferedImage embedded = onlyImage(export().file());

        assertThat(embedded.getWidth()).isEqualTo(original.getWidth());
        int inside = 0;
        int outside = 0;
        for (int y = 0; y < embedded.getHeight(); y++) {
            for (int x = 0; x < embedded.getWidth(); x++) {
                boolean in = x >= box.x() + 2 && x < box.x() + box.w() - 2 && y >= box.y() + 2
                        && y < box.y() + box.h() - 2;
                boolean out = x < box.x() - 3 || x >= box.x() + box.w() + 3 || y < box.y() - 3
                        || y >= box.y() + box.h() + 3;
                if (in) {
                    assertThat(embedded.getRGB(x, y) & 0xFFFFFF).as("inside at %d,%d", x, y).isZero();
                    inside++;
                } else if (out) {
                    // Written as PNG: every pixel outside the box is the original's.
                    assertThat(embedded.getRGB(x, y) & 0xFFFFFF).as("outside at %d,%d", x, y)
                            .isEqualTo(original.getRGB(x, y) & 0xFFFFFF);
                    outside++;
                }
            }
        }
        assertThat(inside).isPositive();
        assertThat(outside).isPositive();
    }

    @Test
    void aHeicPhotoIsRedactedThroughItsDisplayCopy() throws IOException {
        org.junit.jupiter.api.Assumptions.assumeTrue(org.casefile.evidence.MediaTools.find().heifConvert() != null,
                "heif-convert is not installed (Debian: libheif-examples)");
        Path heic = desktop.resolve("IMG_4031.HEIC");
        try (InputStream in = getClass().getResourceAsStream("/evidence/iphone.heic")) {
            Files.copy(in, heic);
        }
        Evidence photo = fixture.add(EvidenceKind.RECEIVED, heic);
        BufferedImage plain = onlyImage(export().file());
        int[] frame = services.redactions().frame(photo).orElseThrow();
        services.redactions().set(fixture.id(), photo.id(), List.of(new RedactionBox(frame[0] / 4, frame[1] / 4,
                frame[0] / 2, frame[1] / 2)));

        BufferedImage redacted = onlyImage(export().file());

        // A quarter of the picture turned black (the box's half width by half height), wherever it stands.
        long added = Pixels.black(redacted) - Pixels.black(plain);
        long area = (long) redacted.getWidth() * redacted.getHeight() / 4;
        assertThat(added).isBetween(area * 8 / 10, area * 12 / 10);
    }

    @Test
    void aPairPictureHasTheBoxBurnedIn() throws IOException {
        Evidence listing = fixture.add(EvidenceKind.LISTING, fixture.screenshot("listing.png"));
        Evidence photo = fixture.add(EvidenceKind.RECEIVED, phone(8));
        long pairId = services.claims().addPair(fixture.id(), listing.id(), photo.id(), "Colour").id();
        PairImages pairs = new PairImages(services.claims(), services.evidence(), services.exports());
        pairs.save(fixture.id(), pairId, out.resolve("plain.jpg"));
        services.redactions().set(fixture.id(), photo.id(), List.of(BOX));
        pairs.save(fixture.id(), pairId, out.resolve("redacted.jpg"));

        BufferedImage plain = ImageIO.read(out.resolve("plain.jpg").toFile());
        BufferedImage redacted = ImageIO.read(out.resolve("redacted.jpg").toFile());
        // The pair draws the photo at some scale: the new black area is the box at that scale, in the photo's place.
        long added = Pixels.black(redacted) - Pixels.black(plain);
        assertThat(added).isGreaterThan(0);
        assertThat(Pixels.blackRows(redacted) - Pixels.blackRows(plain)).isGreaterThan(10);
    }

    @Test
    void boxesThatDoNotLieOnThePictureAreRefusedAndNothingIsStored() throws IOException {
        Evidence photo = fixture.add(EvidenceKind.RECEIVED, phone(6));
        long id = fixture.id();
        assertThatThrownBy(() -> RedactionBox.parse("-5,10,20,20")).isInstanceOf(CasefileException.class)
                .hasMessageContaining("cannot start left of or above");
        assertThatThrownBy(() -> RedactionBox.parse("5,10,0,20")).hasMessageContaining("at least 1 pixel");
        assertThatThrownBy(() -> RedactionBox.parse("5,10,20")).hasMessageContaining("is not a box");
        assertThatThrownBy(() -> services.redactions().set(id, photo.id(),
                List.of(BOX, new RedactionBox(390, 10, 20, 20))))
                .hasMessageContaining("reaches outside the picture, which is 400 × 300 pixels upright");
        assertThat(services.redactions().boxes(id, photo.id())).isEmpty();
        // Orientation 6: the stored file is 300 × 400, the upright picture 400 × 300.
        assertThatThrownBy(() -> services.redactions().set(id, photo.id(), List.of(new RedactionBox(0, 0, 10, 301))))
                .hasMessageContaining("reaches outside");
        services.redactions().set(id, photo.id(), List.of(new RedactionBox(0, 0, 400, 300)));
        assertThat(services.redactions().boxes(id, photo.id())).hasSize(1);
        services.redactions().set(id, photo.id(), List.of());
        assertThat(services.redactions().boxes(id, photo.id())).isEmpty();
    }

    /** Reads pictures back pixel by pixel. */
    static final class Pixels {
        private static final Color[] QUARTERS = {TestPictures.TOP_LEFT, TestPictures.TOP_RIGHT,
                TestPictures.BOTTOM_LEFT, TestPictures.BOTTOM_RIGHT};

        private Pixels() {
        }

        /**
         * Checks a copy of the quarters picture ({@code w × h} upright, stored turned as {@code orientation}, perhaps
         * scaled): black inside {@code box}, the quarters' colours elsewhere.
         */
        static void check(BufferedImage stored, int orientation, int w, int h, RedactionBox box) {
            BufferedImage index = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    index.setRGB(x, y, (x << 12) | y);
                }
            }
            // For each stored pixel, the upright pixel it shows.
            BufferedImage where = TestPictures.stored(index, orientation);
            int inside = 0;
            int outside = 0;
            for (int j = 0; j < stored.getHeight(); j++) {
                for (int i = 0; i < stored.getWidth(); i++) {
                    int code = where.getRGB(i * where.getWidth() / stored.getWidth(),
                            j * where.getHeight() / stored.getHeight()) & 0xFFFFFF;
                    int x = code >> 12;
                    int y = code & 0xFFF;
                    int rgb = stored.getRGB(i, j);
                    int margin = 4;
                    boolean in = x >= box.x() + margin && x < box.x() + box.w() - margin && y >= box.y() + margin
                            && y < box.y() + box.h() - margin;
                    boolean out = x < box.x() - margin || x >= box.x() + box.w() + margin || y < box.y() - margin
                            || y >= box.y() + box.h() + margin;
                    boolean nearSeam = Math.abs(x - w / 2) < margin || Math.abs(y - h / 2) < margin;
                    if (in) {
                        assertThat(max(rgb)).as("inside the box at %d,%d", x, y).isLessThanOrEqualTo(24);
                        inside++;
                    } else if (out && !nearSeam) {
                        Color expected = QUARTERS[(x < w / 2 ? 0 : 1) + (y < h / 2 ? 0 : 2)];
                        assertThat(distance(rgb, expected)).as("outside the box at %d,%d", x, y)
                                .isLessThanOrEqualTo(40);
                        outside++;
                    }
                }
            }
            assertThat(inside).isGreaterThan(50);
            assertThat(outside).isGreaterThan(inside);
        }

        private static int max(int rgb) {
            return Math.max((rgb >> 16) & 0xFF, Math.max((rgb >> 8) & 0xFF, rgb & 0xFF));
        }

        private static int distance(int rgb, Color c) {
            return Math.max(Math.abs(((rgb >> 16) & 0xFF) - c.getRed()), Math.max(
                    Math.abs(((rgb >> 8) & 0xFF) - c.getGreen()), Math.abs((rgb & 0xFF) - c.getBlue())));
        }

        static long black(BufferedImage image) {
            long n = 0;
            for (int y = 0; y < image.getHeight(); y++) {
                for (int x = 0; x < image.getWidth(); x++) {
                    n += max(image.getRGB(x, y)) <= 24 ? 1 : 0;
                }
            }
            return n;
        }

        /** Rows with a run of 10 black pixels or more: a box, not text. */
        static long blackRows(BufferedImage image) {
            long rows = 0;
            for (int y = 0; y < image.getHeight(); y++) {
                int run = 0;
                boolean found = false;
                for (int x = 0; x < image.getWidth() && !found; x++) {
                    run = max(image.getRGB(x, y)) <= 24 ? run + 1 : 0;
                    found = run >= 10;
                }
                rows += found ? 1 : 0;
            }
            return rows;
        }

        static BufferedImage read(byte[] bytes) throws IOException {
            return ImageIO.read(new ByteArrayInputStream(bytes));
        }
    }
}
