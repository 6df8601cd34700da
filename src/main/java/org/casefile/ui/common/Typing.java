package org.casefile.ui.common;

import java.math.BigDecimal;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.time.format.ResolverStyle;
import java.util.Optional;
import org.casefile.domain.CasefileException;
import org.casefile.domain.text.Language;

/**
 * Dates and amounts as a person types them in the window's language ("30.10.2026", "2026. 10. 30.", "89,99"), while
 * the forms keep ISO dates and plain amounts underneath. ISO and a dot decimal are always accepted too, so nothing
 * typed before is refused. English keeps ISO: a British and an American reader would take 10/11 for different days.
 */
public final class Typing {
    private Typing() {
    }

    /** How a date is shown in a form: the language's short date with the whole year; ISO in English. */
    public static String date(LocalDate day) {
        return day == null ? "" : shown(Words.language()).format(day);
    }

    /** The typed date read in the language's shape or as ISO; empty when it is neither. */
    public static Optional<LocalDate> readDate(String typed) {
        String text = typed == null ? "" : typed.strip();
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(text));
        } catch (DateTimeParseException notIso) {
            return readLocal(text, Words.language());
        }
    }

    /** What a form hands on: the ISO date when the text can be read, else the text as typed (for its message). */
    public static String isoDate(String typed) {
        return readDate(typed).map(LocalDate::toString).orElse(typed == null ? "" : typed.strip());
    }

    /** The reverse of {@link #isoDate}: an ISO date shown in the language's shape, any other text as it is. */
    public static String showIso(String value) {
        try {
            return value == null || value.isBlank() ? "" : date(LocalDate.parse(value.strip()));
        } catch (DateTimeParseException e) {
            return value;
        }
    }

    /** The typed date; a message in the window's language showing the shape to use when it cannot be read. */
    public static LocalDate requireDate(String typed) {
        return readDate(typed).orElseThrow(() -> new CasefileException(notADate(typed)));
    }

    /** "„31.02.2026“ ist kein Datum. Schreiben Sie es als TT.MM.JJJJ, z. B. 01.10.2026." */
    public static String notADate(String typed) {
        return Words.get("typing.notADate", typed == null ? "" : typed.strip(), datePrompt(),
                date(LocalDate.of(2026, 10, 1)));
    }

    /** The shape a date is typed in, for a field's prompt: "TT.MM.JJJJ", "YYYY-MM-DD". */
    public static String datePrompt() {
        return Words.get("typing.datePrompt");
    }

    /** "89,99" in German and French, "89.99" in English and Korean; no thousands mark, so it reads back the same. */
    public static String amount(BigDecimal amount) {
        if (amount == null) {
            return "";
        }
        char separator = DecimalFormatSymbols.getInstance(Words.language().locale()).getDecimalSeparator();
        return amount.toPlainString().replace('.', separator);
    }

    private static DateTimeFormatter shown(Language language) {
        if (language == Language.ENGLISH) {
            return DateTimeFormatter.ISO_LOCAL_DATE;
        }
        return DateTimeFormatter.ofPattern(wholeYear(language), language.locale());
    }

    /** The language's short date with four year digits: "dd.MM.yyyy", "yyyy. M. d.", "dd/MM/yyyy". */
    private static String wholeYear(Language language) {
        return DateTimeFormatterBuilder.getLocalizedDateTimePattern(FormatStyle.SHORT, null, IsoChronology.INSTANCE,
                language.locale()).replaceAll("y+", "yyyy");
    }

    /**
     * Read with one or two digits for day and month and any spacing ("1.2.2026", "2026.10.30"), strictly, so 31.02
     * is refused rather than moved to March.
     */
    private static Optional<LocalDate> readLocal(String text, Language language) {
        if (language == Language.ENGLISH) {
            return Optional.empty();
        }
        String pattern = wholeYear(language).replaceAll("\\s", "").replace("dd", "d").replace("MM", "M")
                .replace("yyyy", "uuuu");
        String compact = text.replaceAll("\\s", "");
        if (pattern.endsWith(".") && !compact.endsWith(".")) {
            compact += ".";
        }
        try {
            return Optional.of(LocalDate.parse(compact, DateTimeFormatter.ofPattern(pattern, language.locale())
                    .withResolverStyle(ResolverStyle.STRICT)));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
