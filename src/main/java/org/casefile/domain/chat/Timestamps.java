package org.casefile.domain.chat;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a date, a time, or both at the start or the end of a line, in the shapes chat pages print them in the
 * buyers' languages: "2026-10-05 14:32", "Oct 5, 2026, 2:32 PM", "5 oct. 2026 à 14 h 05", "05.10.2026, 14:05",
 * "5 de outubro de 2026 15:05", "2026. 10. 5. 오후 3:05", "2026년 10월 5일 월요일", "2026年10月5日 下午3:05". Lines are
 * read folded (see {@link CalendarWords#fold}), so every position found is a position in the line as pasted.
 */
final class Timestamps {
    private static final String PERIOD = CalendarWords.PERIOD;
    /** Year first: ISO, Korean "2026. 10. 5." and "2026년 10월 5일", Chinese "2026年10月5日". */
    private static final Pattern YEAR_FIRST = Pattern.compile("(\\d{4})\\s?(?:[-/.]|년|年)\\s?(\\d{1,2})\\s?"
            + "(?:[-/.]|월|月)\\s?(\\d{1,2})(?!\\d)(?:\\s?(?:\\.|일|日|号))?");
    private static final Pattern DAY_WORD_YEAR = Pattern.compile("(\\d{1,2})(?:st|nd|rd|th|er|º|°|\\.)?\\s+"
            + "(?:de\\s+)?(\\p{L}+)\\.?,?\\s+(?:de\\s+)?(\\d{4})(?!\\d)");
    private static final Pattern WORD_DAY_YEAR = Pattern.compile("(\\p{L}+)\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+"
            + "(\\d{4})(?!\\d)");
    private static final Pattern NUMERIC = Pattern.compile("(\\d{1,2})\\s?([/.-])\\s?(\\d{1,2})\\s?\\2\\s?"
            + "(\\d{4}|\\d{2})(?!\\d)");
    private static final Pattern[] DATES = {YEAR_FIRST, DAY_WORD_YEAR, WORD_DAY_YEAR, NUMERIC};
    /** A month and day without a year: "5 oct.", "Oct 5,", "10월 5일", "10月5日". */
    private static final Pattern DAY_WORD = Pattern.compile("(\\d{1,2})(?:st|nd|rd|th|er|º|°|\\.)?\\s+(?:de\\s+)?"
            + "(\\p{L}+)\\.?,?");
    private static final Pattern WORD_DAY = Pattern.compile("(\\p{L}+)\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?(?!\\d),?");
    private static final Pattern MONTH_DAY = Pattern.compile("(\\d{1,2})\\s?[월月]\\s?(\\d{1,2})\\s?[일日号]");
    /** What may stand between a date and its time: "T", ", ", " à ", " um ", " a las ", " às ". */
    private static final Pattern JOIN = Pattern.compile("t(?=\\d)|\\s*,?\\s*(?:(?:a las|a la|at|as|um|a|kl\\.?|alle)"
            + "\\s+)?");
    /** "14:32", "2:32:10 PM", "오후 3:05", "下午3:05", "14 h 05", "14h05", "3시 5분". */
    private static final Pattern CLOCK = Pattern.compile("(?:(" + PERIOD + ")\\s?)?((\\d{1,2})(?:\\s?:\\s?|\\s?h\\s?"
            + "|\\s?[시点點]\\s?)(\\d{2}|\\d(?=\\s?[분分]))(?:\\s?[분分])?(?::(\\d{2}))?(?:\\s?초)?)(?:\\s?(" + PERIOD
            + ")(?![\\p{L}\\p{N}]))?");
    private static final Pattern WORD = Pattern.compile("(\\p{L}+(?:-\\p{L}+)?)\\.?,?\\s*");
    private static final Pattern WEEKDAY_AFTER = Pattern.compile("\\s*,?\\s*\\(?(\\p{L}+)\\.?\\)?");
    /** The start of something that can only be a date or a time: three numbers, a clock, a CJK date. */
    private static final Pattern DATE_LIKE = Pattern.compile("\\d{1,4}\\s?(?:[-/.]|년|年)\\s?\\d{1,2}\\s?"
            + "(?:[-/.]|월|月)\\s?\\d{1,4}|\\d{1,2}\\s?(?:[:시点]\\s?|h)\\d{2}|\\d{1,2}\\s?[월月]\\s?\\d{1,2}\\s?[일日]"
            + "|(?:" + PERIOD + ")\\s?\\d{1,2}\\s?[:시点]");
    private static final Pattern DAY_THEN_WORD = Pattern.compile("\\d{1,2}(?:st|nd|rd|th|er|\\.)?\\s+(?:de\\s+)?"
            + "(\\p{L}+)\\.?(?:\\s*$|[,\\s]+(?:de\\s+)?\\d)");
    private static final Pattern WORD_THEN_DAY = Pattern.compile("(\\p{L}+)\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?"
            + "(?:\\s*$|,?\\s+\\d)");

    private Timestamps() {
    }

    /**
     * A timestamp found in a line: what it said and where it was, so the rest of the line can be read. A header
     * without a year gives its {@code monthDay}, one with only a weekday its {@code weekday}; the parser dates them.
     */
    record Found(LocalDate date, LocalTime time, MonthDay monthDay, DayOfWeek weekday, int start, int end) {
        Found(LocalDate date, LocalTime time, int start, int end) {
            this(date, time, null, null, start, end);
        }

        /** A month and day, or a weekday, still to be given its year or its week. */
        boolean partial() {
            return date == null && (monthDay != null || weekday != null);
        }
    }

    /** A date and/or time that begins the line (after optional brackets and a weekday), or null. */
    static Found atStart(String line, DateOrder order) {
        String text = CalendarWords.fold(line);
        int start = begin(text);
        Dated date = date(text, start, order);
        if (date == null) {
            date = date(text, afterWeekday(text, start), order);
        }
        if (date == null) {
            Found partial = partial(text, start);
            if (partial != null) {
                return partial;
            }
            Clock clock = clock(text, start);
            return clock == null || clock.time == null ? null : new Found(null, clock.time, start, clock.end);
        }
        if (date.day == null) {
            return null;
        }
        int at = afterWeekdayBehind(text, date.end);
        Matcher join = JOIN.matcher(text).region(at, text.length());
        Clock clock = clock(text, join.lookingAt() ? join.end() : at);
        if (clock == null) {
            return new Found(date.day, null, start, at);
        }
        return clock.time == null ? null : new Found(date.day, clock.time, start, clock.end);
    }

    /**
     * A header without a year ("5 oct. 14:02", "Oct 5, 2:02 PM", "10월 5일 오후 2:02") or with only a weekday
     * ("lundi 14:02", "Mon 2:02 PM", "월요일 오후 2:02"), or null. A month and day stand alone or before a clock; a
     * weekday only before a clock ("Monday" alone may be text).
     */
    private static Found partial(String text, int start) {
        for (int from : new int[] {start, afterWeekday(text, start)}) {
            for (Pattern shape : new Pattern[] {MONTH_DAY, DAY_WORD, WORD_DAY}) {
                Matcher m = shape.matcher(text).region(from, text.length());
                if (!m.lookingAt()) {
                    continue;
                }
                Integer month = shape == MONTH_DAY ? Integer.valueOf(number(m, 1))
                        : CalendarWords.month(m.group(shape == DAY_WORD ? 2 : 1));
                if (month == null) {
                    continue;
                }
                int day = number(m, shape == WORD_DAY ? 2 : shape == DAY_WORD ? 1 : 2);
                MonthDay monthDay;
                try {
                    monthDay = MonthDay.of(month, day);
                } catch (DateTimeException e) {
                    return null;
                }
                int at = afterWeekdayBehind(text, m.end());
                Matcher join = JOIN.matcher(text).region(at, text.length());
                Clock clock = clock(text, join.lookingAt() ? join.end() : at);
                if (clock != null) {
                    return clock.time == null ? null : new Found(null, clock.time, monthDay, null, start, clock.end);
                }
                return text.substring(at).isBlank() ? new Found(null, null, monthDay, null, start, at) : null;
            }
        }
        Matcher word = WORD.matcher(text).region(start, text.length());
        if (word.lookingAt() && CalendarWords.weekday(word.group(1)) != null) {
            Matcher join = JOIN.matcher(text).region(word.end(), text.length());
            Clock clock = clock(text, join.lookingAt() ? join.end() : word.end());
            if (clock != null && clock.time != null) {
                return new Found(null, clock.time, null, CalendarWords.weekday(word.group(1)), start, clock.end);
            }
        }
        return null;
    }

    /**
     * Whether the line begins like a date or time header ("2026-13-45 10:00", "32 oct. 2026", "오후 13:99") even
     * though {@link #atStart} could not read it: such a line is reported, never taken as a message's text.
     */
    static boolean looksLikeHeader(String line) {
        String text = CalendarWords.fold(line);
        for (int from : new int[] {begin(text), afterWeekday(text, begin(text))}) {
            if (DATE_LIKE.matcher(text).region(from, text.length()).lookingAt()) {
                return true;
            }
            for (Pattern shape : new Pattern[] {DAY_THEN_WORD, WORD_THEN_DAY}) {
                Matcher m = shape.matcher(text).region(from, text.length());
                if (m.lookingAt() && CalendarWords.month(m.group(1)) != null) {
                    return true;
                }
            }
        }
        return false;
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
                if (found != null && line.substring(i + found.end()).matches("[\\])\\s]*")) {
                    return new Found(found.date(), found.time(), i, line.length());
                }
            }
        }
        return null;
    }

    /** Where reading starts: after spaces, the rule KakaoTalk draws before a day ("----- 2026년…"), one bracket. */
    private static int begin(String text) {
        int at = 0;
        while (at < text.length() && (Character.isWhitespace(text.charAt(at))
                || "-–—=".indexOf(text.charAt(at)) >= 0)) {
            at++;
        }
        return at < text.length() && (text.charAt(at) == '[' || text.charAt(at) == '(') ? at + 1 : at;
    }

    /** After a leading weekday ("Mon, ", "lundi ", "Mo., ", "segunda-feira, "), or {@code at} if there is none. */
    private static int afterWeekday(String text, int at) {
        Matcher word = WORD.matcher(text).region(at, text.length());
        if (!word.lookingAt()) {
            return at;
        }
        return CalendarWords.isWeekday(word.group(1)) ? word.end() : at;
    }

    /** After a weekday that follows the date ("2026년 10월 5일 월요일", "2026年10月5日 星期一", "(월)"). */
    private static int afterWeekdayBehind(String text, int at) {
        Matcher word = WEEKDAY_AFTER.matcher(text).region(at, text.length());
        return word.lookingAt() && CalendarWords.isWeekday(word.group(1)) ? word.end() : at;
    }

    /** A date shape at {@code at}: its day (null when the shape is there but names no real day) and its end. */
    private record Dated(LocalDate day, int end) {
    }

    private static Dated date(String text, int at, DateOrder order) {
        for (Pattern pattern : DATES) {
            Matcher m = pattern.matcher(text).region(at, text.length());
            if (m.lookingAt()) {
                Integer month = pattern == DAY_WORD_YEAR ? CalendarWords.month(m.group(2))
                        : pattern == WORD_DAY_YEAR ? CalendarWords.month(m.group(1)) : Integer.valueOf(0);
                if (month == null) {
                    continue; // "5 items 2026" is not a date; another shape may still read the line
                }
                return new Dated(day(pattern, m, month, order), m.end());
            }
        }
        return null;
    }

    private static LocalDate day(Pattern pattern, Matcher m, int month, DateOrder order) {
        try {
            if (pattern == YEAR_FIRST) {
                return LocalDate.of(number(m, 1), number(m, 2), number(m, 3));
            }
            if (pattern == DAY_WORD_YEAR) {
                return LocalDate.of(number(m, 3), month, number(m, 1));
            }
            if (pattern == WORD_DAY_YEAR) {
                return LocalDate.of(number(m, 3), month, number(m, 2));
            }
            int first = number(m, 1);
            int second = number(m, 3);
            int year = number(m, 4) < 100 ? 2000 + number(m, 4) : number(m, 4);
            boolean dayFirst = first > 12 || (second <= 12 && order == DateOrder.DAY_FIRST);
            return dayFirst ? LocalDate.of(year, second, first) : LocalDate.of(year, first, second);
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    /** A clock reading at {@code at}: its time (null when it is no real time) and its end. */
    private record Clock(LocalTime time, int end) {
    }

    private static Clock clock(String text, int at) {
        Matcher m = CLOCK.matcher(text).region(at, text.length());
        if (!m.lookingAt()) {
            return null;
        }
        String period = m.group(1) != null ? m.group(1) : m.group(6);
        int hour = number(m, 3);
        // "14:32 abends…": a 24-hour reading keeps the word after it as text.
        int end = m.group(1) == null && m.group(6) != null && (hour > 12 || hour == 0) ? m.end(2) : m.end();
        try {
            if (period != null && end == m.end()) {
                hour = CalendarWords.hour(hour, period);
            }
            int second = m.group(5) == null ? 0 : number(m, 5);
            return new Clock(LocalTime.of(hour, number(m, 4), second), end);
        } catch (DateTimeException e) {
            return new Clock(null, end);
        }
    }

    private static int number(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }
}
