package org.casefile.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.casefile.domain.Evidence;
import org.casefile.evidence.EvidenceReader;
import org.casefile.library.Library;
import org.casefile.library.PendingFolders;
import org.casefile.pdfpage.PdfPages;

/**
 * The pictures of evidence that is leaving the library (a packet, a pair picture), each file read once through
 * {@link EvidenceReader} and checked against its recorded SHA-256. A picture Casefile decodes is checked where it is
 * and drawn from there: not copied (40 photos would be 140 MB written to {@code tmp/} and read back); a JPEG passed
 * through is hashed again as the packet reads it, so a file replaced meanwhile fails the export instead of slipping
 * in under the old fingerprint. A HEIC photo or a video is checked and drawn from its display copy; a PDF's first
 * page is rendered from its checked copy. A missing or changed file throws {@link
 * org.casefile.evidence.EvidenceFileException}.
 */
final class CheckedPictures implements AutoCloseable {
    /** A receipt's first page is read, not studied: modest resolution keeps it small. */
    private static final int PDF_DPI = 110;

    private final Library library;
    private final EvidenceService evidence;
    private final Map<Long, Optional<Path>> checked = new HashMap<>();
    private Path work;

    CheckedPictures(EvidenceService evidence) {
        this.library = evidence.library();
        this.evidence = evidence;
    }

    /** The checked picture to draw for {@code item}, empty when it has none; its file is read only the first time. */
    synchronized Optional<Path> picture(Evidence item) {
        Optional<Path> known = checked.get(item.id());
        if (known == null) {
            known = check(item);
            checked.put(item.id(), known);
        }
        return known;
    }

    private Optional<Path> check(Evidence item) {
        Path file = evidence.file(item);
        if (!item.isPdf()) {
            Optional<Path> display = evidence.displayImage(item);
            EvidenceReader.check(file, item); // drawn from itself, or sent as itself and drawn from a display copy
            return display;
        }
        Path copy = work().resolve(item.id() + "-" + file.getFileName());
        EvidenceReader.copyChecked(file, item, copy);
        return PdfPages.firstPageAsPng(copy, work().resolve(item.id() + "-first-page.png"), PDF_DPI);
    }

    private Path work() {
        if (work == null) {
            work = library.tmpFile("export", "");
            try {
                Files.createDirectories(work);
            } catch (IOException e) {
                throw new org.casefile.domain.CasefileException("Casefile could not create " + work + ": "
                        + org.casefile.library.DiskWords.of(e), e);
            }
        }
        return work;
    }

    @Override
    public synchronized void close() {
        if (work != null) {
            try {
                PendingFolders.deleteTree(work);
            } catch (IOException ignored) {
                // in tmp/, removed when the library next opens
            }
        }
    }
}
