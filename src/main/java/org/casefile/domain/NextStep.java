package org.casefile.domain;

import java.time.LocalDate;

/** What the buyer should do next on a case, and by when (null when there is no date to meet). */
public record NextStep(String action, LocalDate by) {
}
