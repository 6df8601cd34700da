package org.casefile.evidence;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import javax.imageio.IIOException;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/** Image reading with ImageIO: the size from the header, and a subsampled decode that never holds a full photo. */
final class Images {
    private Images() {
    }

    static {
        ImageIO.setUseCache(false);
    }

    static int[] size(Path file, MediaType type) {
        return withReader(file, type, reader -> new int[] {reader.getWidth(0), reader.getHeight(0)});
    }

    /**
     * Decodes every n-th pixel so the result is about {@code maxSide} on its longer side, then scales and turns it
     * as EXIF {@code orientation} says. A warning from the decoder (a truncated file) counts as damage.
     */
    static BufferedImage thumbnail(Path file, MediaType type, int maxSide, Integer orientation) {
        BufferedImage decoded = withReader(file, type, reader -> {
            int width = reader.getWidth(0);
            int height = reader.getHeight(0);
            if ((long) width * height > 400_000_000L) {
                throw new RejectedFileException("The image is " + width + " × " + height + " pixels: too large to "
                        + "be a photo or a screenshot.");
            }
            int step = Math.max(1, Math.max(width, height) / (maxSide * 2));
            try {
                return SubsampledRead.read(reader, step);
            } catch (SubsampledRead.Damaged e) {
                throw new RejectedFileException("The image is damaged or incomplete (" + e.getMessage()
                        + "). Copy it again from the phone or the original download.");
            }
        });
        return orient(scale(decoded, maxSide), orientation == null ? 1 : orientation);
    }

    /** A preview from {@link CameraPreview#of} decoded and turned as EXIF says; null when it does not decode. */
    static BufferedImage upright(byte[] preview, Integer orientation) {
        try {
            BufferedImage image = ImageIO.read(new java.io.ByteArrayInputStream(preview));
            return image == null ? null : orient(scale(image, image.getWidth()), orientation == null ? 1 : orientation);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** Pixels as bytes (3BYTE_BGR): the JPEG writer takes those as they are, integer pixels one at a time. */
    private static BufferedImage scale(BufferedImage image, int maxSide) {
        double factor = Math.min(1.0, (double) maxSide / Math.max(image.getWidth(), image.getHeight()));
        int width = Math.max(1, (int) Math.round(image.getWidth() * factor));
        int height = Math.max(1, (int) Math.round(image.getHeight() * factor));
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.drawImage(image, 0, 0, width, height, null);
        g.dispose();
        return out;
    }

    /** Applies EXIF orientation 1–8, so a phone photo stands as it was taken. */
    static BufferedImage orient(BufferedImage image, int orientation) {
        if (orientation <= 1 || orientation > 8) {
            return image;
        }
        int w = image.getWidth();
        int h = image.getHeight();
        boolean swap = orientation >= 5;
        AffineTransform t = new AffineTransform();
        switch (orientation) {
            case 2 -> { t.translate(w, 0); t.scale(-1, 1); }
            case 3 -> { t.translate(w, h); t.rotate(Math.PI); }
            case 4 -> { t.translate(0, h); t.scale(1, -1); }
            case 5 -> { t.rotate(Math.PI / 2); t.scale(1, -1); }
            case 6 -> { t.translate(h, 0); t.rotate(Math.PI / 2); }
            case 7 -> { t.scale(-1, 1); t.translate(-h, 0); t.translate(0, w); t.rotate(-Math.PI / 2); }
            case 8 -> { t.translate(0, w); t.rotate(-Math.PI / 2); }
            default -> { }
        }
        BufferedImage out = new BufferedImage(swap ? h : w, swap ? w : h, BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = out.createGraphics();
        g.drawImage(image, t, null);
        g.dispose();
        return out;
    }

    private interface ReaderWork<T> {
        T apply(ImageReader reader) throws IOException;
    }

    private static <T> T withReader(Path file, MediaType type, ReaderWork<T> work) {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(type.imageFormat());
            if (in == null || !readers.hasNext()) {
                throw new RejectedFileException("Casefile cannot read " + type.description() + " files here.");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                return work.apply(reader);
            } finally {
                reader.dispose();
            }
        } catch (IIOException e) {
            throw new RejectedFileException("The file looks like a " + type.description() + " but cannot be read ("
                    + e.getMessage() + "). It may be damaged or incomplete.", e);
        } catch (IOException | RuntimeException e) {
            if (e instanceof RejectedFileException rejected) {
                throw rejected;
            }
            throw new RejectedFileException("The file looks like a " + type.description() + " but cannot be read. "
                    + "It may be damaged or incomplete.", e);
        }
    }
}
