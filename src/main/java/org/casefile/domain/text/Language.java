package org.casefile.domain.text;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The languages Casefile speaks. Each carries the locale whose conventions its dates, amounts and numbers follow:
 * English keeps the British "20 Oct 2026" the packets have always used; Portuguese is Brazil's.
 */
public enum Language {
    ENGLISH("en", Locale.UK, "English"),
    KOREAN("ko", Locale.KOREA, "한국어"),
    SPANISH("es", new Locale("es", "ES"), "Español"),
    FRENCH("fr", Locale.FRANCE, "Français"),
    GERMAN("de", Locale.GERMANY, "Deutsch"),
    PORTUGUESE("pt", new Locale("pt", "BR"), "Português (Brasil)");

    private final String code;
    private final Locale locale;
    private final String ownName;

    Language(String code, Locale locale, String ownName) {
        this.code = code;
        this.locale = locale;
        this.ownName = ownName;
    }

    /** The two-letter code of {@code export --language} and the settings file. */
    public String code() {
        return code;
    }

    public Locale locale() {
        return locale;
    }

    /** The language's name in itself, as a chooser lists it. */
    public String ownName() {
        return ownName;
    }

    /** The language for a code such as "ko"; empty for one Casefile does not speak. */
    public static Optional<Language> ofCode(String code) {
        return Arrays.stream(values()).filter(l -> l.code.equalsIgnoreCase(code == null ? "" : code.strip()))
                .findFirst();
    }

    /** "en, ko, es, fr, de, pt", for an error that lists the choices. */
    public static String codes() {
        return Arrays.stream(values()).map(Language::code).collect(Collectors.joining(", "));
    }

    /** The computer's language if Casefile speaks it, English otherwise. */
    public static Language of(Locale locale) {
        return ofCode(locale == null ? "" : locale.getLanguage()).orElse(ENGLISH);
    }
}
