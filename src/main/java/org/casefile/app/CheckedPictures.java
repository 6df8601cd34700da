package org.casefile.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;
import java.util.function.IntConsumer;
import org.casefile.domain.Evidence;
import org.casefile.domain.MediaType;
import org.casefile.evidence.EvidenceReader;
import org.casefile.library.Library;
import org.casefile.library.PendingFolders;
import org.casefile.packet.image.JpegScan;
import org.casefile.pdfpage.PdfPages;

/**
 * The pictures of evidence that is leaving the library (a packet, a pair picture), each file read once through
 * {@link EvidenceReader} and checked against its recorded SHA-256. A picture Casefile decodes is checked where it is
 * and drawn from there: not copied (40 photos would be 140 MB written to {@code tmp/} and read back); a JPEG passed
 * through is hashed again as the packet reads it, so a file replaced meanwhile fails the export instead of slipping
 * in under the old fingerprint; it is scanned for the packet from the bytes the check read (kept ranges and their
 * hash, see {@link JpegScan}), so the packet does not read it again before the save, or the scan recorded at an
 * earlier export is taken ({@link JpegScanRecords}). A HEIC photo or a video is
 * checked and drawn from its display copy; a PDF's first page is rendered from its checked copy. A missing or
 * changed file throws {@link org.casefile.evidence.EvidenceFileException}.
 */
final class CheckedPictures implements AutoCloseable {
    /** A receipt's first page is read, not studied: modest resolution keeps it small. */
    private static final int PDF_DPI = 110;
    /** A photo larger than this is checked as a stream, not read into memory to be scanned. */
    private static final long MAX_SCANNED = 64L << 20;

    private final Library library;
    private final EvidenceService evidence;
    /** What earlier exports learnt of each photo, so it is not parsed and hashed again. */
    private final JpegScanRecords records;
    private final Map<Long, Optional<Path>> checked = new HashMap<>();
    /** JPEGs read and checked, scanned from the same bytes for the packet (file → scan). */
    private final Map<Path, JpegScan> scans = new ConcurrentHashMap<>();
    private Path work;

    CheckedPictures(EvidenceService evidence) {
        this.library = evidence.library();
        this.evidence = evidence;
        this.records = new JpegScanRecords(library);
    }

    /** The checked picture to draw for {@code item}, empty when it has none; its file is read only the first time. */
    synchronized Optional<Path> picture(Evidence item) {
        Optional<Path> known = checked.get(item.id());
        if (known == null) {
            known = check(item, false);
            checked.put(item.id(), known);
        }
        return known;
    }

    /**
     * Checks {@code items} ahead of their use, the photos on every core and scanned for the packet from the bytes
     * the check read (see {@link #scans()}); the first missing or changed file, in the items' order, throws. Stops
     * early once {@code cancelled}; {@code done} is told how many are checked, in order.
     */
    void checkEach(List<Evidence> items, IntConsumer done, BooleanSupplier cancelled) {
        int threads = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), items.size()));
        ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "evidence-check");
            thread.setDaemon(true);
            return thread;
        });
        List<Future<Optional<Path>>> photos = new ArrayList<>();
        try {
            for (Evidence item : items) {
                // Photos (most of the bytes) in parallel; display copies and PDFs, which write files, one by one;
                // what was checked before (a kit's packet written in parts) is not read again.
                photos.add(isPhoto(item) && !known(item) ? pool.submit(() -> check(item, true)) : null);
            }
            for (int i = 0; i < items.size() && !cancelled.getAsBoolean(); i++) {
                done.accept(i);
                Evidence item = items.get(i);
                if (photos.get(i) == null) {
                    picture(item);
                    continue;
                }
                Optional<Path> picture = await(photos.get(i));
                synchronized (this) {
                    checked.putIfAbsent(item.id(), picture);
                }
            }
        } finally {
            photos.stream().filter(Objects::nonNull).forEach(future -> future.cancel(true));
            pool.shutdownNow();
        }
    }

    private synchronized boolean known(Evidence item) {
        return checked.containsKey(item.id());
    }

    /** The future's value; what it threw is thrown here, as it was (a changed file's exception, named). */
    static <T> T await(Future<T> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new org.casefile.domain.CasefileException("The check of the evidence files was interrupted.", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** JPEGs, shown as themselves: most of a case's bytes, and checked in parallel. */
    private static boolean isPhoto(Evidence item) {
        return item.mediaType() == MediaType.JPEG;
    }

    /** The JPEGs read by this check, for the packet's preparer: it need not read them again. */
    Map<Path, JpegScan> scans() {
        return java.util.Collections.unmodifiableMap(scans);
    }

    /** Checks the item's file; with {@code scan}, a photo is read into memory once and scanned for the packet. */
    private Optional<Path> check(Evidence item, boolean scan) {
        Path file = evidence.file(item);
        if (scan && isPhoto(item) && item.size() <= MAX_SCANNED) {
            byte[] bytes = EvidenceReader.readChecked(file, item);
            try {
                JpegScan scanned = records.scan(file, item, bytes);
                if (scanned != null) {
                    scans.put(file, scanned);
                }
            } catch (IOException e) {
                // A broken JPEG: the preparer reads it again and says what is wrong on its exhibit's page.
            }
            return evidence.displayImage(item);
        }
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
                throw new org.casefile.domain.CasefileException(org.casefile.domain.text.Phrase.of(
                        "Error.cannotCreate", work.toString(), org.casefile.library.DiskWords.phrase(e)), e);
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
