package org.casefile.domain;

import java.time.LocalDateTime;

/** One problem order and its dispute, as stored. {@code folder} is relative to the library. */
public record Case(long id, CaseFacts facts, CaseStatus status, Outcome outcome, String folder,
                   LocalDateTime createdAt) {
}
