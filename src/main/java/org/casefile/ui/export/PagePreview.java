package org.casefile.ui.export;

import java.awt.image.BufferedImage;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

/**
 * The pages of a packet as small pictures, for the live preview. The export service renders them on the worker
 * thread into AWT images; {@link #toFx} turns one into a JavaFX image on the FX thread (javafx-swing is not a dependency, and the
 * copy is a few lines).
 */
final class PagePreview {
    /** Low enough that a 17-page packet renders in about a second, high enough to see the layout. */
    static final float DPI = 30f;

    private PagePreview() {
    }

    static WritableImage toFx(BufferedImage page) {
        int width = page.getWidth();
        int height = page.getHeight();
        int[] argb = page.getRGB(0, 0, width, height, null, 0, width);
        for (int i = 0; i < argb.length; i++) {
            argb[i] |= 0xFF000000;
        }
        WritableImage image = new WritableImage(width, height);
        image.getPixelWriter().setPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), argb, 0, width);
        return image;
    }
}
