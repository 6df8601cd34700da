package org.casefile.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CardNumbersTest {
    private final CardNumbers masker = new CardNumbers("8123456789012344", "LP00123456789CN");

    @Test
    void cardNumbersInEveryUsualShapeAreMasked() {
        assertThat(masker.mask("my card 4111111111111111 was charged")).isEqualTo("my card ending 1111 was charged");
        assertThat(masker.mask("4111 1111 1111 1111")).isEqualTo("card ending 1111");
        assertThat(masker.mask("5555-5555-5555-4444.")).isEqualTo("card ending 4444.");
        assertThat(masker.mask("Amex 3782 822463 10005")).isEqualTo("Amex card ending 0005");
        assertThat(masker.mask("Card: 4111111111111111")).isEqualTo("Card: ending 1111");
        assertThat(masker.mask("13 digits: 4222222222222")).isEqualTo("13 digits: card ending 2222");
        assertThat(masker.mask("19 digits: 6011000000000000001")).isEqualTo("19 digits: card ending 0001");
        assertThat(masker.mask("two: 4111111111111111, 5555555555554444")).isEqualTo(
                "two: card ending 1111, card ending 4444");
    }

    @Test
    void numbersThatAreNotCardsStayAsWritten() {
        assertThat(CardNumbers.luhn("8123456789012344")).as("the order number fails Luhn").isFalse()
                .isEqualTo(CardNumbers.looksLikeCard("8123456789012344"));
        assertThat(masker.mask("4111111111111112")).as("fails the Luhn check").isEqualTo("4111111111111112");
        assertThat(masker.mask("7111111111111111 or 1111111111111111")).as("no network starts with 7 or 1")
                .isEqualTo("7111111111111111 or 1111111111111111");
        assertThat(masker.mask("422222222222")).as("12 digits").isEqualTo("422222222222");
        assertThat(masker.mask("42222222222222222222")).as("20 digits").isEqualTo("42222222222222222222");
        assertThat(masker.mask("x4111111111111111x")).isEqualTo("xcard ending 1111x");
        assertThat(masker.mask(null)).isNull();
        assertThat(masker.mask("short 2026-10-01")).isEqualTo("short 2026-10-01");
    }

    @Test
    void theCasesOwnNumbersAreNeverMasked() {
        String order = "3012345678901231"; // 16 digits, Luhn-valid, starts with 3: looks like a card
        assertThat(CardNumbers.looksLikeCard(order)).isTrue();
        CardNumbers ownOrder = new CardNumbers(order, null);
        assertThat(ownOrder.mask("Order " + order + " and card 4111111111111111")).isEqualTo(
                "Order " + order + " and card ending 1111");
        assertThat(ownOrder.mask("Order 3012 3456 7890 1231")).as("however it is grouped")
                .isEqualTo("Order 3012 3456 7890 1231");
    }
}
