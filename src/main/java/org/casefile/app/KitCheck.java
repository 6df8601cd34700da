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
import org.casefile.domain.text.Phrase;
import org.casefile.evidence.MediaSniffer;
import org.casefile.packet.PdfFacts;
import org.casefile.packet.pdf.Texts;

/**
 * Checks a kit's files as the destination's form would, after they are written: the type read from the bytes (not
 * the name), the size, a PDF's pages, page size and picture resolution, a picture's pixels and metadata, the name,
 * and the totals. Returns what is wrong, as phrases for the buyer; nothing when the form takes them all.
 */
final class KitCheck {
    /** Names every form takes: letters, digits, dot, dash, underscore. */
    private static final String PLAIN_NAME = "[A-Za-z0-9][A-Za-z0-9_-]{0,59}";

    private KitCheck() {
    }

    static List<Phrase> problems(Path folder, UploadDestination to, List<KitFile> uploads) {
        List<Phrase> problems = new ArrayList<>();
        long totalBytes = 0;
        int totalPages = 0;
        for (KitFile upload : uploads) {
            Path file = folder.resolve(upload.name());
            try {
                long size = Files.size(file);
                totalBytes += size;
                totalPages += check(file, upload.name(), size, to, problems);
            } catch (IOException e) {
                problems.add(Phrase.of("KitCheck.unreadable", upload.name(), String.valueOf(e.getMessage())));
            }
        }
        if (to.maxFiles() > 0 && uploads.size() > to.maxFiles()) {
            problems.add(Phrase.of("KitCheck.tooManyFiles", String.valueOf(uploads.size()), to.phrase(),
                    String.valueOf(to.maxFiles())));
        }
        if (to.maxTotalBytes() > 0 && totalBytes > to.maxTotalBytes()) {
            problems.add(Phrase.of("KitCheck.tooBigInAll", Texts.size(totalBytes), to.phrase(),
                    Texts.size(to.maxTotalBytes())));
        }
        if (to.maxPagesTotal() > 0 && totalPages > to.maxPagesTotal()) {
            problems.add(Phrase.of("KitCheck.tooManyPages", String.valueOf(totalPages), to.phrase(),
                    String.valueOf(to.maxPagesTotal())));
        }
        return problems;
    }

    /** Why a kit is not written: its problems, one after another ("a; b; c" in English). */
    static Phrase refusal(UploadDestination to, List<Phrase> problems) {
        Phrase all = problems.stream().reduce((a, b) -> Phrase.of("Kit.problems.more", a, b)).orElseThrow();
        return Phrase.of("Kit.formWouldRefuse", to.phrase(), all);
    }

    /** Checks one file; returns the pages it counts as (a picture is one). */
    private static int check(Path file, String name, long size, UploadDestination to, List<Phrase> problems)
            throws IOException {
        FileType type = typeOf(file);
        if (type == null || !to.accepts().contains(type)) {
            problems.add(type == null ? Phrase.of("KitCheck.noType", name, to.phrase(), String.valueOf(to.accepts()))
                    : Phrase.of("KitCheck.wrongType", name, String.valueOf(type), to.phrase(),
                    String.valueOf(to.accepts())));
            return 1;
        }
        if (to.maxFileBytes() > 0 && size > to.maxFileBytes()) {
            problems.add(Phrase.of("KitCheck.tooBig", name, Texts.size(size), to.phrase(),
                    Texts.size(to.maxFileBytes())));
        }
        int dot = name.lastIndexOf('.');
        String base = dot < 0 ? name : name.substring(0, dot);
        String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        String pattern = to.namePattern() != null ? to.namePattern() : PLAIN_NAME;
        if (!base.matches(pattern) || !extension.matches("pdf|jpg|jpeg|png|gif|bmp|tif|tiff")) {
            problems.add(Phrase.of(to.namePattern() != null ? "KitCheck.badShortName" : "KitCheck.badName", name,
                    to.phrase()));
        }
        if (type == FileType.PDF) {
            PdfFacts facts = PdfFacts.read(file);
            if (to.maxPagesPerFile() > 0 && facts.pages() > to.maxPagesPerFile()) {
                problems.add(Phrase.of("KitCheck.tooManyPagesInFile", name, String.valueOf(facts.pages()),
                        to.phrase(), String.valueOf(to.maxPagesPerFile())));
            }
            if (to.maxDpi() > 0 && facts.maxDpi() > to.maxDpi() + 1) {
                problems.add(Phrase.of("KitCheck.tooSharp", name, String.valueOf(Math.round(facts.maxDpi())),
                        to.phrase(), String.valueOf(to.maxDpi())));
            }
            if (to.maxPageWidthInches() > 0 && (facts.maxWidthInches() > to.maxPageWidthInches() + 0.01
                    || facts.maxHeightInches() > to.maxPageHeightInches() + 0.01)) {
                problems.add(Phrase.of("KitCheck.pagesTooLarge", name, String.valueOf(to.maxPageWidthInches()),
                        String.valueOf(to.maxPageHeightInches())));
            }
            return facts.pages();
        }
        int[] pixels = RedactionService.pixelSize(file).orElse(null);
        if (pixels == null) {
            problems.add(Phrase.of("KitCheck.notAPicture", name));
        } else if (to.maxPixels() > 0 && (long) pixels[0] * pixels[1] >= to.maxPixels()) {
            problems.add(Phrase.of("KitCheck.tooManyPixels", name, String.valueOf(pixels[0]),
                    String.valueOf(pixels[1]), to.phrase(), String.valueOf(to.maxPixels() / 1_000_000)));
        }
        if (type == FileType.JPEG && hasExif(file)) {
            problems.add(Phrase.of("KitCheck.exif", name));
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
