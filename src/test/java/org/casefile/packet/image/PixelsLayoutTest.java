package org.casefile.packet.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A colour JPEG is scaled and re-encoded in the byte layout its decoder wrote (no full-size copy into another
 * layout), and that changes nothing in the packet: the same JPEG bytes as through the int layout, upright colours in
 * their places.
 */
class PixelsLayoutTest {
    @TempDir
    Path dir;

    @Test
    void aColourPhotoKeepsTheDecodersLayoutAndGivesTheSameBytesAsBefore() throws Exception {
        BufferedImage upright = TestPictures.quarters(3000, 2000);
        Path file = TestPictures.write(dir, "photo.jpg", TestPictures.jpeg(upright, 0.92f, false));

        Pixels.Decoded decoded = Pixels.decode(file, 700);

        BufferedImage kept = decoded.image();
        assertThat(kept.getType()).isEqualTo(BufferedImage.TYPE_3BYTE_BGR);
        assertThat(Math.max(kept.getWidth(), kept.getHeight())).isEqualTo(700);
        assertThat(Pixels.toSrgb(kept)).isSameAs(kept);
        // The route before this change: the whole decode copied into ints, then scaled.
        BufferedImage full = javax.imageio.ImageIO.read(file.toFile());
        BufferedImage ints = new BufferedImage(full.getWidth(), full.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = ints.createGraphics();
        g.drawImage(full, 0, 0, null);
        g.dispose();
        BufferedImage halvedBytes = Pixels.scale(full, 700);
        BufferedImage halvedInts = Pixels.scale(ints, 700);
        assertThat(halvedInts.getType()).isEqualTo(BufferedImage.TYPE_INT_RGB);
        assertThat(Pixels.jpeg(halvedBytes, 0.7f)).isEqualTo(Pixels.jpeg(halvedInts, 0.7f));

        BufferedImage back = ImageIO.read(new ByteArrayInputStream(Pixels.jpeg(kept, 0.7f)));
        assertNear(new Color(back.getRGB(100, 100)), TestPictures.TOP_LEFT);
        assertNear(new Color(back.getRGB(600, 100)), TestPictures.TOP_RIGHT);
        assertNear(new Color(back.getRGB(100, 400)), TestPictures.BOTTOM_LEFT);
        assertNear(new Color(back.getRGB(600, 400)), TestPictures.BOTTOM_RIGHT);
    }

    /** A portrait phone photo too large for its box is shrunk and re-encoded, and still stands upright on the page. */
    @Test
    void aShrunkPortraitPhotoStandsUprightOnThePage() throws Exception {
        BufferedImage stored = TestPictures.stored(TestPictures.quarters(2000, 3000), 6);
        Path file = TestPictures.write(dir, "IMG_6.jpg",
                TestPictures.phoneJpeg(TestPictures.jpeg(stored, 0.92f, false), 6));
        PreparedImage prepared = new ImagePreparer(1).prepare(new ImageJob(file, 6, 0), new ImageStep(600, 0.7f));
        assertThat(prepared.source()).isNull();
        assertThat(prepared.pixelWidth()).isEqualTo(600);
        assertThat(prepared.pixelHeight()).isEqualTo(400);

        byte[] pdf;
        try (PDDocument document = new PDDocument(IOUtils.createTempFileOnlyStreamCache())) {
            PDPage page = new PDPage(new PDRectangle(400, 400));
            document.addPage(page);
            PDImageXObject image = PageImages.embed(document, prepared);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                PageImages.draw(content, image, prepared.orientation(), 50, 50, 300, 300);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            pdf = out.toByteArray();
        }
        try (PDDocument document = Loader.loadPDF(pdf)) {
            BufferedImage render = new PDFRenderer(document).renderImage(0, 1f);
            // Upright 200 × 300 points, centred in the box: x 100..300, render rows 50..350.
            assertNear(new Color(render.getRGB(150, 125)), TestPictures.TOP_LEFT);
            assertNear(new Color(render.getRGB(250, 125)), TestPictures.TOP_RIGHT);
            assertNear(new Color(render.getRGB(150, 275)), TestPictures.BOTTOM_LEFT);
            assertNear(new Color(render.getRGB(250, 275)), TestPictures.BOTTOM_RIGHT);
        }
    }

    @Test
    void aPictureWithAlphaOrOtherColoursStillBecomesOpaqueRgb() {
        BufferedImage argb = new BufferedImage(40, 30, BufferedImage.TYPE_INT_ARGB);
        BufferedImage grey = new BufferedImage(40, 30, BufferedImage.TYPE_BYTE_GRAY);

        assertThat(Pixels.toSrgb(argb).getType()).isEqualTo(BufferedImage.TYPE_INT_RGB);
        assertThat(Pixels.toSrgb(grey).getType()).isEqualTo(BufferedImage.TYPE_INT_RGB);
        assertThat(Pixels.toSrgb(argb).getRGB(5, 5)).isEqualTo(Color.WHITE.getRGB());
        assertThat(Pixels.scale(argb, 20).getType()).isEqualTo(BufferedImage.TYPE_INT_RGB);
    }

    private static void assertNear(Color actual, Color expected) {
        assertThat(Math.abs(actual.getRed() - expected.getRed())).isLessThan(12);
        assertThat(Math.abs(actual.getGreen() - expected.getGreen())).isLessThan(12);
        assertThat(Math.abs(actual.getBlue() - expected.getBlue())).isLessThan(12);
    }
}
