package org.casefile.packet;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.util.Matrix;

/**
 * What an upload form checks in a PDF, read back from the file: pages, the largest page, and the highest resolution
 * any picture is drawn at (its pixels over the inches it covers on the page).
 */
public record PdfFacts(int pages, float maxWidthInches, float maxHeightInches, float maxDpi) {

    /** Reads {@code pdf}; an IOException when it is not a PDF anyone could open. */
    public static PdfFacts read(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile(), IOUtils.createTempFileOnlyStreamCache())) {
            float width = 0;
            float height = 0;
            float dpi = 0;
            for (PDPage page : document.getPages()) {
                PDRectangle box = page.getMediaBox();
                width = Math.max(width, box.getWidth() / 72f);
                height = Math.max(height, box.getHeight() / 72f);
                Resolutions resolutions = new Resolutions(page);
                resolutions.processPage(page);
                dpi = Math.max(dpi, resolutions.max);
            }
            return new PdfFacts(document.getNumberOfPages(), width, height, dpi);
        }
    }

    /** Walks a page's drawing and notes the resolution of each picture as drawn. */
    private static final class Resolutions extends PDFGraphicsStreamEngine {
        float max;

        Resolutions(PDPage page) {
            super(page);
        }

        @Override
        public void drawImage(PDImage image) {
            Matrix m = getGraphicsState().getCurrentTransformationMatrix();
            // The unit square drawn through the matrix: its sides' lengths are the picture's size in points.
            double across = Math.hypot(m.getValue(0, 0), m.getValue(0, 1));
            double down = Math.hypot(m.getValue(1, 0), m.getValue(1, 1));
            if (across > 0 && down > 0) {
                max = (float) Math.max(max, Math.max(image.getWidth() / (across / 72), image.getHeight() / (down / 72)));
            }
        }

        @Override
        public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
        }

        @Override
        public void clip(int windingRule) {
        }

        @Override
        public void moveTo(float x, float y) {
        }

        @Override
        public void lineTo(float x, float y) {
        }

        @Override
        public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
        }

        @Override
        public Point2D getCurrentPoint() {
            return new Point2D.Float();
        }

        @Override
        public void closePath() {
        }

        @Override
        public void endPath() {
        }

        @Override
        public void strokePath() {
        }

        @Override
        public void fillPath(int windingRule) {
        }

        @Override
        public void fillAndStrokePath(int windingRule) {
        }

        @Override
        public void shadingFill(org.apache.pdfbox.cos.COSName shadingName) {
        }
    }
}
