package org.casefile.ui.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.text.ChoiceFormat;
import java.text.Format;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.casefile.domain.text.Language;
import org.casefile.domain.text.Phrasebook;
import org.casefile.ui.common.Words;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The window's bundle in each language has exactly the English keys, the same placeholders, and formats. */
class WindowBundlesTest {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)");

    @ParameterizedTest
    @EnumSource(Language.class)
    void everyLanguageHasExactlyTheEnglishKeys(Language language) throws IOException {
        Properties english = bundle("window");
        Properties translated = bundle(language == Language.ENGLISH ? "window" : "window_" + language.code());
        assertThat(new TreeSet<>(translated.stringPropertyNames()))
                .as("keys of window_%s", language.code()).isEqualTo(new TreeSet<>(english.stringPropertyNames()));
        for (String key : english.stringPropertyNames()) {
            assertThat(placeholders(translated.getProperty(key))).as("placeholders of %s in %s", key, language.code())
                    .isEqualTo(placeholders(english.getProperty(key)));
            assertThat(translated.getProperty(key)).as("%s in %s", key, language.code()).isNotBlank();
        }
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void everyValueFormatsInItsLanguage(Language language) throws IOException {
        Phrasebook book = Phrasebook.of(language, Words.WINDOW);
        Properties english = bundle("window");
        assertThat(book.language()).isEqualTo(language);
        for (String key : book.keys()) {
            Object[] values = sampleValues(english.getProperty(key));
            assertThatCode(() -> book.get(key, values)).as("%s in %s", key, language.code())
                    .doesNotThrowAnyException();
            String text = book.get(key, values);
            assertThat(text).as("%s in %s keeps no unformatted brace", key, language.code()).doesNotContain("{0");
        }
    }

    @ParameterizedTest
    @EnumSource(value = Language.class, names = "ENGLISH", mode = EnumSource.Mode.EXCLUDE)
    void theTranslationsAreTranslated(Language language) {
        Phrasebook english = Phrasebook.of(Language.ENGLISH, Words.WINDOW);
        Phrasebook translated = Phrasebook.of(language, Words.WINDOW);
        for (String key : Set.of("start.newCase", "dashboard.title", "evidence.add", "settings.title",
                "caseList.nextDeadline")) {
            assertThat(translated.get(key)).as("%s in %s", key, language.code()).isNotEqualTo(english.get(key));
        }
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void pluralsAndDatesFollowTheLanguage(Language language) {
        Phrasebook book = Phrasebook.of(language, Words.WINDOW);
        assertThat(book.get("dates.due", 0)).isNotEqualTo(book.get("dates.due", 1))
                .isNotEqualTo(book.get("dates.due", 5));
        assertThat(book.get("dates.due", 5)).contains(book.number(5));
        assertThat(book.get("paste.importCount", 12)).contains("12");
        assertThat(book.get("preview.megabytes", new BigDecimal("1.5")))
                .contains(language == Language.ENGLISH || language == Language.KOREAN ? "1.5" : "1,5");
        assertThat(book.date(LocalDate.of(2026, 12, 20))).contains("2026");
    }

    @org.junit.jupiter.api.Test
    void aKoreanDayAndAGermanPluralReadAsTheyShould() {
        Phrasebook korean = Phrasebook.of(Language.KOREAN, Words.WINDOW);
        assertThat(korean.date(LocalDate.of(2026, 12, 20))).isEqualTo("2026. 12. 20.");
        Phrasebook german = Phrasebook.of(Language.GERMAN, Words.WINDOW);
        assertThat(german.get("messages.imported", 1)).isNotEqualTo(german.get("messages.imported", 2));
        assertThat(german.get("messages.imported", 1234)).contains("1.234");
    }

    /** A number where the English text formats a number or a choice, a word elsewhere. */
    private static Object[] sampleValues(String englishPattern) {
        Format[] formats = new MessageFormat(englishPattern, Locale.UK).getFormatsByArgumentIndex();
        Object[] values = new Object[formats.length];
        for (int i = 0; i < formats.length; i++) {
            values[i] = formats[i] instanceof NumberFormat || formats[i] instanceof ChoiceFormat ? 2 : "x";
        }
        return values;
    }

    private static Set<String> placeholders(String value) {
        Set<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(value);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    private static Properties bundle(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = WindowBundlesTest.class.getResourceAsStream("/org/casefile/ui/text/" + name
                + ".properties")) {
            assertThat(in).as(name + ".properties").isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
