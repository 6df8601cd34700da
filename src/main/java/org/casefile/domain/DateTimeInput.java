package org.casefile.domain;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import org.casefile.domain.text.Phrase;

/** Reads a time as people write it in a command: "2026-10-01 14:30", "2026-10-01T14:30:00" or a date alone. */
public final class DateTimeInput {
    private DateTimeInput() {
    }

    public static LocalDateTime parse(String text) {
        String input = text == null ? "" : text.strip();
        try {
            if (input.length() == 10) {
                return LocalDate.parse(input).atStartOfDay();
            }
            return LocalDateTime.parse(input.replace(' ', 'T'));
        } catch (DateTimeParseException e) {
            throw new CasefileException(Phrase.of("DateTimeInput.notADateTime", input));
        }
    }
}
