package org.casefile.evidence;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import javax.imageio.IIOException;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.casefile.domain.text.Phrase;
import org.casefile.domain.MediaType;

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
            SubsampledRead.requireUsable(width, height);
            int step = SubsampledRead.step(width, height, maxSide);
            try {
                return SubsampledRead.read(reader, step);
            } catch (SubsampledRead.Damaged e) {
                throw new RejectedFileException(Phrase.of("Import.damagedImage", String.valueOf(e.getMessage())));
            }
        });
        return orient(scale(decoded, maxSide), orientation == null ? 1 : orientation);
    }

    /** A preview from {@link CameraPreview#of} decoded and turned as EXIF says; null when it does not decode. */
    static BufferedImage upright(byte[] preview, Integer orientation) {
        try {
            BufferedImage image = ImageIO.read(new java.io.ByteArrayInputStream(preview));
            return image == null ? null : orient(bytePixels(image), orientation == null ? 1 : orientation);
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

    /** The image as plain byte pixels (3BYTE_BGR, rows packed), converted only when it is not that already. */
    private static BufferedImage bytePixels(BufferedImage image) {
        boolean plain = image.getType() == BufferedImage.TYPE_3BYTE_BGR && image.getRaster().getParent() == null
                && image.getRaster().getDataBuffer().getSize() == image.getWidth() * image.getHeight() * 3;
        return plain ? image : scale(image, Math.max(image.getWidth(), image.getHeight()));
    }

    /**
     * Applies EXIF orientation 1–8, so a phone photo stands as it was taken: each stored pixel is copied to where
     * it shows. Moving bytes by hand, not drawing with Java2D, whose start-up (its native loops) costs an import
     * of portrait photos a tenth of a second.
     */
    static BufferedImage orient(BufferedImage image, int orientation) {
        if (orientation <= 1 || orientation > 8) {
            return image;
        }
        BufferedImage stored = bytePixels(image);
        int w = stored.getWidth();
        int h = stored.getHeight();
        boolean swap = orientation >= 5;
        int shownWidth = swap ? h : w;
        BufferedImage out = new BufferedImage(shownWidth, swap ? w : h, BufferedImage.TYPE_3BYTE_BGR);
        byte[] from = ((DataBufferByte) stored.getRaster().getDataBuffer()).getData();
        byte[] to = ((DataBufferByte) out.getRaster().getDataBuffer()).getData();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int shownX = switch (orientation) {
                    case 2, 3 -> w - 1 - x;
                    case 4 -> x;
                    case 5, 8 -> y;
                    default -> h - 1 - y; // 6, 7
                };
                int shownY = switch (orientation) {
                    case 2 -> y;
                    case 3, 4 -> h - 1 - y;
                    case 5, 6 -> x;
                    default -> w - 1 - x; // 7, 8
                };
                int source = (y * w + x) * 3;
                int target = (shownY * shownWidth + shownX) * 3;
                to[target] = from[source];
                to[target + 1] = from[source + 1];
                to[target + 2] = from[source + 2];
            }
        }
        return out;
    }

    private interface ReaderWork<T> {
        T apply(ImageReader reader) throws IOException;
    }

    private static <T> T withReader(Path file, MediaType type, ReaderWork<T> work) {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(type.imageFormat());
            if (in == null || !readers.hasNext()) {
                throw new RejectedFileException(Phrase.of("Import.cannotRead", type.phrase()));
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                return work.apply(reader);
            } finally {
                reader.dispose();
            }
        } catch (IIOException e) {
            throw new RejectedFileException(Phrase.of("Import.looksLikeWhy", type.phrase(),
                    String.valueOf(e.getMessage())), e);
        } catch (IOException | RuntimeException e) {
            if (e instanceof RejectedFileException rejected) {
                throw rejected;
            }
            throw new RejectedFileException(Phrase.of("Import.looksLike", type.phrase()), e);
        }
    }
}
