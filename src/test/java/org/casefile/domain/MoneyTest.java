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
            "1.299.000 EUR| 1299000.00 | EUR",
            "1.500 JPY   | 1500    | JPY",
            "₩ 89.000    | 89000   | KRW",
            "1.250 KWD   | 1.250   | KWD",
            "0.500 GBP   | 0.50    | GBP",
            "2.5 EUR     | 2.50    | EUR",
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
        assertThatThrownBy(() -> Money.parse("10.9999 GBP")).hasMessageContaining("at most 2 decimal places");
        assertThatThrownBy(() -> Money.parse("10.5 JPY")).hasMessageContaining("at most 0 decimal places");
    }

    @Test
    void aLoneDotBeforeThreeDigitsIsNeitherGuessedAsDecimalsNorAsThousands() {
        // "2.500 €" is two thousand five hundred in German and two and a half in English.
        assertThatThrownBy(() -> Money.parse("2.500 EUR")).isInstanceOf(CasefileException.class)
                .hasMessage("'2.500 EUR' could be read two ways. Write it without a thousands mark, e.g. 2500 EUR,"
                        + " or with at most 2 decimal places.");
        assertThatThrownBy(() -> Money.parse("€1.230")).hasMessageContaining("e.g. 1230 EUR");
        assertThatThrownBy(() -> Money.offer("1.200", Money.parse("1500 EUR"))).hasMessageContaining("1200 EUR");
        assertThat(Money.offer("12.500%", Money.parse("100 EUR"))).isEqualTo(Money.parse("12.50 EUR"));
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

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "10%         | 89.99 GBP | 9.00 GBP",
            "12.5 %      | 80.00 GBP | 10.00 GBP",
            "12,5%       | 80.00 EUR | 10.00 EUR",
            "100%        | 45.00 GBP | 45.00 GBP",
            "33%         | 1000 KRW  | 330 KRW",
            "10          | 45.00 GBP | 10.00 GBP",
            "10 EUR      | 45.00 GBP | 10.00 EUR",
            "£7.50       | 45.00 EUR | 7.50 GBP",
    })
    void anOfferIsAnAmountInThePricesCurrencyOrAShareOfThePricePaid(String typed, String paid, String offer) {
        assertThat(Money.offer(typed, Money.parse(paid))).isEqualTo(Money.parse(offer));
    }

    @Test
    void anOfferThatIsNoAmountSaysWhatToTypeAndQuotesOnlyWhatWasTyped() {
        Money paid = Money.parse("45.00 GBP");
        assertThatThrownBy(() -> Money.offer("ten pounds", paid)).hasMessageContaining("'ten pounds'");
        assertThatThrownBy(() -> Money.offer("1..0", paid))
                .hasMessage("'1..0' is not an amount. Write what the seller offered, e.g. 10.00 GBP, or a share of "
                        + "the price paid, e.g. 10%.");
        assertThatThrownBy(() -> Money.offer("", paid)).hasMessageStartingWith("The amount is missing.");
        assertThatThrownBy(() -> Money.offer("150%", paid)).hasMessageStartingWith("150% is not a share of the "
                + "price paid");
        assertThatThrownBy(() -> Money.offer("0%", paid)).hasMessageContaining("between 1% and 100%");
        assertThatThrownBy(() -> Money.offer("100.5%", paid)).hasMessageContaining("between 1% and 100%");
    }
}
