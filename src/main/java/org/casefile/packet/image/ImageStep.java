package org.casefile.packet.image;

import java.util.List;

/**
 * How far the packet may shrink its images: the steps a size budget walks down, from the originals to small pages.
 * {@code maxLongEdge} 0 keeps every pixel (JPEGs then pass through unchanged but for their stripped metadata).
 */
public record ImageStep(int maxLongEdge, float jpegQuality) {
    public static final ImageStep ORIGINAL = new ImageStep(0, 0.92f);

    /** The ladder a budget walks down, largest first. */
    public static List<ImageStep> ladder() {
        return List.of(ORIGINAL, new ImageStep(2400, 0.85f), new ImageStep(2000, 0.82f), new ImageStep(1600, 0.78f),
                new ImageStep(1280, 0.74f), new ImageStep(1024, 0.70f), new ImageStep(800, 0.65f),
                new ImageStep(640, 0.60f), new ImageStep(480, 0.55f));
    }

    public boolean keepsOriginals() {
        return maxLongEdge == 0;
    }
}
