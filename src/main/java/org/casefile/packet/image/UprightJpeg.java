package org.casefile.packet.image;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A picture as a plain JPEG to upload on its own: upright in its pixels (forms ignore EXIF orientation, and the copy
 * has none), sRGB, no metadata, at most so many pixels on its long edge and so many bytes.
 */
public final class UprightJpeg {
    /** Long edges and qualities tried in turn until the file fits. */
    private static final int[] EDGES = {2400, 2000, 1600, 1280, 1024};
    private static final float[] QUALITIES = {0.85f, 0.82f, 0.78f, 0.74f, 0.70f};

    private UprightJpeg() {
    }

    /**
     * The JPEG of {@code file} (stored with EXIF {@code orientation}), decoded once; null when even the smallest
     * try is over {@code maxBytes} (0: no size limit).
     */
    public static byte[] of(Path file, int orientation, long maxBytes) throws IOException {
        Pixels.Decoded decoded = Pixels.decode(file, EDGES[0]);
        java.awt.image.BufferedImage upright = Pixels.orient(decoded.image(), orientation);
        for (int i = 0; i < EDGES.length; i++) {
            java.awt.image.BufferedImage sized = Pixels.scale(upright, EDGES[i]);
            byte[] jpeg = Pixels.jpeg(sized, QUALITIES[i]);
            if (maxBytes <= 0 || jpeg.length <= maxBytes) {
                return jpeg;
            }
        }
        return null;
    }
}
