package org.casefile.domain;

import java.time.LocalDateTime;

/** One message of the seller conversation; {@code promise} marks what the seller promised. */
public record Message(long id, long caseId, LocalDateTime at, Author author, String authorName, String channel,
                      String text, boolean promise) {
}
