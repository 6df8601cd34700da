package org.casefile.evidence;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.Locale;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;

/**
 * The one way Casefile decodes a picture smaller than it is stored: every {@code step}-th pixel, so a 12-megapixel
 * photo never sits whole in memory, with the decoder's warnings about a cut-short file treated as damage. Used for
 * thumbnails at import and for the packet's pictures.
 */
public final class SubsampledRead {
    private SubsampledRead() {
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
