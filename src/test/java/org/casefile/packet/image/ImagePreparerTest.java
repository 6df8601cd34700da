package org.casefile.packet.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.GpsDirectory;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.imageio.ImageIO;
import org.casefile.evidence.Hashing;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImagePreparerTest {
    @TempDir
    Path dir;

    private final ImagePreparer preparer = new ImagePreparer(2);

    @Test
    void originalJpegLosesExifGpsXmpIptcAndCommentButKeepsEveryPictureByte() throws Exception {
        byte[] plain = TestPictures.jpeg(TestPictures.photo(640, 480, 1), 0.9f, false);
        byte[] phone = TestPictures.phoneJpeg(plain, 6);
        Path file = TestPictures.write(dir, "IMG_0001.jpg", phone);
        Metadata before = ImageMetadataReader.readMetadata(file.toFile());
        assertThat(before.getFirstDirectoryOfType(GpsDirectory.class)).isNotNull();
        assertThat(before.getFirstDirectoryOfType(ExifIFD0Directory.class)
                .getInt(ExifIFD0Directory.TAG_ORIENTATION)).isEqualTo(6);

        PreparedImage prepared = preparer.prepare(new ImageJob(file, 6, 0), ImageStep.ORIGINAL);

        byte[] bytes = prepared.bytes();
        assertThat(prepared.encoding()).isEqualTo(PreparedImage.Encoding.JPEG);
        assertThat(TestPictures.contains(bytes, "Exif")).isFalse();
        assertThat(TestPictures.contains(bytes, "xmpmeta")).isFalse();
        assertThat(TestPictures.contains(bytes, "Photoshop")).isFalse();
        assertThat(TestPictures.contains(bytes, "Acacia")).isFalse();
        Metadata after = ImageMetadataReader.readMetadata(new ByteArrayInputStream(bytes));
        assertThat(after.getFirstDirectoryOfType(GpsDirectory.class)).isNull();
        assertThat(after.getFirstDirectoryOfType(ExifIFD0Directory.class)).isNull();
        // Lossless: the entropy-coded data is the camera's, byte for byte, and decodes to the same pixels.
        assertThat(TestPictures.scans(bytes)).isEqualTo(TestPictures.scans(phone));
        assertThat(pixels(ImageIO.read(new ByteArrayInputStream(bytes))))
                .isEqualTo(pixels(ImageIO.read(new ByteArrayInputStream(plain))));
        assertThat(bytes.length).isLessThan(phone.length).isGreaterThan(plain.length - 100);
        assertThat(prepared.orientation()).isEqualTo(6);
        assertThat(prepared.pixelWidth()).isEqualTo(640);
        assertThat(prepared.pixelHeight()).isEqualTo(480);
        assertThat(prepared.uprightWidth()).isEqualTo(480);
        assertThat(prepared.sha256()).isEqualTo(Hashing.of(bytes));
    }

    @Test
    void progressiveJpegPassesThroughStripped() throws Exception {
        byte[] plain = TestPictures.jpeg(TestPictures.photo(800, 600, 2), 0.85f, true);
        Path file = TestPictures.write(dir, "progressive.jpg", TestPictures.phoneJpeg(plain, 3));

        PreparedImage prepared = preparer.prepare(new ImageJob(file, 3, 0), ImageStep.ORIGINAL);

        assertThat(TestPictures.contains(prepared.bytes(), "Exif")).isFalse();
        assertThat(JpegStream.parse(prepared.bytes()).frameType).isEqualTo(0xC2);
        assertThat(pixels(ImageIO.read(new ByteArrayInputStream(prepared.bytes()))))
                .isEqualTo(pixels(ImageIO.read(new ByteArrayInputStream(plain))));
        assertThat(prepared.orientation()).isEqualTo(3);
    }

    @Test
    void largeJpegIsDecodedSmallerAndReencodedWithoutMetadata() throws Exception {
        byte[] phone = TestPictures.phoneJpeg(TestPictures.jpeg(TestPictures.photo(3000, 2000, 3), 0.92f, false), 8);
        Path file = TestPictures.write(dir, "big.jpg", phone);

        PreparedImage prepared = preparer.prepare(new ImageJob(file, 8, 0), new ImageStep(1000, 0.8f));

        assertThat(prepared.pixelWidth()).isEqualTo(1000);
        assertThat(prepared.pixelHeight()).isEqualTo(667);
        assertThat(prepared.orientation()).isEqualTo(8);
        assertThat(TestPictures.contains(prepared.bytes(), "Exif")).isFalse();
        assertThat(ImageMetadataReader.readMetadata(new ByteArrayInputStream(prepared.bytes()))
                .getFirstDirectoryOfType(GpsDirectory.class)).isNull();
        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(prepared.bytes()));
        assertThat(decoded.getWidth()).isEqualTo(1000);
        // The page's own limit (from the box and the dpi) applies too, also to the originals' step.
        PreparedImage page = preparer.prepare(new ImageJob(file, 8, 600), ImageStep.ORIGINAL);
        assertThat(page.pixelWidth()).isEqualTo(600);
    }

    @Test
    void photoInAnotherColourSpaceIsConvertedToSrgbAndAnSrgbProfileIsJustDropped() throws Exception {
        BufferedImage grey = new BufferedImage(64, 64, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = grey.createGraphics();
        g.setColor(new Color(60, 60, 60));
        g.fillRect(0, 0, 64, 64);
        g.dispose();
        byte[] plain = TestPictures.jpeg(grey, 0.95f, false);
        byte[] linear = withIcc(plain, java.awt.color.ICC_Profile.getInstance(java.awt.color.ColorSpace.CS_LINEAR_RGB));
        byte[] srgb = withIcc(plain, java.awt.color.ICC_Profile.getInstance(java.awt.color.ColorSpace.CS_sRGB));

        PreparedImage fromLinear = preparer.prepare(new ImageJob(TestPictures.write(dir, "linear.jpg", linear), 1, 0),
                ImageStep.ORIGINAL);
        PreparedImage fromSrgb = preparer.prepare(new ImageJob(TestPictures.write(dir, "srgb.jpg", srgb), 1, 0),
                ImageStep.ORIGINAL);

        // Linear 60/255 is a light grey in sRGB (about 137): converted, not passed through as a dark one.
        assertThat(TestPictures.contains(fromLinear.bytes(), "ICC_PROFILE")).isFalse();
        int converted = new Color(ImageIO.read(new ByteArrayInputStream(fromLinear.bytes())).getRGB(32, 32)).getRed();
        assertThat(converted).isBetween(120, 150);
        assertThat(TestPictures.contains(fromSrgb.bytes(), "ICC_PROFILE")).isFalse();
        assertThat(TestPictures.scans(fromSrgb.bytes())).isEqualTo(TestPictures.scans(plain));
    }

    /** The profile as one APP2 chunk after the JFIF header, as cameras write it. */
    static byte[] withIcc(byte[] jpeg, java.awt.color.ICC_Profile profile) {
        byte[] data = profile.getData();
        int afterApp0 = 4 + (((jpeg[4] & 0xFF) << 8) | (jpeg[5] & 0xFF));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, afterApp0);
        int length = 2 + 14 + data.length;
        out.write(0xFF);
        out.write(0xE2);
        out.write(length >> 8);
        out.write(length & 0xFF);
        out.writeBytes("ICC_PROFILE\0".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        out.write(1);
        out.write(1);
        out.writeBytes(data);
        out.write(jpeg, afterApp0, jpeg.length - afterApp0);
        return out.toByteArray();
    }

    @Test
    void cmykJpegBecomesRgb() throws Exception {
        Path file = Path.of("src/test/resources/evidence/cmyk.jpg");
        assertThat(JpegStream.parse(Files.readAllBytes(file)).components).isEqualTo(4);

        PreparedImage prepared = preparer.prepare(new ImageJob(file, 1, 0), ImageStep.ORIGINAL);

        assertThat(prepared.encoding()).isEqualTo(PreparedImage.Encoding.JPEG);
        assertThat(JpegStream.parse(prepared.bytes()).components).isEqualTo(3);
        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(prepared.bytes()));
        assertThat(decoded.getColorModel().getNumComponents()).isEqualTo(3);
    }

    @Test
    void pngWithAlphaIsFlattenedOntoWhiteAndLosesItsTextChunks() throws Exception {
        BufferedImage shot = new BufferedImage(400, 300, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = shot.createGraphics();
        g.setColor(new Color(200, 0, 0, 255));
        g.fillRect(0, 0, 200, 300);
        g.dispose();
        byte[] png = withTextChunk(png(shot), "Location", "51.5 N, 0.1 W");
        Path file = TestPictures.write(dir, "screenshot.png", png);

        PreparedImage prepared = preparer.prepare(new ImageJob(file, 1, 0), ImageStep.ORIGINAL);

        assertThat(prepared.encoding()).isEqualTo(PreparedImage.Encoding.PNG);
        assertThat(TestPictures.contains(prepared.bytes(), "Location")).isFalse();
        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(prepared.bytes()));
        assertThat(decoded.getColorModel().hasAlpha()).isFalse();
        assertThat(new Color(decoded.getRGB(300, 150))).isEqualTo(Color.WHITE);
        assertThat(new Color(decoded.getRGB(100, 150))).isEqualTo(new Color(200, 0, 0));
    }

    @Test
    void photoSavedAsPngBecomesJpeg() throws Exception {
        Path file = TestPictures.write(dir, "photo.png", png(TestPictures.photo(1200, 900, 4)));

        PreparedImage prepared = preparer.prepare(new ImageJob(file, 1, 0), ImageStep.ORIGINAL);

        assertThat(prepared.encoding()).isEqualTo(PreparedImage.Encoding.JPEG);
        assertThat(prepared.bytes().length).isLessThan((int) Files.size(file) / 2);
    }

    @Test
    void webpAndTiffAreRead() throws Exception {
        PreparedImage webp = preparer.prepare(new ImageJob(Path.of("src/test/resources/evidence/listing.webp"), 1, 0),
                ImageStep.ORIGINAL);
        assertThat(ImageIO.read(new ByteArrayInputStream(webp.bytes()))).isNotNull();
        assertThat(webp.pixelWidth()).isPositive();

        ByteArrayOutputStream tiff = new ByteArrayOutputStream();
        assertThat(ImageIO.write(TestPictures.quarters(300, 200), "tiff", tiff)).isTrue();
        Path file = TestPictures.write(dir, "scan.tif", tiff.toByteArray());
        PreparedImage prepared = preparer.prepare(new ImageJob(file, 6, 0), ImageStep.ORIGINAL);
        assertThat(prepared.pixelWidth()).isEqualTo(300);
        assertThat(prepared.orientation()).isEqualTo(6);
        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(prepared.bytes()));
        assertThat(new Color(decoded.getRGB(10, 10))).isEqualTo(TestPictures.TOP_LEFT);
    }

    @Test
    void eachStepDownTheLadderMakesTheBytesSmaller() throws Exception {
        Path file = TestPictures.write(dir, "ladder.jpg",
                TestPictures.phoneJpeg(TestPictures.jpeg(TestPictures.photo(3200, 2400, 5), 0.93f, false), 1));

        List<Integer> sizes = new ArrayList<>();
        for (ImageStep step : ImageStep.ladder()) {
            PreparedImage prepared = preparer.prepare(new ImageJob(file, 1, 0), step);
            sizes.add(prepared.bytes().length);
            if (!step.keepsOriginals()) {
                assertThat(Math.max(prepared.pixelWidth(), prepared.pixelHeight())).isEqualTo(step.maxLongEdge());
            }
        }

        for (int i = 1; i < sizes.size(); i++) {
            assertThat(sizes.get(i)).as("step %d of %s", i, sizes).isLessThan(sizes.get(i - 1));
        }
    }

    @Test
    void smallFinelyCompressedJpegIsNotMadeBiggerByALowerStep() throws Exception {
        Path file = TestPictures.write(dir, "small.jpg",
                TestPictures.jpeg(TestPictures.photo(900, 600, 6), 0.99f, false));

        PreparedImage original = preparer.prepare(new ImageJob(file, 1, 0), ImageStep.ORIGINAL);
        PreparedImage lower = preparer.prepare(new ImageJob(file, 1, 0), new ImageStep(1280, 0.74f));

        assertThat(lower.bytes().length).isLessThan(original.bytes().length);
        assertThat(lower.pixelWidth()).isEqualTo(900);
    }

    @Test
    void damagedOrUnknownFilesGiveABuyersMessage() throws Exception {
        byte[] whole = TestPictures.jpeg(TestPictures.photo(800, 600, 7), 0.9f, false);
        Path cut = TestPictures.write(dir, "IMG_0042.jpg", Arrays.copyOf(whole, whole.length / 2));
        assertThatThrownBy(() -> preparer.prepare(new ImageJob(cut, 1, 0), ImageStep.ORIGINAL))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("IMG_0042.jpg")
                .hasMessageContaining("incomplete");
        assertThatThrownBy(() -> preparer.prepare(new ImageJob(cut, 1, 0), new ImageStep(400, 0.7f)))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("IMG_0042.jpg");

        Path text = TestPictures.write(dir, "receipt.png", "not a picture at all".getBytes());
        assertThatThrownBy(() -> preparer.prepare(new ImageJob(text, 1, 0), ImageStep.ORIGINAL))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("receipt.png")
                .hasMessageContaining("not a picture format");

        assertThatThrownBy(() -> preparer.prepare(new ImageJob(dir.resolve("gone.jpg"), 1, 0), ImageStep.ORIGINAL))
                .hasMessageContaining("gone.jpg is missing");
    }

    static int[] pixels(BufferedImage image) {
        return image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    }

    static byte[] png(BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    /** Inserts a tEXt chunk after IHDR, as photo apps do with locations and captions. */
    static byte[] withTextChunk(byte[] png, String key, String value) throws IOException {
        int ihdrEnd = 8 + 4 + 4 + 13 + 4;
        byte[] data = (key + "\0" + value).getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update("tEXt".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        crc.update(data);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(png, 0, ihdrEnd);
        java.io.DataOutputStream chunk = new java.io.DataOutputStream(out);
        chunk.writeInt(data.length);
        chunk.writeBytes("tEXt");
        chunk.write(data);
        chunk.writeInt((int) crc.getValue());
        out.write(png, ihdrEnd, png.length - ihdrEnd);
        return out.toByteArray();
    }
}
