package org.casefile.packet.image;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Real picture files for the image tests: phone-like JPEGs with an EXIF block (orientation and a GPS position, written
 * byte by byte as a camera does), XMP, IPTC, a comment and a second picture after the end marker.
 */
public final class TestPictures {
    public static final Color TOP_LEFT = new Color(220, 30, 30);
    public static final Color TOP_RIGHT = new Color(30, 180, 40);
    public static final Color BOTTOM_LEFT = new Color(30, 60, 220);
    public static final Color BOTTOM_RIGHT = new Color(240, 240, 240);

    private TestPictures() {
    }

    /** An upright picture in four coloured quarters, so that any turn or mirror shows. */
    public static BufferedImage quarters(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(TOP_LEFT);
        g.fillRect(0, 0, width / 2, height / 2);
        g.setColor(TOP_RIGHT);
        g.fillRect(width / 2, 0, width - width / 2, height / 2);
        g.setColor(BOTTOM_LEFT);
        g.fillRect(0, height / 2, width / 2, height - height / 2);
        g.setColor(BOTTOM_RIGHT);
        g.fillRect(width / 2, height / 2, width - width / 2, height - height / 2);
        g.dispose();
        return image;
    }

    /** The pixels a camera stores for {@code upright} when it records EXIF {@code orientation}. */
    public static BufferedImage stored(BufferedImage upright, int orientation) {
        int uw = upright.getWidth();
        int uh = upright.getHeight();
        boolean turned = orientation >= 5;
        int sw = turned ? uh : uw;
        int sh = turned ? uw : uh;
        BufferedImage out = new BufferedImage(sw, sh, BufferedImage.TYPE_INT_RGB);
        for (int j = 0; j < sh; j++) {
            for (int i = 0; i < sw; i++) {
                double c = (i + 0.5) / sw;
                double r = (j + 0.5) / sh;
                double[] xy = switch (orientation) {
                    case 2 -> new double[] {1 - c, r};
                    case 3 -> new double[] {1 - c, 1 - r};
                    case 4 -> new double[] {c, 1 - r};
                    case 5 -> new double[] {r, c};
                    case 6 -> new double[] {1 - r, c};
                    case 7 -> new double[] {1 - r, 1 - c};
                    case 8 -> new double[] {r, 1 - c};
                    default -> new double[] {c, r};
                };
                out.setRGB(i, j, upright.getRGB((int) (xy[0] * uw), (int) (xy[1] * uh)));
            }
        }
        return out;
    }

