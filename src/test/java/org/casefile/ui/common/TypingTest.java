package org.casefile.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.casefile.domain.text.Language;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** Dates and amounts as typed and shown in each window language, at the edges of what is read. */
class TypingTest {
    @AfterEach
    void backToEnglish() {
        Words.use(Language.ENGLISH);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "en | 2026-10-30",
            "de | 30.10.2026",
            "ko | 2026. 10. 30.",
            "fr | 30/10/2026",
            "es | 30/10/2026",
            "pt | 30/10/2026"})
    void aDateIsShownInTheLanguagesShapeAndReadsBackTheSame(String code, String shown) {
        Words.use(Language.ofCode(code).orElseThrow());
        LocalDate day = LocalDate.of(2026, 10, 30);
        assertThat(Typing.date(day)).isEqualTo(shown);
        assertThat(Typing.readDate(shown)).contains(day);
        assertThat(Typing.isoDate(shown)).isEqualTo("2026-10-30");
        assertThat(Typing.showIso("2026-10-30")).isEqualTo(shown);
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void isoIsReadInEveryLanguageAndAnImpossibleDayInNone(Language language) {
        Words.use(language);
        assertThat(Typing.readDate(" 2026-02-01 ")).contains(LocalDate.of(2026, 2, 1));
        assertThat(Typing.readDate("2026-02-30")).isEmpty();
        assertThat(Typing.readDate("")).isEmpty();
        assertThat(Typing.isoDate("soon")).isEqualTo("soon");
        assertThat(Typing.showIso("soon")).isEqualTo("soon");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "de | 1.2.2026      | 2026-02-01",
            "de | 01.02.2026    | 2026-02-01",
            "ko | 2026.2.1      | 2026-02-01",
            "ko | 2026. 2. 1.   | 2026-02-01",
            "fr | 1/2/2026      | 2026-02-01",
            "es | 1/2/2026      | 2026-02-01",
            "pt | 01/02/2026    | 2026-02-01"})
    void shortDaysAndMonthsAndLooseSpacingAreRead(String code, String typed, String iso) {
        Words.use(Language.ofCode(code).orElseThrow());
        assertThat(Typing.readDate(typed)).contains(LocalDate.parse(iso));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "de | 31.02.2026",
            "de | 30.10.26",
            "fr | 30.10.2026",
            "en | 30/10/2026",
            "en | 10/30/2026"})
    void aDayThatDoesNotExistOrIsNotInTheLanguagesShapeIsRefused(String code, String typed) {
        Words.use(Language.ofCode(code).orElseThrow());
        assertThat(Typing.readDate(typed)).isEmpty();
        assertThat(Typing.notADate(typed)).contains(typed, Typing.datePrompt());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "en | 89.99", "de | 89,99", "fr | 89,99", "ko | 89.99", "es | 89,99", "pt | 89,99"})
    void anAmountIsShownWithTheLanguagesDecimalMarkAndNoThousandsMark(String code, String shown) {
        Words.use(Language.ofCode(code).orElseThrow());
        assertThat(Typing.amount(new BigDecimal("89.99"))).isEqualTo(shown);
        assertThat(Typing.amount(new BigDecimal("1234.50"))).isEqualTo(shown.replace("89", "1234").replace("99", "50"));
    }
}
