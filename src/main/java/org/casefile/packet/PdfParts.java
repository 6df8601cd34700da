package org.casefile.packet;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntFunction;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;

/**
 * Splits a packet into numbered parts that each fit an upload form's size and page limits. Parts break between
 * pages, so each one is a whole PDF that opens and reads on its own, in the packet's order.
 */
public final class PdfParts {
    /** Fonts, page content and structure each part carries besides its pictures. */
    private static final long PART_OVERHEAD = 120_000;

    private PdfParts() {
    }

    /**
     * Writes {@code whole} as parts of at most {@code maxBytes} and {@code maxPages} (0: no page limit) into files
     * named by {@code name} (1, 2, 3…); returns them in order. A single page over the size limit is refused with
     * its number.
     */
    public static List<Path> split(Path whole, long maxBytes, int maxPages, IntFunction<Path> name) {
        try (PDDocument document = Loader.loadPDF(whole.toFile(), IOUtils.createTempFileOnlyStreamCache())) {
            int total = document.getNumberOfPages();
            long[] weights = new long[total];
            for (int i = 0; i < total; i++) {
                weights[i] = pictureBytes(document.getPage(i));
            }
            List<Path> parts = new ArrayList<>();
            int start = 0;
            while (start < total) {
                int end = start;
                long sum = PART_OVERHEAD;
                // Pages by their pictures' weight while the estimate fits; then the real file confirms it.
                while (end < total && (end == start || sum + weights[end] <= maxBytes * 0.95)
                        && (maxPages <= 0 || end - start < maxPages)) {
                    sum += weights[end++];
                }
                Path part = name.apply(parts.size() + 1);
                while (true) {
                    save(document, start, end, part);
                    if (Files.size(part) <= maxBytes) {
                        break;
                    }
                    if (end - start == 1) {
                        long size = Files.size(part);
                        Files.deleteIfExists(part);
                        throw new PacketException("Page " + (start + 1) + " of the packet alone is "
                                + org.casefile.packet.pdf.Texts.size(size) + ", over the " + org.casefile.packet.pdf.Texts.size(maxBytes)
                                + " a file may have. Remove its largest pictures from the case.");
                    }
                    end--;
                }
                parts.add(part);
                start = end;
            }
            return parts;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void save(PDDocument document, int start, int end, Path file) throws IOException {
        try (PDDocument part = new PDDocument(IOUtils.createTempFileOnlyStreamCache())) {
            part.getDocumentInformation().setTitle(document.getDocumentInformation().getTitle());
            for (int i = start; i < end; i++) {
                part.importPage(document.getPage(i));
            }
            part.save(file.toFile());
        }
    }

    /** The stored bytes of the pictures a page draws. */
    private static long pictureBytes(PDPage page) {
        PDResources resources = page.getResources();
        if (resources == null) {
            return 0;
        }
        long sum = 0;
        Set<COSBase> seen = new HashSet<>();
        for (COSName name : resources.getXObjectNames()) {
            COSBase object = resources.getCOSObject().getCOSDictionary(COSName.XOBJECT).getDictionaryObject(name);
            if (object instanceof COSStream stream && seen.add(stream)) {
                sum += stream.getLength();
            }
        }
        return sum;
    }
}
