package org.casefile.domain.chat;

import java.text.DateFormatSymbols;
import java.text.Normalizer;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.time.temporal.ChronoField;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Month names, weekday names and 12-hour words ("PM", "a. m.", "오후", "下午", "da tarde") of the languages buyers
 * paste chats in, taken from the JDK's locale data rather than typed here. Words are compared folded: lower case,
 * accents off, non-breaking spaces as spaces, so "Févr.", "fevr" and "FÉVR" are one word.
 */
final class CalendarWords {
    /** English, Korean, Spanish, French, German, Brazilian Portuguese and Chinese. */
    static final List<Locale> LOCALES = List.of(Locale.ENGLISH, Locale.KOREAN, Locale.forLanguageTag("es"),
            Locale.FRENCH, Locale.GERMAN, Locale.forLanguageTag("pt-BR"), Locale.CHINESE);

    private static final Map<String, Integer> MONTHS = months();
    private static final Map<String, java.time.DayOfWeek> WEEKDAYS = weekdays();
    private static final Map<String, Set<Integer>> PERIODS = periods();
    /** A 12-hour word as a regular expression over folded text, longest first so "p. m." wins over "p". */
    static final String PERIOD = PERIODS.keySet().stream().sorted(Comparator.comparingInt(String::length).reversed())
            .map(CalendarWords::periodPattern).collect(Collectors.joining("|", "(?:", ")"));

    private CalendarWords() {
    }

    /** The same text with one character for each: lower case, accents off, odd spaces and apostrophes plain. */
    static String fold(String text) {
        char[] out = new char[text.length()];
        for (int i = 0; i < out.length; i++) {
            char c = text.charAt(i);
            if (c == '\u00A0' || c == '\u202F' || c == '\u2007') {
                c = ' ';
            } else if (c == '\u2019') {
                c = '\'';
            } else if (c > 127 && !Character.isSurrogate(c)) {
                String parts = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
                // Only an accent comes off: Hangul syllables also decompose, into letters that must stay together.
                if (parts.length() > 1 && parts.substring(1).chars().allMatch(p -> Character.getType(p)
                        == Character.NON_SPACING_MARK)) {
                    c = parts.charAt(0);
                }
            }
            out[i] = Character.toLowerCase(c);
        }
        return new String(out);
    }

    /** The month (1–12) a word names in any of the languages ("oct.", "Okt", "outubro", "févr"), or null. */
    static Integer month(String word) {
        return MONTHS.get(key(word));
    }

    static boolean isWeekday(String word) {
        return WEEKDAYS.containsKey(key(word));
    }

    /** The day a weekday's name means ("lundi", "Mon", "월요일"), or null when it is none or names two days. */
    static java.time.DayOfWeek weekday(String word) {
        return WEEKDAYS.get(key(word));
    }

    /** The hour of the day a 12-hour clock reading means with its word ("3" with "오후" is 15), or -1 if unknown. */
    static int hour(int twelveHour, String period) {
        Set<Integer> hours = PERIODS.get(periodKey(period));
        if (hours == null || twelveHour > 12) {
            return hours == null ? -1 : twelveHour;
        }
        int morning = twelveHour % 12;
        int evening = morning + 12;
        if (hours.contains(morning) != hours.contains(evening)) {
            return hours.contains(morning) ? morning : evening;
        }
        long later = hours.stream().filter(h -> h >= 12).count();
        return later * 2 >= hours.size() ? evening : morning;
    }

    private static String key(String word) {
        return fold(word).replace(".", "").strip();
    }

    /** "a. m.", "a.m." and "AM" are one word; longer ones keep single spaces between their parts. */
    private static String periodKey(String word) {
        String key = key(word).replaceAll("\\s+", " ");
        return key.replace(" ", "").length() <= 2 ? key.replace(" ", "") : key;
    }

    private static Map<String, Integer> months() {
        Map<String, Integer> found = new HashMap<>();
        Set<String> clashing = new HashSet<>();
        for (Locale locale : LOCALES) {
            DateFormatSymbols symbols = DateFormatSymbols.getInstance(locale);
            for (int m = 0; m < 12; m++) {
                Set<String> names = new HashSet<>(List.of(symbols.getMonths()[m], symbols.getShortMonths()[m]));
                java.time.Month month = java.time.Month.of(m + 1);
                for (TextStyle style : TextStyle.values()) {
                    names.add(month.getDisplayName(style, locale));
                }
                String full = key(symbols.getMonths()[m]);
                if (full.length() > 3 && Character.isLetter(full.charAt(2))) {
                    names.add(full.substring(0, 3)); // "Sep", "Okt", "dic": the three letters apps print
                    names.add(full.substring(0, 4)); // "Sept", "juil"
                }
                for (String name : names) {
                    String key = key(name);
                    if (!key.isEmpty() && !Character.isDigit(key.charAt(0))
                            && found.merge(key, m + 1, (a, b) -> a.equals(b) ? a : -1) == -1) {
                        clashing.add(key);
                    }
                }
            }
        }
        clashing.forEach(found::remove);
        return Map.copyOf(found);
    }

    /**
     * Every weekday's name in the languages, with the day it means; a name that is a different day in two languages
     * (a narrow "M", "S") is kept with no day (null): still read past as a weekday, but it names none.
     */
    private static Map<String, java.time.DayOfWeek> weekdays() {
        Map<String, java.time.DayOfWeek> found = new HashMap<>();
        Set<String> clashing = new HashSet<>();
        for (Locale locale : LOCALES) {
            for (java.time.DayOfWeek day : java.time.DayOfWeek.values()) {
                for (TextStyle style : TextStyle.values()) {
                    String key = key(day.getDisplayName(style, locale));
                    if (found.containsKey(key) && found.get(key) != day) {
                        clashing.add(key);
                    }
                    found.put(key, day);
                }
            }
        }
        found.remove("");
        clashing.forEach(k -> found.put(k, null));
        return java.util.Collections.unmodifiableMap(found);
    }

    /** Each 12-hour word and the hours of the day it is printed for ("PM": 12–23, "da tarde": 12–18). */
    private static Map<String, Set<Integer>> periods() {
        Map<String, Set<Integer>> found = new HashMap<>();
        for (Locale locale : LOCALES) {
            String[] amPm = DateFormatSymbols.getInstance(locale).getAmPmStrings();
            DateTimeFormatter dayPeriod = DateTimeFormatter.ofPattern("B", locale);
            for (int hour = 0; hour < 24; hour++) {
                LocalTime time = LocalTime.of(hour, 30);
                for (String word : List.of(amPm[time.get(ChronoField.AMPM_OF_DAY)], dayPeriod.format(time))) {
                    if (!periodKey(word).isEmpty()) {
                        found.computeIfAbsent(periodKey(word), k -> new TreeSet<>()).add(hour);
                    }
                }
            }
        }
        return Map.copyOf(found);
    }

    /** "am" matches "am", "a.m." and "a. m."; longer words match with any spacing between their parts. */
    private static String periodPattern(String word) {
        if (word.length() <= 2) {
            StringBuilder letters = new StringBuilder();
            word.chars().forEach(c -> letters.append(letters.length() > 0 ? "\\s?" : "")
                    .append(Pattern.quote(String.valueOf((char) c))).append("\\.?"));
            return letters.toString();
        }
        return java.util.Arrays.stream(word.split(" ")).map(Pattern::quote).collect(Collectors.joining("\\s+"))
                + "\\.?";
    }
}
