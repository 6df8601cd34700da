package org.casefile.domain;

import java.time.LocalDate;

/** What the buyer should do next on a case, by when (null when there is no date to meet), and the rule's source. */
public record NextStep(String action, LocalDate by, RuleSource source) {
}
