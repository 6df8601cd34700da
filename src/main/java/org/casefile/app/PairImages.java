package org.casefile.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.casefile.domain.CasefileException;
import org.casefile.domain.Evidence;
import org.casefile.domain.EvidenceKind;
import org.casefile.domain.Pair;
import org.casefile.domain.text.Phrase;
import org.casefile.library.PartFiles;
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
    private final ExportService exports;
    private final ImagePreparer preparer = new ImagePreparer(1);

    public PairImages(ClaimService claims, EvidenceService evidence, ExportService exports) {
        this.claims = claims;
        this.evidence = evidence;
        this.exports = exports;
    }

    /** Writes pair {@code pairId} of the case as a JPEG at {@code out}; returns its size in bytes. */
    public long save(long caseId, long pairId, Path out) {
        Pair pair = claims.pairs(caseId).stream().filter(p -> p.id() == pairId).findFirst()
                .orElseThrow(() -> NotFound.pair(caseId, pairId));
        List<Evidence> items = evidence.evidence(caseId);
        Evidence listing = find(items, pair.listingId());
        Evidence received = find(items, pair.receivedId());
        Path target = out.toAbsolutePath();
        Path folder = target.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new CasefileException(Phrase.of("Pair.noFolder", String.valueOf(folder)));
        }
        byte[] jpeg;
        // Each picture is read once and checked against its fingerprint: a file changed on disk stops the save.
        try (OutgoingPictures pictures = exports.outgoing(caseId)) {
            jpeg = render(pair, listing, received, pictures, ImageStep.ORIGINAL, 0);
        } catch (org.casefile.evidence.EvidenceFileException e) {
            throw e.withAdvice("The pair was not saved. Put the original file back (from the phone, the download "
                    + "or a backup), or pair another picture.");
        }
        Path temp = null;
        try {
            temp = PartFiles.create(target);
            Files.write(temp, jpeg);
            PartFiles.moveIntoPlace(temp, target);
            temp = null;
            return jpeg.length;
        } catch (IOException e) {
            throw new CasefileException(Phrase.of("Pair.cannotSave", target.toString(),
                    org.casefile.library.DiskWords.phrase(e)), e);
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

    /**
     * The pair as one JPEG, its pictures as they may leave the library (checked against their fingerprints,
     * redactions burned in) at {@code step}, at most {@code maxWidth} pixels wide (0 for the usual 2,400).
     */
    byte[] render(Pair pair, Evidence listing, Evidence received, OutgoingPictures pictures, ImageStep step,
                  int maxWidth) {
        return render(pair, listing, received, pictures, step, maxWidth, EvidenceKind.LISTING.label(),
                EvidenceKind.RECEIVED.label());
    }

    /** As above, the two pictures headed {@code listingWord} and {@code receivedWord} (a kit in another language). */
    byte[] render(Pair pair, Evidence listing, Evidence received, OutgoingPictures pictures, ImageStep step,
                  int maxWidth, String listingWord, String receivedWord) {
        try {
            // As embedded in the packet just written, when there is one: no second decode of the originals.
            PreparedImage left = pictures.embeddedImage(listing).orElse(null);
            PreparedImage right = pictures.embeddedImage(received).orElse(null);
            left = left != null ? left : preparer.prepare(job(listing, pictures), step);
            right = right != null ? right : preparer.prepare(job(received, pictures), step);
            // The caption goes to strangers: a card number in it is masked, as in the packet.
            String caption = org.casefile.domain.CardNumbers.of(claims.caseFacts(pair.caseId())).mask(pair.caption());
            return SideBySide.render(left, right, listingWord, receivedWord, caption, maxWidth,
                    BundledFonts::cjkFile);
        } catch (IOException e) {
            throw new CasefileException(e.getMessage(), e);
        }
    }

    private static ImageJob job(Evidence item, OutgoingPictures pictures) {
        // A HEIC photo is drawn from its JPEG display copy, whose orientation the probe recorded.
        Path picture = pictures.file(item).orElseThrow(() -> new CasefileException(item.originalName()
                + (pictures.failure(item) != null ? " cannot be sent: " + pictures.failure(item)
                : " cannot be shown as a picture") + ", so the pair cannot be saved as one."));
        return new ImageJob(picture, item.uprightOrientation(), 0);
    }

    private static Evidence find(List<Evidence> items, long id) {
        return items.stream().filter(e -> e.id() == id).findFirst()
                .orElseThrow(() -> new CasefileException(Phrase.of("Pair.evidenceGone", String.valueOf(id))));
    }
}
