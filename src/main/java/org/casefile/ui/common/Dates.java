package org.casefile.ui.common;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/** Dates as a person reads them in the window's language: "6 Dec 2026", "in 9 days", "2026. 12. 6.". */
public final class Dates {
    private Dates() {
    }

    public static String day(LocalDate date) {
        return Words.date(date);
    }

    /** For a tight table cell: "Today", "Tomorrow", "in 6 days" within a week, else "6 Dec" or "14 Jan 2027". */
    public static String due(LocalDate date, LocalDate today) {
        long days = ChronoUnit.DAYS.between(today, date);
        if (days >= 0 && days <= 7) {
            return Words.get("dates.due", days);
        }
        if (date.getYear() != today.getYear()) {
            return Words.date(date);
        }
        return DateTimeFormatter.ofPattern(Words.get("dates.dayMonthPattern"), Words.language().locale())
                .format(date);
    }

    public static String time(LocalDateTime time) {
        return Words.dateTime(time);
    }

    /** "today", "tomorrow", "5 days", "yesterday", "3 days ago": how far a date is from today. */
    public static String fromToday(LocalDate date, LocalDate today) {
        long days = ChronoUnit.DAYS.between(today, date);
        return days >= 0 ? Words.get("dates.inDays", days) : Words.get("dates.daysAgo", -days);
    }
}
