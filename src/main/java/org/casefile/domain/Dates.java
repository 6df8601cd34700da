package org.casefile.domain;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The one date style of everything written for a reader outside the app (packet, letters, route reasons): "20 Oct
 * 2026", unambiguous in every country. Input and JSON keep ISO dates.
 */
public final class Dates {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private Dates() {
    }

    /** "20 Oct 2026"; an empty string for null. */
    public static String text(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }
}
