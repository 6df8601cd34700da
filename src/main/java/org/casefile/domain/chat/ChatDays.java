package org.casefile.domain.chat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.TemporalAdjusters;

/**
 * What the case knows that a pasted chat's headers leave out, and how the parser dates a header that gives no year
 * or only a weekday. Either day may be unknown (null); a header that needs it is then listed as not understood.
 *
 * @param orderedOn the order's date: a chat about the order is written on or after it
 * @param today     the day the chat is pasted: chat pages name the days of the past week by their weekday
 */
public record ChatDays(LocalDate orderedOn, LocalDate today) {
    /** Nothing known: headers without a year or with only a weekday are not understood. */
    public static final ChatDays NONE = new ChatDays(null, null);

    /** "5 oct.": the first 5 October on or after the order date (a chat about an order comes after it). */
    LocalDate withYear(MonthDay day) {
        if (orderedOn == null) {
            return null;
        }
        for (int year = orderedOn.getYear(); year <= orderedOn.getYear() + 4; year++) {
            if (day.isValidYear(year) && !day.atYear(year).isBefore(orderedOn)) {
                return day.atYear(year);
            }
        }
        return null;
    }

    /**
     * "lundi 14:02": the latest such weekday not after the next date the chat gives in full (or, when none follows,
     * not after today: pages name the past week's days so), and not before the previous message's date (or the order
     * date, before any). When a later date bounds it, that window must hold that weekday once only; otherwise, or when
     * it falls before the previous message, nobody can say which week was meant and the header is not understood.
     */
    LocalDate weekday(DayOfWeek day, LocalDate previous, LocalDate next) {
        LocalDate floor = previous != null ? previous : orderedOn;
        LocalDate bound = next != null ? next : today;
        if (floor == null || bound == null) {
            return null;
        }
        LocalDate latest = bound.with(TemporalAdjusters.previousOrSame(day));
        boolean once = next == null || latest.minusWeeks(1).isBefore(floor);
        return !latest.isBefore(floor) && once ? latest : null;
    }
}