    /** A smooth photo-like picture with fine grain (compresses like a photo, not like a flat drawing). */
    public static BufferedImage photo(int width, int height, long seed) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        int[] row = new int[width];
        Random random = new Random(seed);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int grain = random.nextInt(9) - 4;
                int r = clamp((x * 255 / width) + grain);
                int g = clamp((int) (127 + 100 * Math.sin(y / 37.0 + x / 91.0)) + grain);
                int b = clamp((y * 255 / height) + grain);
                row[x] = (r << 16) | (g << 8) | b;
            }
            image.setRGB(0, y, width, 1, row, 0, width);
        }
        return image;
    }

    private static int clamp(int v) {
        return Math.max(0, Math.min(255, v));
    }

    public static byte[] jpeg(BufferedImage image, float quality, boolean progressive) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(quality);
            if (progressive) {
                param.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
            }
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    /**
     * Like a phone's file: EXIF (orientation, GPS position), XMP, IPTC and a comment after the JFIF header, and a
     * second small picture with its own EXIF after the end marker (as phones append depth maps).
     */
    public static byte[] phoneJpeg(byte[] plain, int orientation) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int afterApp0 = 2;
        if ((plain[2] & 0xFF) == 0xFF && (plain[3] & 0xFF) == 0xE0) {
            afterApp0 = 4 + (((plain[4] & 0xFF) << 8) | (plain[5] & 0xFF));
        }
        out.write(plain, 0, afterApp0);
        segment(out, 0xE1, exif(orientation));
        segment(out, 0xE1, ("http://ns.adobe.com/xap/1.0/\0<x:xmpmeta><exif:GPSLatitude>51,30.0N"
                + "</exif:GPSLatitude></x:xmpmeta>").getBytes(StandardCharsets.UTF_8));
        segment(out, 0xED, "Photoshop 3.0\08BIM IPTC City: Leeds".getBytes(StandardCharsets.ISO_8859_1));
        segment(out, 0xFE, "Taken at 12 Acacia Avenue".getBytes(StandardCharsets.ISO_8859_1));
        out.write(plain, afterApp0, plain.length - afterApp0);
        // The appended second picture, as in MPF files.
        byte[] tail = jpeg(quarters(16, 16), 0.8f, false);
        out.write(tail, 0, 2);
        segment(out, 0xE1, exif(1));
        out.write(tail, 2, tail.length - 2);
        return out.toByteArray();
    }

    static Path write(Path dir, String name, byte[] bytes) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        return file;
    }

    private static void segment(ByteArrayOutputStream out, int marker, byte[] body) {
        out.write(0xFF);
        out.write(marker);
        int length = body.length + 2;
        out.write(length >> 8);
        out.write(length & 0xFF);
        out.write(body, 0, body.length);
    }

    /** "Exif\0\0" + a big-endian TIFF block: IFD0 with Orientation and a GPS IFD pointer; GPS IFD with a latitude. */
    static byte[] exif(int orientation) {
        ByteBuffer tiff = ByteBuffer.allocate(120);
        tiff.put("MM".getBytes(StandardCharsets.ISO_8859_1)).putShort((short) 42).putInt(8);
        // IFD0 at 8: 2 entries, then the next-IFD offset.
        tiff.putShort((short) 2);
        tiff.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation).putShort((short) 0);
        int gpsIfd = 8 + 2 + 2 * 12 + 4;
        tiff.putShort((short) 0x8825).putShort((short) 4).putInt(1).putInt(gpsIfd);
        tiff.putInt(0);
        // GPS IFD: LatitudeRef "N", Latitude 3 rationals (51/1, 30/1, 0/1) stored after the IFD.
        tiff.putShort((short) 2);
        tiff.putShort((short) 0x0001).putShort((short) 2).putInt(2).put((byte) 'N').put((byte) 0).putShort((short) 0);
        int rationals = gpsIfd + 2 + 2 * 12 + 4;
        tiff.putShort((short) 0x0002).putShort((short) 5).putInt(3).putInt(rationals);
        tiff.putInt(0);
        tiff.putInt(51).putInt(1).putInt(30).putInt(1).putInt(0).putInt(1);
        byte[] block = new byte[tiff.position()];
        tiff.flip();
        tiff.get(block);
        byte[] out = new byte[6 + block.length];
        System.arraycopy("Exif\0\0".getBytes(StandardCharsets.ISO_8859_1), 0, out, 0, 6);
        System.arraycopy(block, 0, out, 6, block.length);
        return out;
    }

    /** The bytes from the first start-of-scan marker to the end-of-image marker: the picture itself. */
    static byte[] scans(byte[] jpeg) {
        int start = -1;
        for (int i = 2; i < jpeg.length - 1; ) {
            int marker = jpeg[i + 1] & 0xFF;
            if (marker == 0xDA) {
                start = i;
                break;
            }
            i += 2 + (((jpeg[i + 2] & 0xFF) << 8) | (jpeg[i + 3] & 0xFF));
        }
        int end = start;
        while (end < jpeg.length - 1 && !((jpeg[end] & 0xFF) == 0xFF && (jpeg[end + 1] & 0xFF) == 0xD9)) {
            end++;
        }
        return java.util.Arrays.copyOfRange(jpeg, start, end + 2);
    }

    public static boolean contains(byte[] haystack, String needle) {
        byte[] n = needle.getBytes(StandardCharsets.ISO_8859_1);
        outer:
        for (int i = 0; i <= haystack.length - n.length; i++) {
            for (int j = 0; j < n.length; j++) {
                if (haystack[i + j] != n[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
