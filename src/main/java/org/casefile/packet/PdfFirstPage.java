package org.casefile.packet;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/** The first page of a PDF exhibit (a receipt, an order confirmation) as a picture for the packet. */
public final class PdfFirstPage {
    private PdfFirstPage() {
    }

    /** Renders page one at {@code dpi} into {@code png}; empty when the PDF cannot be read (it is then described). */
    public static Optional<Path> render(Path pdf, Path png, int dpi) {
        try (PDDocument document = Loader.loadPDF(pdf.toFile(), IOUtils.createTempFileOnlyStreamCache())) {
            if (document.getNumberOfPages() == 0) {
                return Optional.empty();
            }
            BufferedImage image = new PDFRenderer(document).renderImageWithDPI(0, dpi, ImageType.RGB);
            ImageIO.write(image, "png", png.toFile());
            return Optional.of(png);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * The first page's size in points, upright (its /Rotate applied): the frame redaction boxes on a PDF are drawn
     * in, one pixel a point. Empty when the PDF cannot be read.
     */
    public static Optional<int[]> pageSize(Path pdf) {
        try (PDDocument document = Loader.loadPDF(pdf.toFile(), IOUtils.createTempFileOnlyStreamCache())) {
            if (document.getNumberOfPages() == 0) {
                return Optional.empty();
            }
            var page = document.getPage(0);
            var box = page.getCropBox();
            boolean turned = page.getRotation() % 180 != 0;
            int w = Math.round(box.getWidth());
            int h = Math.round(box.getHeight());
            return Optional.of(turned ? new int[] {h, w} : new int[] {w, h});
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
