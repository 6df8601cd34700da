package org.casefile.ui.common;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/** Dates as a person reads them: "6 Dec 2026", "in 9 days". */
public final class Dates {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM uuuu", Locale.UK);
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("d MMM", Locale.UK);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMM uuuu, HH:mm", Locale.UK);

    private Dates() {
    }

    public static String day(LocalDate date) {
        return date == null ? "" : DAY.format(date);
    }

    /** For a tight table cell: "Today", "Tomorrow", "in 6 days" within a week, else "6 Dec" or "14 Jan 2027". */
    public static String due(LocalDate date, LocalDate today) {
        long days = ChronoUnit.DAYS.between(today, date);
        if (days == 0) {
            return "Today";
        }
        if (days == 1) {
            return "Tomorrow";
        }
        if (days > 1 && days <= 7) {
            return "in " + days + " days";
        }
        return date.getYear() == today.getYear() ? SHORT.format(date) : DAY.format(date);
    }

    public static String time(LocalDateTime time) {
        return time == null ? "" : TIME.format(time);
    }

    public static String fromToday(LocalDate date, LocalDate today) {
        long days = ChronoUnit.DAYS.between(today, date);
        if (days == 0) {
            return "today";
        }
        if (days == 1) {
            return "tomorrow";
        }
        if (days > 1 && days < 7) {
            return days + " days";
        }
        if (days == -1) {
            return "yesterday";
        }
        return days > 0 ? days + " days" : Math.abs(days) + " days ago";
    }
}
