package org.casefile.app;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.casefile.domain.MediaType;
import org.casefile.domain.UploadDestination;
import org.casefile.domain.UploadDestination.FileType;
import org.casefile.evidence.MediaSniffer;
import org.casefile.packet.PdfFacts;
import org.casefile.packet.pdf.Texts;

/**
 * Checks a kit's files as the destination's form would, after they are written: the type read from the bytes (not
 * the name), the size, a PDF's pages, page size and picture resolution, a picture's pixels and metadata, the name,
 * and the totals. Returns what is wrong, in words for the buyer; nothing when the form takes them all.
 */
final class KitCheck {
    /** Names every form takes: letters, digits, dot, dash, underscore. */
    private static final String PLAIN_NAME = "[A-Za-z0-9][A-Za-z0-9_-]{0,59}";

    private KitCheck() {
    }

    static List<String> problems(Path folder, UploadDestination to, List<KitFile> uploads) {
        List<String> problems = new ArrayList<>();
        long totalBytes = 0;
        int totalPages = 0;
        for (KitFile upload : uploads) {
            Path file = folder.resolve(upload.name());
            try {
                long size = Files.size(file);
                totalBytes += size;
                totalPages += check(file, upload.name(), size, to, problems);
            } catch (IOException e) {
                problems.add(upload.name() + " cannot be read back: " + e.getMessage());
            }
        }
        if (to.maxFiles() > 0 && uploads.size() > to.maxFiles()) {
            problems.add("the kit has " + uploads.size() + " files; " + to.label() + " takes " + to.maxFiles());
        }
        if (to.maxTotalBytes() > 0 && totalBytes > to.maxTotalBytes()) {
            problems.add("the files come to " + Texts.size(totalBytes) + "; " + to.label() + " takes "
                    + Texts.size(to.maxTotalBytes()) + " a case");
        }
        if (to.maxPagesTotal() > 0 && totalPages > to.maxPagesTotal()) {
            problems.add("the files come to " + totalPages + " pages; " + to.label() + " takes "
                    + to.maxPagesTotal());
        }
        return problems;
    }

    /** Checks one file; returns the pages it counts as (a picture is one). */
    private static int check(Path file, String name, long size, UploadDestination to, List<String> problems)
            throws IOException {
        FileType type = typeOf(file);
        if (type == null || !to.accepts().contains(type)) {
            problems.add(name + " is " + (type == null ? "of no type a form takes" : "a " + type + " file") + "; "
                    + to.label() + " takes " + to.accepts());
            return 1;
        }
        if (to.maxFileBytes() > 0 && size > to.maxFileBytes()) {
            problems.add(name + " is " + Texts.size(size) + "; " + to.label() + " takes "
                    + Texts.size(to.maxFileBytes()) + " a file");
        }
        int dot = name.lastIndexOf('.');
        String base = dot < 0 ? name : name.substring(0, dot);
        String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        String pattern = to.namePattern() != null ? to.namePattern() : PLAIN_NAME;
        if (!base.matches(pattern) || !extension.matches("pdf|jpg|jpeg|png|gif|bmp|tif|tiff")) {
            problems.add("the name " + name + " is not one " + to.label() + " takes"
                    + (to.namePattern() != null ? " (at most 16 letters or digits)" : ""));
        }
        if (type == FileType.PDF) {
            PdfFacts facts = PdfFacts.read(file);
            if (to.maxPagesPerFile() > 0 && facts.pages() > to.maxPagesPerFile()) {
                problems.add(name + " has " + facts.pages() + " pages; " + to.label() + " takes "
                        + to.maxPagesPerFile() + " a file");
            }
            if (to.maxDpi() > 0 && facts.maxDpi() > to.maxDpi() + 1) {
                problems.add(name + " has pictures at " + Math.round(facts.maxDpi()) + " dpi; " + to.label()
                        + " takes " + to.maxDpi());
            }
            if (to.maxPageWidthInches() > 0 && (facts.maxWidthInches() > to.maxPageWidthInches() + 0.01
                    || facts.maxHeightInches() > to.maxPageHeightInches() + 0.01)) {
                problems.add(name + " has pages larger than " + to.maxPageWidthInches() + " × "
                        + to.maxPageHeightInches() + " in");
            }
            return facts.pages();
        }
        int[] pixels = RedactionService.pixelSize(file).orElse(null);
        if (pixels == null) {
            problems.add(name + " cannot be decoded as a picture");
        } else if (to.maxPixels() > 0 && (long) pixels[0] * pixels[1] >= to.maxPixels()) {
            problems.add(name + " is " + pixels[0] + " × " + pixels[1] + " pixels; " + to.label() + " takes under "
                    + to.maxPixels() / 1_000_000 + " megapixels");
        }
        if (type == FileType.JPEG && hasExif(file)) {
            problems.add(name + " still carries camera data (EXIF)");
        }
        return 1;
    }

    static FileType typeOf(Path file) throws IOException {
        MediaType media = MediaSniffer.sniff(file);
        if (media == null) {
            return null;
        }
        return switch (media) {
            case PDF -> FileType.PDF;
            case JPEG -> FileType.JPEG;
            case PNG -> FileType.PNG;
            case GIF -> FileType.GIF;
            case BMP -> FileType.BMP;
            case TIFF -> FileType.TIFF;
            default -> null;
        };
    }

    /** Whether a JPEG has an APP1 segment (EXIF or XMP) before its picture data. */
    static boolean hasExif(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(64 * 1024);
            int i = 2;
            while (i + 4 <= head.length && (head[i] & 0xFF) == 0xFF) {
                int marker = head[i + 1] & 0xFF;
                if (marker == 0xE1) {
                    return true;
                }
                if (marker == 0xDA || marker == 0xD9) {
                    return false;
                }
                i += 2 + (((head[i + 2] & 0xFF) << 8) | (head[i + 3] & 0xFF));
            }
            return false;
        }
    }
}
