package org.casefile.packet;

import org.casefile.domain.PacketProfile;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Properties;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.casefile.domain.Author;
import org.casefile.domain.CaseStatus;
import org.casefile.domain.Channel;
import org.casefile.domain.ClaimType;
import org.casefile.domain.DeadlineKind;
import org.casefile.domain.EvidenceKind;
import org.casefile.domain.OfferDecision;
import org.casefile.domain.Outcome;
import org.casefile.domain.PaymentMethod;
import org.casefile.domain.Platform;
import org.casefile.domain.Resolution;
import org.casefile.domain.RouteKind;
import org.casefile.domain.text.Language;
import org.casefile.domain.text.Phrasebook;
import org.casefile.packet.pdf.PacketFonts;
import org.junit.jupiter.api.Test;

/** The packet's six bundles say the same things, each value is a valid pattern, and the bundled fonts draw them all. */
class PacketTextBundlesTest {
    /** The domain values a packet names, which the translated bundles name in their language. */
    private static final List<Class<? extends Enum<?>>> NAMED = List.of(EvidenceKind.class, ClaimType.class,
            PaymentMethod.class, Resolution.class, CaseStatus.class, Outcome.class, Author.class, Channel.class,
            OfferDecision.class, RouteKind.class, PacketProfile.class, Platform.class, DeadlineKind.class);

    /** The keys written in the language's own file (a bundle also sees its English parent's). */
    private static Set<String> keys(Language language) throws IOException {
        String name = "/" + PacketText.BUNDLE.replace('.', '/')
                + (language == Language.ENGLISH ? "" : "_" + language.code()) + ".properties";
        Properties properties = new Properties();
        try (var in = PacketTextBundlesTest.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return new TreeSet<>(properties.stringPropertyNames());
    }

    @Test
    void everyLanguageHasExactlyTheEnglishKeysAndNamesEveryDomainValue() throws IOException {
        Set<String> english = keys(Language.ENGLISH);
        Set<String> expected = new TreeSet<>();
        english.stream().filter(k -> !k.startsWith("s75.")).forEach(expected::add);
        for (Class<? extends Enum<?>> type : NAMED) {
            for (Enum<?> value : type.getEnumConstants()) {
                expected.add("choice." + type.getSimpleName() + "." + value.name());
            }
        }
        for (Language language : Language.values()) {
            if (language == Language.ENGLISH) {
                continue;
            }
            Set<String> missing = new TreeSet<>(expected);
            missing.removeAll(keys(language));
            Set<String> extra = new TreeSet<>(keys(language));
            extra.removeAll(expected);
            assertThat(missing).as("%s lacks", language).isEmpty();
            assertThat(extra).as("%s has too many (the Section 75 letter is English only)", language).isEmpty();
        }
    }

    @Test
    void everyValueIsAPatternAndTheBundledFontsDrawEveryCharacter() throws Exception {
        try (PDDocument document = new PDDocument(); PacketFonts fonts = new PacketFonts(document)) {
            for (Language language : Language.values()) {
                Phrasebook book = Phrasebook.of(language, PacketText.BUNDLE);
                Set<String> undrawn = new HashSet<>();
                for (String key : book.keys()) {
                    // Formatting parses the pattern: an unbalanced brace or a stray apostrophe fails here.
                    String text = book.get(key, 2, 3, 4, 5, 6, 7);
                    assertThat(text).as(key).doesNotContain("{", "}");
                    for (boolean bold : new boolean[] {false, true}) {
                        String drawn = String.join("", fonts.runs(text, bold).stream().map(PacketFonts.Run::text)
                                .toList());
                        if (!drawn.equals(text)) {
                            undrawn.add(key + ": " + text);
                        }
                    }
                }
                assertThat(undrawn).as("%s text the fonts cannot draw (a box or a blank)", language).isEmpty();
            }
        }
    }

    @Test
    void datesAndNamesFollowTheLanguage() {
        assertThat(PacketText.of(Language.GERMAN).get("summary.title")).isEqualTo("Fallübersicht und Zeitverlauf");
        assertThat(PacketText.of(Language.KOREAN).date(java.time.LocalDate.parse("2026-10-20")))
                .isEqualTo("2026. 10. 20.");
        assertThat(PacketText.of(Language.ENGLISH).date(java.time.LocalDate.parse("2026-10-20")))
                .isEqualTo("20 Oct 2026");
        assertThat(PacketText.of(Language.SPANISH).label(EvidenceKind.DAMAGE)).isEqualTo("Daños");
        assertThat(PacketText.of(Language.ENGLISH).label(EvidenceKind.DAMAGE)).isEqualTo("Damage");
        assertThat(PacketText.of(Language.GERMAN).inSentence("Kreditkarte")).isEqualTo("Kreditkarte");
        assertThat(PacketText.of(Language.FRENCH).inSentence("Carte de crédit")).isEqualTo("carte de crédit");
        assertThat(PacketText.of(Language.PORTUGUESE).inSentence("PayPal")).isEqualTo("PayPal");
    }
}
