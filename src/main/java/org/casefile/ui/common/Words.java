package org.casefile.ui.common;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.casefile.domain.Money;
import org.casefile.domain.text.Language;
import org.casefile.domain.text.Phrase;
import org.casefile.domain.text.Phrasebook;

/**
 * The window's words in its language: every label, button and message of {@code ui/} comes from here, so no phrase
 * is typed into a view. One language for the whole window (chosen at start); dates, amounts and numbers follow it.
 */
public final class Words {
    /** The window's own bundle: {@code ui/text/window.properties} and its translations. */
    public static final String WINDOW = "org.casefile.ui.text.window";
    /** The domain rules' bundle (checklist tips, deadline rules), when that part of Casefile ships one. */
    static final String RULES = "org.casefile.domain.text.rules";

    /** The computer's language, as the JVM found it before the window's language became the default. */
    private static final Locale COMPUTER = Locale.getDefault();

    private static volatile Phrasebook book;
    private static volatile LanguageSetting setting;

    private Words() {
    }

    /** At the window's start: speaks the language chosen for this library (or the computer's); keeps a new one there. */
    public static void start(LanguageSetting languageSetting) {
        setting = languageSetting;
        use(languageSetting.language());
    }

    /** Where Settings keeps the window's language; empty before {@link #start} (a window test, say). */
    public static java.util.Optional<LanguageSetting> setting() {
        return java.util.Optional.ofNullable(setting);
    }

    /** Speaks {@code language} from now on; the views built afterwards use it. */
    public static void use(Language language) {
        List<String> bundles = new ArrayList<>(List.of(WINDOW));
        if (Words.class.getResource("/" + RULES.replace('.', '/') + ".properties") != null) {
            bundles.add(RULES);
        }
        book = Phrasebook.of(language, bundles.toArray(String[]::new));
        speakAlsoInJavaFx(language);
    }

    /**
     * JavaFX writes its own words (a dialog's OK and Cancel, Yes and No, a text field's Copy and Paste menu) from its
     * bundles in the JVM's default locale, looked up each time one is shown: the window's language becomes that
     * default. Numbers and dates formatted without a locale keep the computer's conventions (the format category).
     */
    private static void speakAlsoInJavaFx(Language language) {
        Locale format = Locale.getDefault(Locale.Category.FORMAT);
        Locale.setDefault(language.locale());
        Locale.setDefault(Locale.Category.FORMAT, format);
    }

    /** The computer's own locale, whatever language the window speaks. */
    public static Locale computerLocale() {
        return COMPUTER;
    }

    /** The phrasebook of the window's language: the computer's, until one is chosen. */
    public static Phrasebook book() {
        Phrasebook current = book;
        if (current == null) {
            use(Language.of(COMPUTER));
            current = book;
        }
        return current;
    }

    public static Language language() {
        return book().language();
    }

    /** The text of a window key, its values filled in. */
    public static String get(String key, Object... values) {
        return book().get(key, values);
    }

    public static String get(Phrase phrase) {
        return book().get(phrase);
    }

    /** A choice's name in the window's language where a bundle has it, else its English label (a brand's form name). */
    public static String label(org.casefile.domain.Choice choice) {
        return choice == null ? "" : book().has(choice.phrase().key()) ? get(choice.phrase()) : choice.label();
    }

    public static String date(LocalDate day) {
        return day == null ? "" : book().date(day);
    }

    public static String dateTime(LocalDateTime time) {
        return time == null ? "" : book().dateTime(time);
    }

    public static String money(Money money) {
        return money == null ? "" : book().money(money);
    }

    public static String number(long number) {
        return book().number(number);
    }
}
