package org.casefile.packet.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import javax.imageio.ImageIO;
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
