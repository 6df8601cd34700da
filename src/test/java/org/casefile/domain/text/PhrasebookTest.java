package org.casefile.domain.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Locale;
import java.util.MissingResourceException;
import org.casefile.domain.Money;
import org.junit.jupiter.api.Test;

class PhrasebookTest {
    private static final String SAMPLE = "org.casefile.domain.text.sample";

    @Test
    void datesAndAmountsFollowTheLanguage() {
        LocalDate day = LocalDate.of(2026, 12, 20);
        assertThat(Phrasebook.of(Language.ENGLISH).date(day)).isEqualTo("20 Dec 2026");
        assertThat(Phrasebook.of(Language.KOREAN).date(day)).isEqualTo("2026. 12. 20.");
        assertThat(Phrasebook.of(Language.GERMAN).date(day)).isEqualTo("20.12.2026");
        assertThat(Phrasebook.of(Language.GERMAN).money(Money.of("89.99", "EUR")))
                .isEqualTo("89,99\u00a0€");
        assertThat(Phrasebook.of(Language.ENGLISH).money(Money.of("89.99", "GBP"))).isEqualTo("£89.99");
    }

    @Test
    void anAmountCarriesTheSignABankReaderKnowsNotTheJdksCountryLetters() {
        Money pounds = Money.of("89.99", "GBP");
        // The JDK writes "89,99 £GB" in French; the pound sign alone is clear.
        assertThat(Phrasebook.of(Language.FRENCH).money(pounds)).isEqualTo("89,99\u00a0£");
        assertThat(Phrasebook.of(Language.KOREAN).money(pounds)).isEqualTo("£89.99");
        // A dollar or a yen keeps its letters: the sign alone would not say whose.
        assertThat(Phrasebook.of(Language.FRENCH).money(Money.of("89.99", "USD"))).isEqualTo("89,99\u00a0$US");
        assertThat(Phrasebook.of(Language.KOREAN).money(Money.of("5", "CNY"))).startsWith("CN¥");
        // Without a sign of its own the code stands after the number.
        assertThat(Phrasebook.of(Language.SPANISH).money(pounds)).isEqualTo("89,99\u00a0GBP");
    }

    @Test
    void pluralsValuesAndApostrophes() {
        Phrasebook english = Phrasebook.of(Language.ENGLISH, SAMPLE);
        Phrasebook french = Phrasebook.of(Language.FRENCH, SAMPLE);
        assertThat(english.get("photos", 0)).isEqualTo("no photos");
        assertThat(english.get("photos", 1)).isEqualTo("one photo");
        assertThat(english.get("photos", 1200)).isEqualTo("1,200 photos");
        assertThat(french.get("photos", 1)).isEqualTo("une photo");
        assertThat(english.get(Phrase.of("owed", Money.of("89.99", "GBP"), LocalDate.of(2026, 10, 5))))
                .isEqualTo("You are owed £89.99 since 5 Oct 2026.");
        assertThat(french.get("quote", Phrase.of("photos", 2))).isEqualTo("C'est 2 photos.");
    }

    @Test
    void aLanguageWithoutItsBundleFallsBackToEnglishAndAnUnknownKeyFailsLoudly() {
        assertThat(Phrasebook.of(Language.KOREAN, SAMPLE).get("photos", 1)).isEqualTo("one photo");
        assertThatThrownBy(() -> Phrasebook.of(Language.ENGLISH, SAMPLE).get("nope"))
                .isInstanceOf(MissingResourceException.class);
    }

    @Test
    void theComputersLanguageOrEnglish() {
        assertThat(Language.of(Locale.GERMANY)).isEqualTo(Language.GERMAN);
        assertThat(Language.of(new Locale("pt", "PT"))).isEqualTo(Language.PORTUGUESE);
        assertThat(Language.of(Locale.JAPAN)).isEqualTo(Language.ENGLISH);
        assertThat(Language.ofCode(" KO ")).contains(Language.KOREAN);
        assertThat(Language.codes()).isEqualTo("en, ko, es, fr, de, pt");
    }
}
