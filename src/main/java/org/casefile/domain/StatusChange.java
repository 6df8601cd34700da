package org.casefile.domain;

import java.time.LocalDateTime;
import org.casefile.domain.text.Phrase;

/** A status the case entered, when, and the buyer's note about it. */
public record StatusChange(LocalDateTime at, CaseStatus status, String note) {
    /** The longest note kept, typed or brought in a case bundle alike. */
    public static final int MAX_NOTE = 2_000;

    /** The note as kept (blank is none), or a refusal when it is longer than {@link #MAX_NOTE}. */
    public static String checkedNote(String note) {
        if (note == null || note.isBlank()) {
            return null;
        }
        if (note.strip().length() > MAX_NOTE) {
            throw new CasefileException(Phrase.of("StatusChange.noteTooLong", MAX_NOTE));
        }
        return note.strip();
    }
}
