package org.casefile.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.casefile.domain.Evidence;
import org.casefile.domain.RedactionBox;
import org.casefile.packet.CaseSnapshot;
import org.casefile.packet.EvidenceFiles;
import org.casefile.packet.image.Redactor;

/**
 * The picture of each evidence item as it may leave the library (packet pages, pair pictures, upload kits): the photo
 * or screenshot itself, a HEIC photo's display copy, a video's poster frame, a PDF's first page; and, where the buyer
 * hid parts of it, a copy with the boxes burned in. Every evidence file is read once, through {@link CheckedPictures},
 * and checked against its recorded SHA-256 first. Copies are made once, in a scratch folder outside the case
 * folders that {@link #close()} deletes. The EXIF orientation of the item still applies to what is returned.
 */
final class OutgoingPictures implements EvidenceFiles, AutoCloseable {
    private final EvidenceService evidence;
    private final RedactionService frames;
    private final Map<Long, List<RedactionBox>> redactions;
    private final Map<Long, Optional<Path>> made = new HashMap<>();
    private final Map<Long, String> failures = new HashMap<>();
    private final Map<Long, org.casefile.packet.image.PreparedImage> embedded = new HashMap<>();
    /** Every evidence file is read through this once, checked against its recorded SHA-256. */
    private final CheckedPictures checked;
    private Path scratch;

    OutgoingPictures(EvidenceService evidence, RedactionService frames, Map<Long, List<RedactionBox>> redactions) {
        this.evidence = evidence;
        this.frames = frames;
        this.redactions = redactions;
        this.checked = new CheckedPictures(evidence);
    }

    /**
     * Reads and checks every exhibit's file before a page is made: a missing or changed file stops the export
     * here, naming it, rather than leaving a packet whose appendix describes other bytes than it holds. Each photo is
     * scanned for the packet from the bytes the check read ({@link #scans()}).
     */
    void checkAll(CaseSnapshot snapshot, JobProgress progress, java.util.function.BooleanSupplier cancelled) {
        List<Evidence> items = snapshot.exhibits().stream().map(CaseSnapshot.Exhibit::evidence).toList();
        try {
            checked.checkEach(items, i -> progress.update("Checking the evidence files", i, items.size()), cancelled);
        } catch (org.casefile.evidence.EvidenceFileException e) {
            throw e.withAdvice("Nothing was exported. Put the original file back (from the phone, the "
                    + "download or a backup), run verify to see every file, or leave this exhibit out of the "
                    + "packet.");
        }
    }

    /** The JPEGs read by {@link #checkAll}, scanned for the packet, so its preparer does not read them again. */
    Map<Path, org.casefile.packet.image.JpegScan> scans() {
        return checked.scans();
    }

    @Override
    public Optional<Path> picture(CaseSnapshot.Exhibit exhibit) {
        return file(exhibit.evidence());
    }

    /** The picture to send for {@code item}, or empty when there is none (a video without a poster, a bad PDF). */
    Optional<Path> file(Evidence item) {
        List<RedactionBox> boxes = redactions.getOrDefault(item.id(), List.of());
        boolean pdf = item.isPdf();
        if (!pdf && boxes.isEmpty()) {
            return display(item);
        }
        return made.computeIfAbsent(item.id(), id -> pdf ? firstPage(item, boxes) : burned(item, boxes));
    }

    @Override
    public void embedded(CaseSnapshot.Exhibit exhibit, org.casefile.packet.image.PreparedImage image) {
        embedded.put(exhibit.evidence().id(), image);
    }

    /**
     * The item's picture as last embedded in a packet written with these pictures (redactions burned in, upright
     * through its orientation), or empty: a pair picture is made from it without decoding the original again.
     */
    Optional<org.casefile.packet.image.PreparedImage> embeddedImage(Evidence item) {
        return Optional.ofNullable(embedded.get(item.id()));
    }

    /** Why a redacted copy could not be made (such an item is never sent unredacted), or null. */
    String failure(Evidence item) {
        return failures.get(item.id());
    }

    private Optional<Path> firstPage(Evidence item, List<RedactionBox> boxes) {
        // Rendered from the checked copy of the PDF.
        Optional<Path> page = checked.picture(item);
        if (page.isEmpty() || boxes.isEmpty()) {
            return page;
        }
        return burn(item, page.get(), 1, boxes);
    }

    /** The picture to show for the item, from a copy checked against the evidence's fingerprint. */
    private Optional<Path> display(Evidence item) {
        return checked.picture(item).filter(Files::isReadable);
    }

    private Optional<Path> burned(Evidence item, List<RedactionBox> boxes) {
        Optional<Path> display = display(item);
        if (display.isEmpty()) {
            return Optional.empty();
        }
        int orientation = item.uprightOrientation();
        return burn(item, display.get(), orientation, boxes);
    }

    private Optional<Path> burn(Evidence item, Path picture, int orientation, List<RedactionBox> boxes) {
        int[] frame = frames.frame(item).orElse(null);
        if (frame == null) {
            failures.put(item.id(), "its size could not be read to hide the boxes");
            return Optional.empty();
        }
        Path out = scratch(item.id() + "-redacted");
        try {
            Redactor.burn(picture, orientation, boxes, frame[0], frame[1], out);
            return Optional.of(out);
        } catch (IOException | RuntimeException e) {
            // Never the unredacted picture instead: the exhibit becomes a placeholder that says why.
            failures.put(item.id(), "the boxes could not be burned in (" + e.getMessage() + ")");
            return Optional.empty();
        }
    }

    private Path scratch(String name) {
        try {
            if (scratch == null) {
                scratch = Files.createTempDirectory("casefile-outgoing");
            }
            return scratch.resolve(name);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        checked.close();
        if (scratch == null) {
            return;
        }
        try {
            org.casefile.library.PendingFolders.deleteTree(scratch);
        } catch (IOException ignored) {
            // Only copies made for sending live there, in the system's temporary folder.
        }
    }
}
