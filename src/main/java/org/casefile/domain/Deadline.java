package org.casefile.domain;

import java.time.LocalDate;

/** A date that matters for one case; {@code done} once the step it guards has been taken. */
public record Deadline(DeadlineKind kind, LocalDate date, boolean done) {
}
