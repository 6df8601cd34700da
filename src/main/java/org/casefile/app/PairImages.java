package org.casefile.app;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.casefile.domain.CasefileException;
import org.casefile.domain.Evidence;
import org.casefile.domain.Pair;
import org.casefile.packet.image.ImageJob;
import org.casefile.packet.image.ImagePreparer;
import org.casefile.packet.image.ImageStep;
import org.casefile.packet.image.PreparedImage;
import org.casefile.packet.image.SideBySide;

/**
 * A pair saved as one picture (the listing beside what arrived, with the caption), for dispute forms that take
 * pictures only. Written to a temporary name beside the target and moved into place; no metadata, no GPS.
 */
public final class PairImages {
    private final ClaimService claims;
    private final EvidenceService evidence;
    private final ImagePreparer preparer = new ImagePreparer(1);

    public PairImages(ClaimService claims, EvidenceService evidence) {
        this.claims = claims;
        this.evidence = evidence;
    }

    /** Writes pair {@code pairId} of the case as a JPEG at {@code out}; returns its size in bytes. */
    public long save(long caseId, long pairId, Path out) {
        Pair pair = claims.pairs(caseId).stream().filter(p -> p.id() == pairId).findFirst()
                .orElseThrow(() -> new CasefileException("There is no pair " + pairId + " in case " + caseId + "."));
        List<Evidence> items = evidence.evidence(caseId);
        Evidence listing = find(items, pair.listingId());
        Evidence received = find(items, pair.receivedId());
        Path target = out.toAbsolutePath();
        Path folder = target.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new CasefileException("The folder " + folder + " does not exist; choose where to save the picture.");
        }
        byte[] jpeg;
        // Each picture is read once and checked against its fingerprint: a file changed on disk stops the save.
        try (CheckedPictures checked = new CheckedPictures(evidence)) {
            PreparedImage left = preparer.prepare(job(checked, listing), ImageStep.ORIGINAL);
            PreparedImage right = preparer.prepare(job(checked, received), ImageStep.ORIGINAL);
            // The caption goes to strangers: a card number in it is masked, as in the packet.
            String caption = org.casefile.domain.CardNumbers.of(claims.caseFacts(caseId)).mask(pair.caption());
            jpeg = SideBySide.render(left, right, "Listing", "What arrived", caption, 0);
        } catch (org.casefile.evidence.EvidenceFileException e) {
            throw e.withAdvice("The pair was not saved. Put the original file back (from the phone, the download "
                    + "or a backup), or pair another picture.");
        } catch (IOException e) {
            throw new CasefileException(e.getMessage(), e);
        }
        Path temp = null;
        try {
            temp = org.casefile.library.PartFiles.create(target);
            Files.write(temp, jpeg);
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            temp = null;
            return jpeg.length;
        } catch (IOException e) {
            throw new CasefileException("Could not save the picture as " + target + ": "
                    + org.casefile.library.DiskWords.of(e) + ".", e);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // hidden .part file; nothing more to do
                }
            }
        }
    }

    private static ImageJob job(CheckedPictures checked, Evidence item) {
        // A HEIC photo is drawn from its JPEG display copy, whose orientation the probe recorded.
        Path picture = checked.picture(item).orElseThrow(() -> new CasefileException(item.originalName()
                + " cannot be shown as a picture, so the pair cannot be saved as one."));
        return new ImageJob(picture, item.orientation() == null ? 1 : item.orientation(), 0);
    }

    private static Evidence find(List<Evidence> items, long id) {
        return items.stream().filter(e -> e.id() == id).findFirst()
                .orElseThrow(() -> new CasefileException("Evidence " + id + " of this pair is no longer in the case."));
    }
}
