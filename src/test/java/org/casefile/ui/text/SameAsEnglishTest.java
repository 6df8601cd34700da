package org.casefile.ui.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.casefile.domain.text.Language;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A value of the window's or the rules' bundle that reads exactly as the English one is usually a translation
 * someone forgot. Only names, codes, formats and words that really are the same in the language may be.
 */
class SameAsEnglishTest {
    /** Names and codes, and values that are only a format: the same in every language. */
    private static final Set<String> EVERYWHERE = Set.of("app.name", "preview.title", "preview.pixels",
            "preview.megabytes", "preview.kilobytes", "dialog.ok", "guide.numbered", "claim.length", "grid.group",
            "dates.dayMonthPattern", "EmailPart.why", "PaymentMethod.PAYPAL", "Platform.ALIEXPRESS", "Platform.AMAZON",
            "Platform.EBAY", "Platform.TEMU", "UploadDestination.MASTERCARD");
    /** Words the language shares with English, checked by a person. */
    private static final Map<Language, Set<String>> SHARED_WORDS = Map.of(
            Language.KOREAN, Set.of(),
            Language.SPANISH, Set.of("preview.bytes", "EvidenceKind.CHAT", "EvidenceKind.CHAT.inline"),
            Language.FRENCH, Set.of("status.note", "case.tab.description", "case.tab.messages"),
            Language.GERMAN, Set.of("caseList.status", "case.status", "phone.link", "EvidenceKind.CHAT",
                    "EvidenceKind.VIDEO"),
            Language.PORTUGUESE, Set.of("preview.bytes", "phone.link"));

    @ParameterizedTest
    @EnumSource(value = Language.class, names = "ENGLISH", mode = EnumSource.Mode.EXCLUDE)
    void noValueIsLeftInEnglish(Language language) throws IOException {
        Set<String> same = new TreeSet<>();
        same.addAll(sameAsEnglish("/org/casefile/ui/text/window", language));
        same.addAll(sameAsEnglish("/org/casefile/domain/text/rules", language));
        same.removeAll(EVERYWHERE);
        same.removeAll(SHARED_WORDS.get(language));
        assertThat(same).as("values of %s that read as the English ones", language.code()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = Language.class, names = "ENGLISH", mode = EnumSource.Mode.EXCLUDE)
    void theAllowedWordsAreStillTheSameAsEnglish(Language language) throws IOException {
        // An allowance nobody needs any more would hide the next forgotten translation of that key.
        Set<String> same = new TreeSet<>(sameAsEnglish("/org/casefile/ui/text/window", language));
        same.addAll(sameAsEnglish("/org/casefile/domain/text/rules", language));
        assertThat(same).containsAll(SHARED_WORDS.get(language));
    }

    private static Set<String> sameAsEnglish(String base, Language language) throws IOException {
        Properties english = load(base + ".properties");
        Properties translated = load(base + "_" + language.code() + ".properties");
        Set<String> same = new TreeSet<>();
        for (String key : translated.stringPropertyNames()) {
            String value = translated.getProperty(key);
            // Values with no word in them (a number format, a separator) have nothing to translate.
            if (value.equals(english.getProperty(key)) && value.replaceAll("\\{[^}]*}", "").matches("(?s).*\\p{L}{2}.*")) {
                same.add(key);
            }
        }
        return same;
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = SameAsEnglishTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
