package org.casefile.packet.image;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.awt.image.ColorConvertOp;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import javax.imageio.IIOException;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.plugins.jpeg.JPEGImageWriteParam;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/** Decoding, colour conversion, scaling and encoding of the packet's pictures, with ImageIO and Java2D. */
final class Pixels {
    static {
        ImageIO.setUseCache(false);
    }

    private Pixels() {
    }

    /** A decoded picture in sRGB on white, at most {@code limit} pixels on its long edge, and its source format. */
    record Decoded(BufferedImage image, String format) {
    }

    /**
     * Decodes every n-th pixel so that the picture is still at least twice {@code limit} (0: no limit), then scales
     * it down with filtering; alpha is flattened onto white and other colour spaces (CMYK, Display P3) converted to
     * sRGB. A decoder warning about a cut-short file counts as damage.
     */
    static Decoded decode(Path file, int limit) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                throw new Unreadable("it is not a picture format Casefile can read (JPEG, PNG, GIF, BMP, TIFF, "
                        + "WebP)");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                // Subsampled within a fixed memory bound whatever the declared size (a 20,000 × 20,000 PNG
                // is 1.6 GB decoded whole); pictures too large to use were refused at import.
                int step = org.casefile.evidence.SubsampledRead.step(width, height, limit);
                BufferedImage image;
                try {
                    image = org.casefile.evidence.SubsampledRead.read(reader, step);
                } catch (org.casefile.evidence.SubsampledRead.Damaged e) {
                    throw new Unreadable("it is damaged or incomplete (" + e.getMessage() + ")");
                }
                String format = reader.getFormatName().toLowerCase(Locale.ROOT);
                return new Decoded(scale(toSrgb(image), limit), format);
            } finally {
                reader.dispose();
            }
        } catch (Unreadable e) {
            throw e;
        } catch (IIOException | IndexOutOfBoundsException | IllegalArgumentException | IllegalStateException e) {
            throw new Unreadable("it is damaged or incomplete (" + e.getMessage() + ")", e);
        }
    }


    /**
     * An opaque sRGB copy; grey stays grey (Java2D copies its values, which is what viewers show). A picture already
     * opaque sRGB (a colour JPEG as decoded) is returned as it is: copying 12 megapixels into another layout costs
     * more than the rest of its scaling, and the JPEG encoder takes the decoder's byte layout fastest.
     */
    static BufferedImage toSrgb(BufferedImage image) {
        ColorSpace space = image.getColorModel().getColorSpace();
        boolean alpha = image.getColorModel().hasAlpha();
        if (isOpaqueSrgb(image)) {
            return image;
        }
        BufferedImage source = image;
        if (!space.isCS_sRGB() && space.getType() != ColorSpace.TYPE_GRAY) {
            BufferedImage converted = new BufferedImage(image.getWidth(), image.getHeight(),
                    alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
            new ColorConvertOp(null).filter(image, converted);
            if (!alpha) {
                return converted;
            }
            source = converted;
        }
        BufferedImage out = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.drawImage(source, 0, 0, Color.WHITE, null);
        g.dispose();
        return out;
    }

    /** Opaque sRGB in one of the two layouts scaling and encoding keep: ints (0xRRGGBB) or bytes (B, G, R). */
    private static boolean isOpaqueSrgb(BufferedImage image) {
        return image.getType() == BufferedImage.TYPE_INT_RGB || (image.getType() == BufferedImage.TYPE_3BYTE_BGR
                && image.getColorModel().getColorSpace().isCS_sRGB());
    }

    /** Scales down to at most {@code limit} on the long edge, halving first so that every source pixel counts. */
    static BufferedImage scale(BufferedImage image, int limit) {
        BufferedImage current = image;
        int longEdge = Math.max(current.getWidth(), current.getHeight());
        if (limit <= 0 || longEdge <= limit) {
            return current;
        }
        while (longEdge > limit * 2) {
            current = resize(current, Math.max(1, current.getWidth() / 2), Math.max(1, current.getHeight() / 2));
            longEdge = Math.max(current.getWidth(), current.getHeight());
        }
        double factor = (double) limit / longEdge;
        return resize(current, Math.max(1, (int) Math.round(current.getWidth() * factor)),
                Math.max(1, (int) Math.round(current.getHeight() * factor)));
    }

    /** {@code image} drawn at {@code width} × {@code height}, filtered, in its own layout when that is opaque sRGB. */
    private static BufferedImage resize(BufferedImage image, int width, int height) {
        int type = isOpaqueSrgb(image) ? image.getType() : BufferedImage.TYPE_INT_RGB;
        BufferedImage out = new BufferedImage(width, height, type);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.drawImage(image, 0, 0, width, height, null);
        g.dispose();
        return out;
    }

    /** Baseline JPEG with optimised Huffman tables and no metadata but the JFIF header. */
    static byte[] jpeg(BufferedImage image, float quality) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(Math.max(1024, image.getWidth() * image.getHeight()
                / 4));
        try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(quality);
            if (param instanceof JPEGImageWriteParam jpeg) {
                jpeg.setOptimizeHuffmanTables(true);
            }
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    /** PNG with nothing but the picture (no text, time or colour chunks, so PDFBox embeds it without re-coding). */
    static byte[] png(BufferedImage image) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            writer.write(null, new IIOImage(image, null, null), writer.getDefaultWriteParam());
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    /**
     * Reads prepared bytes back, upright, at most about twice {@code limit} on the long edge (decoded subsampled):
     * for pictures made from prepared images (the side-by-side JPEG).
     */
    static BufferedImage uprightOf(PreparedImage prepared, int limit) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(new java.io.ByteArrayInputStream(prepared.bytes()))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new IOException("The prepared picture cannot be read back.");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                int longEdge = Math.max(reader.getWidth(0), reader.getHeight(0));
                int step = Math.max(1, longEdge / Math.max(1, limit * 2));
                ImageReadParam param = reader.getDefaultReadParam();
                param.setSourceSubsampling(step, step, 0, 0);
                return orient(toSrgb(reader.read(0, param)), prepared.orientation());
            } finally {
                reader.dispose();
            }
        }
    }

    /** Applies EXIF orientation 1-8 to the pixels. */
    static BufferedImage orient(BufferedImage image, int orientation) {
        if (orientation <= 1 || orientation > 8) {
            return image;
        }
        int w = image.getWidth();
        int h = image.getHeight();
        boolean swap = orientation >= 5;
        BufferedImage out = new BufferedImage(swap ? h : w, swap ? w : h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.drawImage(image, upright(orientation, w, h), null);
        g.dispose();
        return out;
    }

    /**
     * Maps a pixel of a stored picture {@code w × h} to where it stands upright under EXIF orientation 1-8 (see
     * PageImages for the same mapping on the page).
     */
    static AffineTransform upright(int orientation, int w, int h) {
        return switch (orientation) {
            case 2 -> new AffineTransform(-1, 0, 0, 1, w, 0);
            case 3 -> new AffineTransform(-1, 0, 0, -1, w, h);
            case 4 -> new AffineTransform(1, 0, 0, -1, 0, h);
            case 5 -> new AffineTransform(0, 1, 1, 0, 0, 0);
            case 6 -> new AffineTransform(0, 1, -1, 0, h, 0);
            case 7 -> new AffineTransform(0, -1, -1, 0, h, w);
            case 8 -> new AffineTransform(0, -1, 1, 0, 0, w);
            default -> new AffineTransform();
        };
    }

    /**
     * Whether an ICC profile is sRGB in effect: sRGB's primaries (within 0.01) and a gamma-like tone curve. Such a
     * profile can be dropped, since PDF readers take untagged RGB as sRGB; any other (Display P3, Adobe RGB, linear)
     * needs converting. Names are no guide ("linear sRGB" is not sRGB).
     */
    static boolean isSrgb(byte[] profile) {
        try {
            ICC_Profile icc = ICC_Profile.getInstance(profile);
            if (icc.getColorSpaceType() == ColorSpace.TYPE_GRAY) {
                return true;
            }
            if (icc.getColorSpaceType() != ColorSpace.TYPE_RGB) {
                return false;
            }
            ICC_Profile srgb = ICC_Profile.getInstance(ColorSpace.CS_sRGB);
            int[] colorants = {ICC_Profile.icSigRedColorantTag, ICC_Profile.icSigGreenColorantTag,
                    ICC_Profile.icSigBlueColorantTag};
            for (int tag : colorants) {
                double[] mine = xyz(icc.getData(tag));
                double[] reference = xyz(srgb.getData(tag));
                if (mine == null || reference == null) {
                    return false;
                }
                for (int i = 0; i < 3; i++) {
                    if (Math.abs(mine[i] - reference[i]) > 0.01) {
                        return false;
                    }
                }
            }
            return !linear(icc.getData(ICC_Profile.icSigRedTRCTag));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static double[] xyz(byte[] tag) {
        if (tag == null || tag.length < 20) {
            return null;
        }
        java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(tag);
        return new double[] {b.getInt(8) / 65536.0, b.getInt(12) / 65536.0, b.getInt(16) / 65536.0};
    }

    /** A tone curve that is flat (gamma under 1.5): the data is linear light, not sRGB. */
    private static boolean linear(byte[] tag) {
        if (tag == null || tag.length < 12) {
            return true;
        }
        java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(tag);
        String type = new String(tag, 0, 4, StandardCharsets.ISO_8859_1);
        if (type.equals("curv")) {
            int count = b.getInt(8);
            return count == 0 || (count == 1 && tag.length >= 14 && (b.getShort(12) & 0xFFFF) / 256.0 < 1.5);
        }
        if (type.equals("para") && tag.length >= 16) {
            return b.getInt(12) / 65536.0 < 1.5;
        }
        return false;
    }

    /** A fault a buyer can act on; the preparer adds the file's name. */
    static final class Unreadable extends IOException {
        Unreadable(String why) {
            super(why);
        }

        Unreadable(String why, Throwable cause) {
            super(why, cause);
        }
    }
}
