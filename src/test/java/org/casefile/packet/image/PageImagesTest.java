package org.casefile.packet.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PageImagesTest {
    @TempDir
    Path dir;

    /**
     * A landscape picture stored by the camera turned or mirrored as each EXIF orientation says, passed through
     * losslessly and drawn: the rendered page shows it upright, red quarter top left, green top right.
     */
    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8})
    void everyOrientationStandsUprightOnThePage(int orientation) throws Exception {
        BufferedImage stored = TestPictures.stored(TestPictures.quarters(300, 200), orientation);
        Path file = TestPictures.write(dir, "IMG_" + orientation + ".jpg",
                TestPictures.phoneJpeg(TestPictures.jpeg(stored, 0.95f, false), orientation));
        PreparedImage prepared = new ImagePreparer(1).prepare(new ImageJob(file, orientation, 0), ImageStep.ORIGINAL);
        assertThat(TestPictures.scans(prepared.bytes())).isEqualTo(TestPictures.scans(
                java.nio.file.Files.readAllBytes(file)));

        byte[] pdf;
        float[] drawn;
        try (PDDocument document = new PDDocument(IOUtils.createTempFileOnlyStreamCache())) {
            PDPage page = new PDPage(new PDRectangle(400, 400));
            document.addPage(page);
            PDImageXObject image = PageImages.embed(document, prepared);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                drawn = PageImages.draw(content, image, prepared.orientation(), 50, 50, 300, 300);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            pdf = out.toByteArray();
        }

        assertThat(drawn[0]).isEqualTo(50f);
        assertThat(drawn[2]).isEqualTo(300f);
        assertThat(drawn[3]).isEqualTo(200f, org.assertj.core.data.Offset.offset(0.01f));
        assertThat(drawn[1]).isEqualTo(100f, org.assertj.core.data.Offset.offset(0.01f));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDImageXObject embedded = (PDImageXObject) document.getPage(0).getResources()
                    .getXObject(document.getPage(0).getResources().getXObjectNames().iterator().next());
            assertThat(embedded.getCOSObject().getCOSName(COSName.FILTER)).isEqualTo(COSName.DCT_DECODE);
            assertThat(embedded.getCOSObject().getLength()).isEqualTo(prepared.bytes().length);
            // Passed through: read from the file's kept ranges when saved, exactly the bytes hashed for the appendix.
            assertThat(prepared.source()).isNotNull();
            try (var raw = embedded.getCOSObject().createRawInputStream()) {
                byte[] written = raw.readAllBytes();
                assertThat(written).isEqualTo(prepared.bytes());
                assertThat(org.casefile.evidence.Hashing.of(written)).isEqualTo(prepared.sha256());
                assertThat(new String(written, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("Exif");
            }
            BufferedImage render = new PDFRenderer(document).renderImage(0, 1f);
            // Page y grows upwards, the render's downwards: the drawn box spans rows 100..300 of the render.
            assertNear(render, 50 + 75, 400 - (100 + 150), TestPictures.TOP_LEFT);
            assertNear(render, 50 + 225, 400 - (100 + 150), TestPictures.TOP_RIGHT);
            assertNear(render, 50 + 75, 400 - (100 + 50), TestPictures.BOTTOM_LEFT);
            assertNear(render, 50 + 225, 400 - (100 + 50), TestPictures.BOTTOM_RIGHT);
            assertThat(new Color(render.getRGB(200, 60))).isEqualTo(Color.WHITE);
        }
    }

    @Test
    void screenshotPngIsEmbeddedWithoutRecompression() throws Exception {
        BufferedImage shot = TestPictures.quarters(1200, 2400);
        Path file = TestPictures.write(dir, "shot.png", ImagePreparerTest.png(shot));
        PreparedImage prepared = new ImagePreparer(1).prepare(new ImageJob(file, 1, 0), ImageStep.ORIGINAL);
        assertThat(prepared.encoding()).isEqualTo(PreparedImage.Encoding.PNG);

        try (PDDocument document = new PDDocument(IOUtils.createTempFileOnlyStreamCache())) {
            long start = System.nanoTime();
            PDImageXObject image = PageImages.embed(document, prepared);
            long millis = (System.nanoTime() - start) / 1_000_000;
            // The PNG's compressed data is copied, not decoded and deflated again.
            assertThat(image.getCOSObject().getCOSName(COSName.FILTER)).isEqualTo(COSName.FLATE_DECODE);
            assertThat(image.getCOSObject().getLength()).isLessThanOrEqualTo(prepared.bytes().length);
            assertThat(image.getCOSObject().getCOSDictionary(COSName.DECODE_PARMS)).isNotNull();
            assertThat(image.getWidth()).isEqualTo(1200);
            assertThat(millis).isLessThan(2000);
        }
    }

    private static void assertNear(BufferedImage render, int x, int y, Color expected) {
        Color actual = new Color(render.getRGB(x, y));
        assertThat(Math.abs(actual.getRed() - expected.getRed()) + Math.abs(actual.getGreen() - expected.getGreen())
                + Math.abs(actual.getBlue() - expected.getBlue()))
                .as("colour at %d,%d is %s, expected %s", x, y, actual, expected).isLessThan(40);
    }
}
