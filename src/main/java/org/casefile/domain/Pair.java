package org.casefile.domain;

import org.casefile.domain.text.Phrase;

/**
 * A listing image and a photo of what arrived, shown side by side in the packet: the heart of a
 * "not as described" claim. {@code caption} says what the two show ("Colour: blue advertised, grey received").
 */
public record Pair(long id, long caseId, long listingId, long receivedId, String caption) {
    public static final int MAX_CAPTION = 300;

    public Pair {
        caption = caption == null || caption.isBlank() ? null : caption.strip().replaceAll("\\p{Cntrl}", " ");
        if (caption != null && caption.length() > MAX_CAPTION) {
            throw new CasefileException(Phrase.of("Pair.captionTooLong", MAX_CAPTION));
        }
        if (listingId == receivedId) {
            throw new CasefileException(Phrase.of("Pair.sameFile"));
        }
    }

    /** The pair of two evidence items, checked: the left one must show the listing and the right one what arrived. */
    public static Pair of(long caseId, Evidence listing, Evidence received, String caption) {
        if (listing.caseId() != caseId || received.caseId() != caseId) {
            throw new CasefileException(Phrase.of("Pair.otherCase", caseId));
        }
        if (listing.kind() != EvidenceKind.LISTING) {
            throw new CasefileException(Phrase.of("Pair.notAListing", listing.id(), listing.originalName()));
        }
        if (!received.kind().showsWhatArrived()) {
            throw new CasefileException(Phrase.of("Pair.notWhatArrived", received.id(), received.originalName()));
        }
        if (!received.isImage() || !listing.isImage()) {
            throw new CasefileException(Phrase.of("Pair.notPictures"));
        }
        return new Pair(0, caseId, listing.id(), received.id(), caption);
    }
}
