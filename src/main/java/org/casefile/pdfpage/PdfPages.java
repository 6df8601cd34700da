package org.casefile.pdfpage;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.ToDoubleFunction;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * The one place PDF pages become pictures: a PDF exhibit's first page in the packet, its thumbnail in the grid, and
 * the export window's preview of a whole packet. A package of its own below both the import pipeline and the packet
 * (the packet reads pictures through {@code evidence}, so the importer cannot call into {@code packet}).
 */
public final class PdfPages {
    private static final float POINTS_AN_INCH = 72f;

    private PdfPages() {
    }

    /** Every page at {@code dpi}, small and fast (a preview): stops early when {@code cancelled} says so. */
    public static List<BufferedImage> preview(Path pdf, float dpi, BooleanSupplier cancelled) throws IOException {
        return render(pdf, Integer.MAX_VALUE, page -> dpi, true, cancelled);
    }

    /** The first page no wider than {@code widest} pixels (a thumbnail); empty when the PDF has no pages. */
    public static Optional<BufferedImage> firstPage(Path pdf, int widest) throws IOException {
        return render(pdf, 1, page -> POINTS_AN_INCH * Math.min(1f, widest / page.getMediaBox().getWidth()), true,
                () -> false).stream().findFirst();
    }

    /** Renders page one at {@code dpi} into {@code png}; empty when the PDF cannot be read (it is then described). */
    public static Optional<Path> firstPageAsPng(Path pdf, Path png, int dpi) {
        try {
            Optional<BufferedImage> page = render(pdf, 1, p -> dpi, false, () -> false).stream().findFirst();
            if (page.isEmpty()) {
                return Optional.empty();
            }
            ImageIO.write(page.get(), "png", png.toFile());
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
        try (PDDocument document = open(pdf)) {
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

    /**
     * Renders up to {@code most} pages in RGB. {@code draft} lets PDFBox decode large photos subsampled: a
     * 12-megapixel photo drawn 2 cm wide in a preview needs a tiny fraction of its pixels; the packet wants them all.
     */
    private static List<BufferedImage> render(Path pdf, int most, ToDoubleFunction<PDPage> dpi, boolean draft,
                                              BooleanSupplier cancelled) throws IOException {
        List<BufferedImage> pages = new ArrayList<>();
        try (PDDocument document = open(pdf)) {
            PDFRenderer renderer = new PDFRenderer(document);
            renderer.setSubsamplingAllowed(draft);
            int count = Math.min(most, document.getNumberOfPages());
            for (int i = 0; i < count && !cancelled.getAsBoolean(); i++) {
                float pageDpi = (float) dpi.applyAsDouble(document.getPage(i));
                pages.add(renderer.renderImageWithDPI(i, pageDpi, ImageType.RGB));
            }
        }
        return pages;
    }

    /** Opened with a temporary-file cache: a packet of photos is too big to hold in the heap. */
    private static PDDocument open(Path pdf) throws IOException {
        return Loader.loadPDF(pdf.toFile(), IOUtils.createTempFileOnlyStreamCache());
    }
}
