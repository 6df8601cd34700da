package org.casefile.packet.pdf;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates, times and sizes as the packet prints them: unambiguous in every country ("26 Nov 2026"). */
public final class Texts {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH);

    private Texts() {
    }

    public static String date(LocalDate date) {
        return org.casefile.domain.Dates.text(date);
    }

    public static String time(LocalDateTime time) {
        return time == null ? "" : TIME.format(time);
    }

    public static String size(long bytes) {
        if (bytes < 1_000) {
            return bytes + " bytes";
        }
        if (bytes < 1_000_000) {
            return String.format(Locale.ROOT, "%.0f KB", bytes / 1_000.0);
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1_000_000.0);
    }

    public static String duration(long seconds) {
        return seconds <= 0 ? "" : String.format(Locale.ROOT, "%d:%02d", seconds / 60, seconds % 60);
    }

    public static String orBlank(Object value, String blank) {
        return value == null || value.toString().isBlank() ? blank : value.toString();
    }
}
