package org.casefile.packet.image;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.io.RandomAccessReadView;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.graphics.color.PDColorSpace;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceGray;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceRGB;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.util.Matrix;

/**
 * Puts prepared images on pages. The EXIF orientation is applied by the drawing matrix (a quarter turn, half turn
 * or mirror), so phone photos stand upright without being re-encoded.
 */
public final class PageImages {
    private PageImages() {
    }

    /**
     * Embeds the bytes as they are: a JPEG becomes a DCTDecode stream of exactly these bytes (its header read here,
     * no decoding); a PNG goes through PDFBox's PNG path, which copies the compressed data of the plain RGB PNGs the
     * preparer writes.
     */
    public static PDImageXObject embed(PDDocument document, PreparedImage image) throws IOException {
        if (image.encoding() == PreparedImage.Encoding.PNG) {
            return PDImageXObject.createFromByteArray(document, image.bytes(), "image.png");
        }
        if (image.source() != null) {
            return spliced(image);
        }
        JpegStream jpeg = JpegStream.parse(image.bytes());
        PDColorSpace space = jpeg.components == 1 ? PDDeviceGray.INSTANCE : PDDeviceRGB.INSTANCE;
        return new PDImageXObject(document, new ByteArrayInputStream(image.bytes()), COSName.DCT_DECODE,
                jpeg.width, jpeg.height, 8, space);
    }

    /**
     * A JPEG passed through, embedded as a stream read from the evidence file's kept ranges when the document is
     * saved: no copy in memory, none in PDFBox's scratch file.
     */
    private static PDImageXObject spliced(PreparedImage image) throws IOException {
        SplicedFile source = image.source().copy();
        COSStream stream = new COSStream(null, new RandomAccessReadView(source, 0, source.size(), true));
        stream.setItem(COSName.FILTER, COSName.DCT_DECODE);
        PDImageXObject xobject = new PDImageXObject(new PDStream(stream), null);
        xobject.setWidth(image.pixelWidth());
        xobject.setHeight(image.pixelHeight());
        xobject.setBitsPerComponent(8);
        xobject.setColorSpace(source.components == 1 ? PDDeviceGray.INSTANCE : PDDeviceRGB.INSTANCE);
        return xobject;
    }

    /**
     * Draws the image as large as fits in the box (points, origin bottom left), centred, upright as its
     * {@code orientation} says; returns the rectangle drawn as {x, y, width, height} (upright).
     */
    public static float[] draw(PDPageContentStream content, PDImageXObject image, int orientation, float x, float y,
                               float width, float height) throws IOException {
        int o = orientation >= 1 && orientation <= 8 ? orientation : 1;
        boolean turned = o >= 5;
        float uprightWidth = turned ? image.getHeight() : image.getWidth();
        float uprightHeight = turned ? image.getWidth() : image.getHeight();
        float scale = Math.min(width / uprightWidth, height / uprightHeight);
        float w = uprightWidth * scale;
        float h = uprightHeight * scale;
        float left = x + (width - w) / 2;
        float bottom = y + (height - h) / 2;
        content.drawImage(image, placement(o, left, bottom, w, h));
        return new float[] {left, bottom, w, h};
    }

    /**
     * The matrix taking the image's unit square (u along the stored columns, v up from the stored bottom row) to the
     * upright rectangle. Orientation 6, for example, shows the stored top row as the right-hand column.
     */
    static Matrix placement(int orientation, float left, float bottom, float w, float h) {
        return switch (orientation) {
            case 2 -> new Matrix(-w, 0, 0, h, left + w, bottom);
            case 3 -> new Matrix(-w, 0, 0, -h, left + w, bottom + h);
            case 4 -> new Matrix(w, 0, 0, -h, left, bottom + h);
            case 5 -> new Matrix(0, -h, -w, 0, left + w, bottom + h);
            case 6 -> new Matrix(0, -h, w, 0, left, bottom + h);
            case 7 -> new Matrix(0, h, w, 0, left, bottom);
            case 8 -> new Matrix(0, h, -w, 0, left + w, bottom);
            default -> new Matrix(w, 0, 0, h, left, bottom);
        };
    }
}
