package org.casefile.app;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Random;
import javax.imageio.ImageIO;

/**
 * The sample case's pictures, drawn here so the sample owes nothing to anyone's photos: the listing screenshot of a
 * "2TB" drive, a photo of the drive that arrived labelled 512GB, the computer's view of its capacity, and the parcel
 * label. Repeatable: the same pixels every time.
 */
final class SampleImages {
    private static final Color INK = new Color(0x22, 0x22, 0x22);
    private static final Color ACCENT = new Color(0xE6, 0x4A, 0x19);

    private SampleImages() {
    }

    static Path listing(Path folder) throws IOException {
        BufferedImage image = new BufferedImage(1080, 1350, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = start(image, Color.WHITE);
        g.setColor(ACCENT);
        g.fillRect(0, 0, 1080, 110);
        g.setColor(Color.WHITE);
        g.setFont(font(Font.BOLD, 40));
        g.drawString("Yunda Digital Store", 40, 70);
        g.setColor(new Color(0xF3, 0xF4, 0xF6));
        g.fillRect(40, 150, 1000, 620);
        drive(g, 300, 240, 480, 440, "2TB", "PORTABLE SSD");
        g.setColor(INK);
        g.setFont(font(Font.BOLD, 44));
        g.drawString("2TB Portable SSD, USB-C 3.2,", 40, 850);
        g.drawString("External Solid State Drive, black", 40, 905);
        g.setColor(ACCENT);
        g.setFont(font(Font.BOLD, 64));
        g.drawString("£89.99", 40, 1010);
        g.setColor(INK);
        g.setFont(font(Font.PLAIN, 36));
        String[] specs = {"Capacity: 2TB (2000 GB)", "Interface: USB-C 3.2 Gen 2", "Read speed: up to 1050 MB/s",
                "Free delivery · Ships from China"};
        for (int i = 0; i < specs.length; i++) {
            g.drawString("•  " + specs[i], 40, 1090 + i * 56);
        }
        g.dispose();
        return write(image, folder.resolve("Listing screenshot.png"), "png");
    }

    static Path received(Path folder) throws IOException {
        BufferedImage image = new BufferedImage(1600, 1200, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = start(image, Color.WHITE);
        g.setPaint(new GradientPaint(0, 0, new Color(0xB0, 0x8A, 0x5F), 1600, 1200, new Color(0x8A, 0x64, 0x3C)));
        g.fillRect(0, 0, 1600, 1200);
        g.setColor(new Color(0, 0, 0, 28));
        for (int y = 30; y < 1200; y += 90) {
            g.fillRect(0, y, 1600, 6);
        }
        AffineTransform straight = g.getTransform();
        g.rotate(Math.toRadians(-7), 800, 600);
        g.setColor(new Color(0, 0, 0, 70));
        g.fill(new RoundRectangle2D.Double(530, 330, 560, 520, 60, 60));
        drive(g, 510, 300, 560, 520, "512GB", "PORTABLE SSD");
        g.setTransform(straight);
        noise(image, 10);
        g.dispose();
        return write(image, folder.resolve("IMG_2041.jpg"), "jpeg");
    }

    static Path capacity(Path folder) throws IOException {
        BufferedImage image = new BufferedImage(1000, 640, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = start(image, new Color(0xF0, 0xF0, 0xF0));
        g.setColor(new Color(0x2B, 0x57, 0x9A));
        g.fillRect(0, 0, 1000, 56);
        g.setColor(Color.WHITE);
        g.setFont(font(Font.PLAIN, 26));
        g.drawString("USB Drive (E:) Properties", 24, 38);
        g.setColor(INK);
        g.setFont(font(Font.PLAIN, 28));
        String[][] rows = {{"Type:", "USB Drive"}, {"File system:", "exFAT"}, {"Used space:", "0 bytes"},
                {"Free space:", "511 GB"}, {"Capacity:", "511 GB"}};
        for (int i = 0; i < rows.length; i++) {
            g.drawString(rows[i][0], 60, 130 + i * 60);
            g.drawString(rows[i][1], 320, 130 + i * 60);
        }
        g.setColor(new Color(0x26, 0xA0, 0xDA));
        g.fillOval(380, 440, 150, 150);
        g.setColor(INK);
        g.drawString("Drive E:", 580, 525);
        g.dispose();
        return write(image, folder.resolve("Drive properties.png"), "png");
    }

    static Path label(Path folder) throws IOException {
        BufferedImage image = new BufferedImage(1400, 1050, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = start(image, Color.WHITE);
        g.setPaint(new GradientPaint(0, 0, new Color(0xC8, 0xA2, 0x72), 1400, 1050, new Color(0xA8, 0x80, 0x52)));
        g.fillRect(0, 0, 1400, 1050);
        g.rotate(Math.toRadians(3), 700, 525);
        g.setColor(Color.WHITE);
        g.fillRect(260, 170, 880, 700);
        g.setColor(INK);
        g.setFont(font(Font.BOLD, 40));
        g.drawString("CAINIAO  ·  Tracked", 300, 240);
        g.setFont(font(Font.PLAIN, 30));
        g.drawString("To: A. Buyer, 12 Example Road", 300, 300);
        g.drawString("Manchester M1 1AA, United Kingdom", 300, 342);
        Random stripes = new Random(7);
        for (int x = 300; x < 1100; x += 6) {
            if (stripes.nextBoolean()) {
                g.fillRect(x, 400, 3 + stripes.nextInt(4), 260);
            }
        }
        g.setFont(font(Font.BOLD, 44));
        g.drawString("LP00612345678901CN", 380, 730);
        g.setFont(font(Font.PLAIN, 28));
        g.drawString("Contents: SSD 2TB   Value: 89.99 GBP", 300, 810);
        noise(image, 8);
        g.dispose();
        return write(image, folder.resolve("IMG_2044.jpg"), "jpeg");
    }

    private static void drive(Graphics2D g, int x, int y, int width, int height, String capacity, String name) {
        g.setColor(new Color(0x1F, 0x23, 0x29));
        g.fill(new RoundRectangle2D.Double(x, y, width, height, 60, 60));
        g.setColor(new Color(0x3A, 0x40, 0x4A));
        g.setStroke(new BasicStroke(6));
        g.draw(new RoundRectangle2D.Double(x + 14, y + 14, width - 28, height - 28, 44, 44));
        g.setColor(Color.WHITE);
        g.setFont(font(Font.BOLD, height / 4));
        int textWidth = g.getFontMetrics().stringWidth(capacity);
        g.drawString(capacity, x + (width - textWidth) / 2, y + height / 2 + height / 12);
        g.setFont(font(Font.PLAIN, height / 14));
        textWidth = g.getFontMetrics().stringWidth(name);
        g.drawString(name, x + (width - textWidth) / 2, y + height * 3 / 4);
        g.setColor(new Color(0x5A, 0x62, 0x70));
        g.fillRoundRect(x + width / 2 - 40, y + height - 40, 80, 16, 8, 8);
    }

    private static Graphics2D start(BufferedImage image, Color background) {
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(background);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        return g;
    }

    private static Font font(int style, int size) {
        return new Font(Font.SANS_SERIF, style, size);
    }

    /**
     * A little sensor grain, so the "photos" compress like photos. On the image's own pixels (an RGB image is one int
     * per pixel): getRGB and setRGB per pixel were most of the time the sample case takes to make.
     */
    private static void noise(BufferedImage image, int amount) {
        int[] pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        Random random = new Random(42);
        for (int i = 0; i < pixels.length; i++) {
            int rgb = pixels[i];
            int d = random.nextInt(amount * 2 + 1) - amount;
            int r = clamp(((rgb >> 16) & 0xff) + d);
            int gr = clamp(((rgb >> 8) & 0xff) + d);
            int b = clamp((rgb & 0xff) + d);
            pixels[i] = (r << 16) | (gr << 8) | b;
        }
    }

    private static int clamp(int value) {
        return Math.max(0, Math.min(255, value));
    }

    private static Path write(BufferedImage image, Path file, String format) throws IOException {
        if (!ImageIO.write(image, format, file.toFile())) {
            throw new IOException("No " + format + " writer");
        }
        return file;
    }
}
