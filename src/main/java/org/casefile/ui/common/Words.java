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
    }

    /** The phrasebook of the window's language: the computer's, until one is chosen. */
    public static Phrasebook book() {
        Phrasebook current = book;
        if (current == null) {
            use(Language.of(Locale.getDefault()));
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
