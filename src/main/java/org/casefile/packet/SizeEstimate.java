package org.casefile.packet;

import org.casefile.domain.Evidence;
import org.casefile.packet.image.ImageStep;

/**
 * A quick guess of how many bytes a picture takes in the packet at an image step, from its pixel size alone, so a
 * budget can skip steps that cannot fit without preparing a single photo. Only a guess: every step chosen is
 * confirmed by the real file's size.
 */
public final class SizeEstimate {
    /** Bytes per pixel of a grainy photo at JPEG qualities 0.5 … 0.92 (measured here: 1600 px at 0.78 took 0.107). */
    private static final float[][] BYTES_PER_PIXEL = {{0.50f, 0.055f}, {0.55f, 0.06f}, {0.65f, 0.075f},
            {0.74f, 0.095f}, {0.82f, 0.12f}, {0.85f, 0.135f}, {0.92f, 0.20f}, {1.0f, 0.45f}};

    /** Text, fonts and colour profile of a packet without pictures, when no dry run was made. */
    public static final long TEXT_OVERHEAD = 250_000;

    private SizeEstimate() {
    }

    /** The embedded size of one picture at {@code step}, capped by {@code boxLongEdge} pixels (0: no cap). */
    public static long picture(Evidence e, ImageStep step, int boxLongEdge) {
        if (step.keepsOriginals() && boxLongEdge == 0) {
            return e.size();
        }
        long w = e.width() == null ? 1600 : e.width();
        long h = e.height() == null ? 1200 : e.height();
        long longEdge = Math.max(w, h);
        long cap = step.keepsOriginals() ? boxLongEdge
                : boxLongEdge == 0 ? step.maxLongEdge() : Math.min(step.maxLongEdge(), boxLongEdge);
        double scale = cap <= 0 || cap >= longEdge ? 1.0 : (double) cap / longEdge;
        double pixels = w * h * scale * scale;
        long guess = Math.round(pixels * bytesPerPixel(step.jpegQuality()));
        return scale == 1.0 ? Math.min(guess, e.size()) : guess;
    }

    static float bytesPerPixel(float quality) {
        for (int i = 1; i < BYTES_PER_PIXEL.length; i++) {
            float[] lo = BYTES_PER_PIXEL[i - 1];
            float[] hi = BYTES_PER_PIXEL[i];
            if (quality <= hi[0]) {
                float t = Math.max(0, (quality - lo[0]) / (hi[0] - lo[0]));
                return lo[1] + t * (hi[1] - lo[1]);
            }
        }
        return BYTES_PER_PIXEL[BYTES_PER_PIXEL.length - 1][1];
    }
}
