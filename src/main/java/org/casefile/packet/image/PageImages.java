package org.casefile.packet.image;

import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Puts prepared images on pages. (Contract skeleton: the images work adds drawing with the EXIF orientation applied
 * through a rotation matrix, so phone photos stand upright without re-encoding.)
 */
public final class PageImages {
    private PageImages() {
    }

    /** Embeds the bytes as they are (JPEG unchanged; PNG through PDFBox's lossless path). */
    public static PDImageXObject embed(PDDocument document, PreparedImage image) throws IOException {
        return image.encoding() == PreparedImage.Encoding.JPEG
                ? JPEGFactory.createFromByteArray(document, image.bytes())
                : PDImageXObject.createFromByteArray(document, image.bytes(), "image.png");
    }

    /**
     * Draws the image as large as fits in the box (points, origin bottom left), centred, upright as its
     * {@code orientation} says; returns the rectangle drawn as {x, y, width, height}.
     */
    public static float[] draw(PDPageContentStream content, PDImageXObject image, int orientation, float x, float y,
                               float width, float height) throws IOException {
        float scale = Math.min(width / image.getWidth(), height / image.getHeight());
        float w = image.getWidth() * scale;
        float h = image.getHeight() * scale;
        float left = x + (width - w) / 2;
        float bottom = y + (height - h) / 2;
        content.drawImage(image, left, bottom, w, h);
        return new float[] {left, bottom, w, h};
    }
}
