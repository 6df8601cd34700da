package org.casefile.packet.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import javax.imageio.ImageIO;
import org.casefile.evidence.Hashing;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A JPEG read once for the export's check: scanned from those bytes, passed through without the file being read
 * again before the save, and the save still fails when the file was replaced in between.
 */
class JpegScanTest {
    @TempDir Path folder;

    private byte[] phonePhoto() throws Exception {
        byte[] plain = TestPictures.jpeg(TestPictures.photo(320, 240, 7), 0.9f, false);
        return TestPictures.phoneJpeg(plain, 6);
    }

    /** A preparer told of {@code file} by a scan of {@code bytes}, as the export's check leaves it. */
    private static ImagePreparer preparerKnowing(Path file, byte[] bytes) throws Exception {
        return new ImagePreparer(1).withScans(Map.of(file, JpegScan.of(file, bytes)));
    }

    @Test
    void aPhotoWithBytesAfterItsEndIsPassedThroughWithoutThemOrItsMetadata() throws Exception {
        byte[] photo = phonePhoto();
        byte[] withTrailer = Arrays.copyOf(photo, photo.length + 20);
        System.arraycopy("video after the end!".getBytes(), 0, withTrailer, photo.length, 20);
        Path file = folder.resolve("IMG_1.jpg");
        Files.write(file, withTrailer);

        PreparedImage image = preparerKnowing(file, withTrailer).prepare(new ImageJob(file, 6, 0),
                ImageStep.ORIGINAL);

        byte[] embedded = image.bytes();
        assertThat(embedded).isEqualTo(JpegStream.parse(withTrailer).stripped());
        assertThat(image.sha256()).isEqualTo(Hashing.of(embedded));
        assertThat(image.orientation()).isEqualTo(6);
        assertThat(image.pixelWidth()).isEqualTo(320);
        assertThat(TestPictures.contains(embedded, "video after")).isFalse();
        assertThat(TestPictures.contains(embedded, "Acacia")).as("the comment").isFalse();
        assertThat(TestPictures.contains(embedded, "GPSLatitude")).as("the XMP").isFalse();
        assertThat(ImageIO.read(new java.io.ByteArrayInputStream(embedded)).getWidth()).isEqualTo(320);
    }

    @Test
    void thePreparerDoesNotReadAScannedFileAndTheSaveFailsWhenItWasReplaced() throws Exception {
        byte[] photo = phonePhoto();
        Path file = folder.resolve("IMG_2.jpg");
        Files.write(file, photo);
        ImagePreparer preparer = preparerKnowing(file, photo);
        // Replaced after the check read it: the same length, one byte of the picture data other.
        byte[] other = photo.clone();
        int middle = other.length / 2;
        other[middle] = (byte) (other[middle] == 0x12 ? 0x13 : 0x12);
        Files.write(file, other);

        PreparedImage image = preparer.prepare(new ImageJob(file, 1, 0), ImageStep.ORIGINAL);

        assertThat(image.sha256()).as("the hash of the bytes the check read")
                .isEqualTo(Hashing.of(JpegStream.parse(photo).stripped()));
        assertThatThrownBy(image::bytes).isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("IMG_2.jpg changed on disk while the packet was being written");
    }

    @Test
    void aPhotoCutShortInItsPictureDataIsDamagedAndOtherFilesAreNotJpegs() throws Exception {
        byte[] photo = phonePhoto();
        int cut = photo.length / 2;
        Path file = folder.resolve("IMG_3.jpg");
        assertThatThrownBy(() -> JpegScan.of(file, Arrays.copyOf(photo, cut)))
                .isInstanceOf(JpegStream.Damaged.class).hasMessageContaining("incomplete");

        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(TestPictures.quarters(8, 8), "png", png);
        assertThat(JpegScan.of(file, png.toByteArray())).isNull();
    }

    @Test
    void aPhotoTooLargeForThePageIsReEncodedFromTheFileNotPassedThrough() throws Exception {
        byte[] photo = phonePhoto();
        Path file = folder.resolve("IMG_4.jpg");
        Files.write(file, photo);

        PreparedImage image = preparerKnowing(file, photo).prepare(new ImageJob(file, 1, 160), ImageStep.ORIGINAL);

        assertThat(image.source()).as("made in memory").isNull();
        assertThat(Math.max(image.pixelWidth(), image.pixelHeight())).isLessThanOrEqualTo(160);
    }
}
