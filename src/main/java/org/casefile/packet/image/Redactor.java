package org.casefile.packet.image;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.geom.AffineTransform;
import java.awt.geom.NoninvertibleTransformException;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.casefile.domain.RedactionBox;

/**
 * Burns redaction boxes into a copy of a picture: the decoded pixels under each box are replaced by solid black and
 * the picture is encoded again (JPEG from a JPEG, PNG from anything else) with no metadata at all: no EXIF, no
 * thumbnail, nothing of what was under the boxes. The copy keeps the stored orientation of its source, so whoever
 * draws it applies the same EXIF orientation as to the original.
 */
public final class Redactor {
    private static final float JPEG_QUALITY = 0.92f;

    private Redactor() {
    }

    /**
     * Writes {@code out}: {@code picture} (stored with EXIF {@code orientation}) with {@code boxes} filled. The boxes
     * are in pixels of the upright picture as the buyer saw it, {@code frameWidth × frameHeight}; a file of another
     * size (a PDF page rendered at another resolution, a converted copy) has them scaled to it, rounded outwards.
     */
    public static void burn(Path picture, int orientation, List<RedactionBox> boxes, int frameWidth, int frameHeight,
                            Path out) throws IOException {
        Pixels.Decoded decoded = Pixels.decode(picture, 0);
        BufferedImage image = decoded.image();
        fill(image, orientation, boxes, frameWidth, frameHeight);
        boolean jpeg = decoded.format().equals("jpeg") || decoded.format().equals("jpg");
        Files.write(out, jpeg ? Pixels.jpeg(image, JPEG_QUALITY) : Pixels.png(image));
    }

    /** Fills the boxes on the stored pixels of {@code image}. */
    static void fill(BufferedImage image, int orientation, List<RedactionBox> boxes, int frameWidth,
                     int frameHeight) {
        int o = orientation >= 1 && orientation <= 8 ? orientation : 1;
        int w = image.getWidth();
        int h = image.getHeight();
        int uprightWidth = o >= 5 ? h : w;
        int uprightHeight = o >= 5 ? w : h;
        double sx = frameWidth > 0 ? (double) uprightWidth / frameWidth : 1;
        double sy = frameHeight > 0 ? (double) uprightHeight / frameHeight : 1;
        AffineTransform toStored;
        try {
            toStored = Pixels.upright(o, w, h).createInverse();
        } catch (NoninvertibleTransformException e) {
            throw new IllegalStateException(e);
        }
        Graphics2D g = image.createGraphics();
        g.setColor(Color.BLACK);
        for (RedactionBox box : boxes) {
            double x0 = Math.floor(box.x() * sx);
            double y0 = Math.floor(box.y() * sy);
            double x1 = Math.ceil((box.x() + box.w()) * sx);
            double y1 = Math.ceil((box.y() + box.h()) * sy);
            Rectangle2D upright = new Rectangle2D.Double(x0, y0, x1 - x0, y1 - y0);
            Rectangle stored = toStored.createTransformedShape(upright).getBounds();
            g.fill(stored.intersection(new Rectangle(0, 0, w, h)));
        }
        g.dispose();
    }
}
