package org.casefile.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MoneyTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "89.99 GBP   | 89.99   | GBP",
            "GBP 89.99   | 89.99   | GBP",
            "89.99gbp    | 89.99   | GBP",
            "£89.99      | 89.99   | GBP",
            "€ 12,50     | 12.50   | EUR",
            "1,299.00 USD| 1299.00 | USD",
            "1.299,00 EUR| 1299.00 | EUR",
            "5000 JPY    | 5000    | JPY",
            "7 CNY       | 7.00    | CNY",
    })
    void parsesWhatPeopleType(String text, String amount, String currency) {
        Money money = Money.parse(text);
        assertThat(money.amount().toPlainString()).isEqualTo(amount);
        assertThat(money.currency().getCurrencyCode()).isEqualTo(currency);
    }

    @Test
    void printsTheFormItReads() {
        assertThat(Money.parse("89.9 GBP").toString()).isEqualTo("89.90 GBP");
        assertThat(Money.parse(Money.parse("12 EUR").toString())).isEqualTo(Money.parse("12.00 EUR"));
    }

    @Test
    void refusesNegativeAmounts() {
        assertThatThrownBy(() -> Money.parse("-5 GBP")).isInstanceOf(CasefileException.class)
                .hasMessageContaining("cannot be negative");
    }

    @Test
    void refusesTextThatIsNoAmount() {
        assertThatThrownBy(() -> Money.parse("abc")).isInstanceOf(CasefileException.class)
                .hasMessageContaining("'abc' is not an amount").hasMessageContaining("89.99 GBP");
    }

    @Test
    void refusesUnknownCurrencies() {
        assertThatThrownBy(() -> Money.parse("10 XYZ")).isInstanceOf(CasefileException.class)
                .hasMessageContaining("'XYZ' is not a currency code");
    }

    @Test
    void refusesMissingCurrencyAndAmbiguousDollars() {
        assertThatThrownBy(() -> Money.parse("10")).hasMessageContaining("currency is missing");
        assertThatThrownBy(() -> Money.parse("$10")).hasMessageContaining("Say which dollars");
        assertThatThrownBy(() -> Money.parse("  ")).hasMessageContaining("amount is missing");
    }

    @Test
    void refusesMoreDecimalsThanTheCurrencyHas() {
        assertThatThrownBy(() -> Money.parse("10.999 GBP")).hasMessageContaining("at most 2 decimal places");
        assertThatThrownBy(() -> Money.parse("10.5 JPY")).hasMessageContaining("at most 0 decimal places");
    }

    @Test
    void refusesAbsurdAmountsAndMalformedNumbers() {
        assertThatThrownBy(() -> Money.parse("99999999999 GBP")).hasMessageContaining("too large");
        assertThatThrownBy(() -> Money.parse("1.2.3 GBP")).hasMessageContaining("not an amount");
    }

    @Test
    void comparesOnlyWithinOneCurrency() {
        assertThat(Money.parse("5 GBP").compareTo(Money.parse("10 GBP"))).isNegative();
        assertThatThrownBy(() -> Money.parse("5 GBP").compareTo(Money.parse("5 EUR")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
