package org.casefile.domain;

import java.time.LocalDateTime;

/** A status the case entered, when, and the buyer's note about it. */
public record StatusChange(LocalDateTime at, CaseStatus status, String note) {
}
