package org.casefile.app;

import java.time.LocalDateTime;

/** One line of a case's story: a status change, a message, an offer, an import. */
public record TimelineEntry(LocalDateTime at, String type, String text) {
}
