package org.casefile.evidence;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.Locale;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import org.casefile.domain.text.Phrase;

/**
 * The one way Casefile decodes a picture smaller than it is stored: every {@code step}-th pixel, so a 12-megapixel
 * photo never sits whole in memory, with the decoder's warnings about a cut-short file treated as damage. Used for
 * thumbnails at import and for the packet's pictures.
 */
public final class SubsampledRead {
    /** More pixels than any camera or phone makes (a stitched panorama stays under it): refused at import. */
    public static final long MAX_PIXELS = 200_000_000L;
    /** The most pixels one subsampled decode holds (64 MB as RGB), whatever size the file declares. */
    static final long MAX_DECODED_PIXELS = 16_000_000L;

    private SubsampledRead() {
    }

    /** Refuses, naming its size, a picture too large to use; the check made at import before anything is decoded. */
    public static void requireUsable(int width, int height) {
        if ((long) width * height > MAX_PIXELS) {
            throw new RejectedFileException(Phrase.of("Import.tooManyPixels", width, height,
                    (long) width * height / 1_000_000, MAX_PIXELS / 1_000_000));
        }
    }

    /**
     * Every how many pixels to decode a {@code width} × {@code height} picture wanted at most {@code maxLongEdge} on
     * its long edge (0: as large as it comes): the decode keeps at least twice that, for a filtered scale-down, and
     * never more than {@link #MAX_DECODED_PIXELS}, so memory stays bounded whatever the file declares.
     */
    public static int step(int width, int height, int maxLongEdge) {
        int longEdge = Math.max(width, height);
        int step = maxLongEdge <= 0 ? 1 : Math.max(1, longEdge / (maxLongEdge * 2));
        double pixels = (double) width * height;
        int bounded = (int) Math.ceil(Math.sqrt(pixels / MAX_DECODED_PIXELS));
        return Math.max(step, Math.max(1, bounded));
    }

    /** Reads the first image of {@code reader}; a warning that means damage is thrown as {@link Damaged}. */
    public static BufferedImage read(ImageReader reader, int step) throws IOException {
        ImageReadParam param = reader.getDefaultReadParam();
        param.setSourceSubsampling(step, step, 0, 0);
        String[] damage = new String[1];
        reader.addIIOReadWarningListener((source, message) -> {
            if (meansDamage(message)) {
                damage[0] = message;
            }
        });
        BufferedImage image = reader.read(0, param);
        if (damage[0] != null) {
            throw new Damaged(damage[0].strip());
        }
        return image;
    }

    /**
     * Decoders warn about harmless things too (a CMYK photo without a colour profile); only a file that ends too
     * early or has broken data is damaged.
     */
    public static boolean meansDamage(String warning) {
        String text = warning == null ? "" : warning.toLowerCase(Locale.ROOT);
        return text.contains("premature end") || text.contains("truncat") || text.contains("corrupt")
                || text.contains("unexpected end") || text.contains("end of file");
    }

    /** The decoder said the file ends too early or has broken data; {@link #getMessage()} is its words. */
    public static final class Damaged extends IOException {
        Damaged(String warning) {
            super(warning);
        }
    }
}
