package org.casefile.packet.image;

import static org.assertj.core.api.Assertions.assertThat;

import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.exif.ExifIFD0Directory;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SideBySideTest {
    @TempDir
    Path dir;

    @Test
    void pairBecomesOneUprightJpegWithLabelsAndCaption() throws Exception {
        ImagePreparer preparer = new ImagePreparer(1);
        // The listing: a wide screenshot; what arrived: a phone photo stored sideways (orientation 6).
        Path listingFile = TestPictures.write(dir, "listing.png", ImagePreparerTest.png(TestPictures.quarters(900, 600)));
        Path photoFile = TestPictures.write(dir, "IMG_0007.jpg", TestPictures.phoneJpeg(TestPictures.jpeg(
                TestPictures.stored(TestPictures.quarters(1500, 2000), 6), 0.9f, false), 6));
        PreparedImage listing = preparer.prepare(new ImageJob(listingFile, 1, 0), ImageStep.ORIGINAL);
        PreparedImage received = preparer.prepare(new ImageJob(photoFile, 6, 0), ImageStep.ORIGINAL);

        byte[] jpeg = SideBySide.render(listing, received, "Listing (Exhibit A)", "What arrived (Exhibit B)",
                "收到的货物与描述不符 — the drone arrived without its camera, scratched on both arms and in a box "
                        + "that had been opened and taped again.", 1200, null);

        assertThat(TestPictures.contains(jpeg, "Exif")).isFalse();
        assertThat(ImageMetadataReader.readMetadata(new ByteArrayInputStream(jpeg))
                .getFirstDirectoryOfType(ExifIFD0Directory.class)).isNull();
        BufferedImage out = ImageIO.read(new ByteArrayInputStream(jpeg));
        assertThat(out.getWidth()).isLessThanOrEqualTo(1200).isGreaterThan(1000);
        // Both pictures stand at the same height, the photo turned upright: each shows red in its top-left quarter
        // and blue in its bottom-left quarter, one row below the labels.
        int[] columns = pictureColumns(out);
        assertThat(columns).hasSize(4);
        int top = firstRowOf(out, columns[0] + 5);
        int bottom = lastRowOf(out, columns[0] + 5);
        assertThat(firstRowOf(out, columns[2] + 5)).isEqualTo(top);
        assertThat(lastRowOf(out, columns[2] + 5)).isEqualTo(bottom);
        int quarter = (bottom - top) / 4;
        assertNear(out.getRGB(columns[0] + 5, top + quarter), TestPictures.TOP_LEFT);
        assertNear(out.getRGB(columns[2] + 5, top + quarter), TestPictures.TOP_LEFT);
        assertNear(out.getRGB(columns[2] + 5, bottom - quarter), TestPictures.BOTTOM_LEFT);
        assertNear(out.getRGB(columns[3] - 5, top + quarter), TestPictures.TOP_RIGHT);
        // Upright shapes: the listing 3:2 wide, the photo 3:4 tall.
        assertThat((double) (columns[1] - columns[0]) / (bottom - top)).isCloseTo(1.5, org.assertj.core.data.Offset
                .offset(0.03));
        assertThat((double) (columns[3] - columns[2]) / (bottom - top)).isCloseTo(0.75, org.assertj.core.data.Offset
                .offset(0.03));
        // Labels above, caption below: dark text pixels in both bands.
        assertThat(darkPixels(out, 0, top - 2)).isGreaterThan(200);
        assertThat(darkPixels(out, bottom + 2, out.getHeight())).isGreaterThan(200);
    }

    @Test
    void chineseCaptionHasAFontThatShowsIt() {
        assertThat(SideBySide.fontFor("收到的货物与描述不符", java.awt.Font.PLAIN, 20).canDisplayUpTo("收到的货物与描述不符"))
                .isEqualTo(-1);
    }

    /** The left and right edges of the two pictures along a row through their top quarters. */
    private static int[] pictureColumns(BufferedImage image) {
        int y = image.getHeight() * 3 / 10;
        java.util.List<Integer> edges = new java.util.ArrayList<>();
        boolean inside = false;
        for (int x = 0; x < image.getWidth(); x++) {
            boolean coloured = saturation(image.getRGB(x, y)) > 60;
            if (coloured != inside) {
                edges.add(coloured ? x : x - 1);
                inside = coloured;
            }
        }
        return edges.stream().mapToInt(Integer::intValue).toArray();
    }

    private static int firstRowOf(BufferedImage image, int x) {
        int y = 0;
        while (saturation(image.getRGB(x, y)) < 60) {
            y++;
        }
        return y;
    }

    private static int lastRowOf(BufferedImage image, int x) {
        int y = firstRowOf(image, x);
        while (y + 1 < image.getHeight() && saturation(image.getRGB(x, y + 1)) >= 60) {
            y++;
        }
        return y;
    }

    private static int saturation(int rgb) {
        Color c = new Color(rgb);
        return Math.max(c.getRed(), Math.max(c.getGreen(), c.getBlue()))
                - Math.min(c.getRed(), Math.min(c.getGreen(), c.getBlue()));
    }

    private static int darkPixels(BufferedImage image, int fromRow, int toRow) {
        int count = 0;
        for (int y = fromRow; y < toRow; y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                Color c = new Color(image.getRGB(x, y));
                if (c.getRed() + c.getGreen() + c.getBlue() < 200) {
                    count++;
                }
            }
        }
        return count;
    }

    private static void assertNear(int rgb, Color expected) {
        Color actual = new Color(rgb);
        assertThat(Math.abs(actual.getRed() - expected.getRed()) + Math.abs(actual.getGreen() - expected.getGreen())
                + Math.abs(actual.getBlue() - expected.getBlue())).as("%s vs %s", actual, expected).isLessThan(50);
    }
}
