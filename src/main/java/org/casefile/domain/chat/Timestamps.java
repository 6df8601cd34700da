package org.casefile.domain.chat;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds a date, a time, or both at the start or the end of a line, in the shapes chat pages print them. */
final class Timestamps {
    private static final String MONTH = "(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?";
    private static final String TIME = "(\\d{1,2}):(\\d{2})(?::(\\d{2}))?\\s*([ap])\\.?m\\.?";
    private static final String TIME_24 = "(\\d{1,2}):(\\d{2})(?::(\\d{2}))?()";
    private static final String ANY_TIME = "(?:" + TIME + "|" + TIME_24 + ")";
    private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("jan", 1), Map.entry("feb", 2),
            Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7),
            Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11),
            Map.entry("dec", 12));
    /** Date shapes; the group numbers of year, month and day differ, so each has its reader. */
    private static final Pattern ISO = Pattern.compile("(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})");
    private static final Pattern NUMERIC = Pattern.compile("(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4}|\\d{2})");
    private static final Pattern MONTH_DAY = Pattern.compile(MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DAY_MONTH = Pattern.compile("(\\d{1,2})(?:st|nd|rd|th)?\\s+" + MONTH
            + ",?\\s+(\\d{4})", Pattern.CASE_INSENSITIVE);
    private static final Pattern CHINESE = Pattern.compile("(\\d{4})年(\\d{1,2})月(\\d{1,2})日");
    private static final Pattern[] DATES = {ISO, CHINESE, MONTH_DAY, DAY_MONTH, NUMERIC};
    private static final Pattern JOIN = Pattern.compile("^(?:,?\\s*(?:at|um|à|\\s)\\s*|T|\\s+|,\\s*)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern TIME_AT_START = Pattern.compile("^" + ANY_TIME, Pattern.CASE_INSENSITIVE);

    private Timestamps() {
    }

    /** A timestamp found in a line: what it said and where it was, so the rest of the line can be read. */
    record Found(LocalDate date, LocalTime time, int start, int end) {
    }

    /** A date and/or time that begins the line (after optional brackets), or null. */
    static Found atStart(String line, DateOrder order) {
        String trimmed = line.stripLeading();
        int offset = line.length() - trimmed.length() + (trimmed.startsWith("[") ? 1 : 0);
        String text = line.substring(offset);
        for (Pattern pattern : DATES) {
            Matcher date = pattern.matcher(text);
            if (date.lookingAt()) {
                LocalDate day = date(pattern, date, order);
                if (day == null) {
                    return null;
                }
                String after = text.substring(date.end());
                Matcher join = JOIN.matcher(after);
                int joined = join.lookingAt() ? join.end() : 0;
                Matcher time = TIME_AT_START.matcher(after.substring(joined));
                if (time.lookingAt()) {
                    LocalTime clock = time(time);
                    return clock == null ? null : new Found(day, clock, offset,
                            offset + date.end() + joined + time.end());
                }
                return new Found(day, null, offset, offset + date.end());
            }
        }
        Matcher time = TIME_AT_START.matcher(text);
        if (time.lookingAt()) {
            LocalTime clock = time(time);
            return clock == null ? null : new Found(null, clock, offset, offset + time.end());
        }
        return null;
    }

    /** Longer lines are message text, not "name and time" headers; this also bounds the search below. */
    static final int MAX_HEADER_LENGTH = 120;

    /** The longest timestamp that ends the line ("Yunda Digital Store 2026-10-05 14:32"), or null. */
    static Found atEnd(String line, DateOrder order) {
        if (line.length() > MAX_HEADER_LENGTH) {
            return null;
        }
        for (int i = 1; i < line.length(); i++) {
            if (Character.isWhitespace(line.charAt(i - 1)) && !Character.isWhitespace(line.charAt(i))) {
                Found found = atStart(line.substring(i), order);
                if (found != null && i + found.end() == line.length()
                        || found != null && line.substring(i + found.end()).matches("[\\])\\s]*")) {
                    return new Found(found.date(), found.time(), i, line.length());
                }
            }
        }
        return null;
    }

    private static LocalDate date(Pattern pattern, Matcher m, DateOrder order) {
        try {
            if (pattern == ISO || pattern == CHINESE) {
                return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3)));
            }
            if (pattern == MONTH_DAY) {
                return LocalDate.of(Integer.parseInt(m.group(3)), month(m.group(1)), Integer.parseInt(m.group(2)));
            }
            if (pattern == DAY_MONTH) {
                return LocalDate.of(Integer.parseInt(m.group(3)), month(m.group(2)), Integer.parseInt(m.group(1)));
            }
            int first = Integer.parseInt(m.group(1));
            int second = Integer.parseInt(m.group(2));
            int year = Integer.parseInt(m.group(3));
            year = year < 100 ? 2000 + year : year;
            boolean dayFirst = first > 12 || (second <= 12 && order == DateOrder.DAY_FIRST);
            return dayFirst ? LocalDate.of(year, second, first) : LocalDate.of(year, first, second);
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    private static int month(String name) {
        return MONTHS.get(name.substring(0, 3).toLowerCase(Locale.ROOT));
    }

    private static LocalTime time(Matcher m) {
        boolean twelveHour = m.group(1) != null;
        int base = twelveHour ? 1 : 5;
        try {
            int hour = Integer.parseInt(m.group(base));
            int minute = Integer.parseInt(m.group(base + 1));
            int second = m.group(base + 2) == null ? 0 : Integer.parseInt(m.group(base + 2));
            if (twelveHour) {
                if (hour < 1 || hour > 12) {
                    return null;
                }
                boolean pm = m.group(base + 3).equalsIgnoreCase("p");
                hour = hour % 12 + (pm ? 12 : 0);
            }
            return LocalTime.of(hour, minute, second);
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }
}
