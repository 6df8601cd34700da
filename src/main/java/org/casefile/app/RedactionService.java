package org.casefile.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.casefile.domain.CasefileException;
import org.casefile.domain.Evidence;
import org.casefile.domain.RedactionBox;
import org.casefile.library.Library;
import org.casefile.pdfpage.PdfPages;

/**
 * The boxes a buyer hides on an evidence picture (an address, a phone number, a card) before it is sent. Only the
 * boxes are stored; the original file is never touched, and every copy that leaves the library has them burned in.
 */
public final class RedactionService {
    private final Library library;
    private final EvidenceService evidence;

    public RedactionService(Library library, EvidenceService evidence) {
        this.library = library;
        this.evidence = evidence;
    }

    /** The boxes on one item, in the order drawn. */
    public List<RedactionBox> boxes(long caseId, long evidenceId) {
        return library.database().read(session -> session.evidence().redactions(caseId))
                .getOrDefault(evidenceId, List.of());
    }

    /**
     * Replaces the boxes on one item (an empty list clears them), after checking each lies within the upright
     * picture; nothing is stored when one does not.
     */
    public void set(long caseId, long evidenceId, List<RedactionBox> boxes) {
        Evidence item = library.database().read(session -> session.evidence().find(caseId, evidenceId))
                .orElseThrow(() -> NotFound.evidence(caseId, evidenceId));
        List<RedactionBox> checked = boxes;
        if (!boxes.isEmpty()) {
            int[] frame = frame(item).orElseThrow(() -> new CasefileException(item.originalName() + " is "
                    + (item.isVideo() ? "a video" : "not a picture Casefile can show")
                    + ", so parts of it cannot be hidden. Remove it from the case if it shows personal details."));
            checked = RedactionBox.within(boxes, frame[0], frame[1]);
        }
        List<RedactionBox> toStore = checked;
        library.database().write(session -> {
            session.evidence().setRedactions(caseId, evidenceId, toStore);
            return null;
        });
    }

    /**
     * The upright size in pixels the boxes are drawn in: the picture as it stands (EXIF orientation applied), a
     * HEIC photo's display copy, a PDF's first page in points; empty for a video or a file with no picture.
     */
    public Optional<int[]> frame(Evidence item) {
        if (item.isVideo()) {
            return Optional.empty();
        }
        if (item.isPdf()) {
            return PdfPages.pageSize(evidence.file(item));
        }
        Integer w = item.width();
        Integer h = item.height();
        if (w == null || h == null || w <= 0 || h <= 0) {
            Optional<int[]> read = evidence.displayImage(item).flatMap(RedactionService::pixelSize);
            if (read.isEmpty()) {
                return Optional.empty();
            }
            w = read.get()[0];
            h = read.get()[1];
        }
        boolean turned = item.uprightOrientation() >= 5;
        return Optional.of(turned ? new int[] {h, w} : new int[] {w, h});
    }

    /** A picture's stored width and height, read from its header only; empty when it is no picture. */
    static Optional<int[]> pixelSize(Path picture) {
        try (ImageInputStream in = ImageIO.createImageInputStream(picture.toFile())) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                return Optional.empty();
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                return Optional.of(new int[] {reader.getWidth(0), reader.getHeight(0)});
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
