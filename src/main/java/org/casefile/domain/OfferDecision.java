package org.casefile.domain;

/** What the buyer did with a seller's offer. */
public enum OfferDecision implements Choice {
    OPEN,
    ACCEPTED,
    REJECTED;

}
