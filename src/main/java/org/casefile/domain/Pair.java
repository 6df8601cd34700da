package org.casefile.domain;

/**
 * A listing image and a photo of what arrived, shown side by side in the packet: the heart of a
 * "not as described" claim. {@code caption} says what the two show ("Colour: blue advertised, grey received").
 */
public record Pair(long id, long caseId, long listingId, long receivedId, String caption) {
    public static final int MAX_CAPTION = 300;

    public Pair {
        caption = caption == null || caption.isBlank() ? null : caption.strip().replaceAll("\\p{Cntrl}", " ");
        if (caption != null && caption.length() > MAX_CAPTION) {
            throw new CasefileException("Keep a pair's caption under " + MAX_CAPTION + " characters.");
        }
        if (listingId == receivedId) {
            throw new CasefileException("A pair needs two different files: the listing and what arrived.");
        }
    }

    /** The pair of two evidence items, checked: the left one must show the listing and the right one what arrived. */
    public static Pair of(long caseId, Evidence listing, Evidence received, String caption) {
        if (listing.caseId() != caseId || received.caseId() != caseId) {
            throw new CasefileException("Both files of a pair must belong to case " + caseId + ".");
        }
        if (listing.kind() != EvidenceKind.LISTING) {
            throw new CasefileException("Evidence " + listing.id() + " (" + listing.originalName()
                    + ") is not a listing screenshot; change its kind to Listing first.");
        }
        if (!received.kind().showsWhatArrived()) {
            throw new CasefileException("Evidence " + received.id() + " (" + received.originalName()
                    + ") does not show what arrived; pair the listing with a received, damage, packaging or label "
                    + "photo.");
        }
        if (!received.isImage() || !listing.isImage()) {
            throw new CasefileException("A pair shows two pictures side by side; a video or PDF cannot be paired.");
        }
        return new Pair(0, caseId, listing.id(), received.id(), caption);
    }
}
