package org.casefile.domain;

/** One place a search found its words: which case, which field, and the text around the match in [brackets]. */
public record SearchHit(long caseId, String field, String snippet) {
}
