package org.casefile.pdfpage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one renderer of PDF pages: the packet's PDF exhibits, PDF thumbnails and the export preview all use it. */
class PdfPagesTest {
    private static final Color[] COLOURS = {Color.RED, Color.GREEN, Color.BLUE};

    @TempDir
    Path dir;

    /** Pages of the given widths (points, 400 high), each filled with its own colour. */
    private Path pdf(String name, float... widths) throws IOException {
        Path file = dir.resolve(name);
        try (PDDocument document = new PDDocument()) {
            for (int i = 0; i < widths.length; i++) {
                PDPage page = new PDPage(new PDRectangle(widths[i], 400));
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.setNonStrokingColor(COLOURS[i % COLOURS.length]);
                    content.addRect(0, 0, widths[i], 400);
                    content.fill();
                }
            }
            document.save(file.toFile());
        }
        return file;
    }

    private static Color middle(BufferedImage image) {
        return new Color(image.getRGB(image.getWidth() / 2, image.getHeight() / 2));
    }

    @Test
    void thePreviewShowsEveryPageAtTheResolutionAsked() throws IOException {
        List<BufferedImage> pages = PdfPages.preview(pdf("packet.pdf", 720, 360, 144), 36, () -> false);

        assertThat(pages).extracting(BufferedImage::getWidth).containsExactly(360, 180, 72);
        assertThat(pages).extracting(BufferedImage::getHeight).containsOnly(200);
        assertThat(pages).extracting(PdfPagesTest::middle).containsExactly(COLOURS);
    }

    @Test
    void aCancelledPreviewStopsAtThePageItReached() throws IOException {
        AtomicInteger asked = new AtomicInteger();
        List<BufferedImage> pages = PdfPages.preview(pdf("packet.pdf", 100, 100, 100), 36,
                () -> asked.incrementAndGet() > 2);

        assertThat(pages).hasSize(2);
    }

    @Test
    void aThumbnailIsThePageMadeNarrowEnoughButNeverBlownUp() throws IOException {
        BufferedImage wide = PdfPages.firstPage(pdf("wide.pdf", 612, 144), 153).orElseThrow();
        BufferedImage small = PdfPages.firstPage(pdf("small.pdf", 100), 320).orElseThrow();

        assertThat(wide.getWidth()).isEqualTo(153);
        assertThat(wide.getHeight()).isEqualTo(100);
        assertThat(middle(wide)).isEqualTo(Color.RED);
        assertThat(small.getWidth()).as("72 dpi at most").isEqualTo(100);
    }

    @Test
    void aPdfWithoutPagesHasNoThumbnailAndADamagedOneSaysSo() throws IOException {
        Path empty = pdf("empty.pdf");
        Path damaged = Files.writeString(dir.resolve("damaged.pdf"), "%PDF-1.7\nnot really");

        assertThat(PdfPages.firstPage(empty, 320)).isEmpty();
        assertThatThrownBy(() -> PdfPages.firstPage(damaged, 320)).isInstanceOf(IOException.class);
    }

    @Test
    void thePacketsPictureOfAPdfIsItsFirstPageAsPngOrNothing() throws IOException {
        Path png = dir.resolve("first.png");
        assertThat(PdfPages.firstPageAsPng(pdf("receipt.pdf", 144, 288), png, 72)).contains(png);
        BufferedImage read = ImageIO.read(png.toFile());
        assertThat(read.getWidth()).isEqualTo(144);
        assertThat(middle(read)).isEqualTo(Color.RED);

        Path none = dir.resolve("none.png");
        Path damaged = Files.writeString(dir.resolve("damaged.pdf"), "%PDF-1.7\nnot really");
        assertThat(PdfPages.firstPageAsPng(damaged, none, 72)).isEmpty();
        assertThat(none).doesNotExist();
        assertThat(PdfPages.pageSize(pdf("sized.pdf", 300))).hasValueSatisfying(
                size -> assertThat(size).containsExactly(300, 400));
    }
}
