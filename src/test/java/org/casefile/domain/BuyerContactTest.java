package org.casefile.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The buyer's own contact details found in what they wrote, and hidden wherever they appear. */
class BuyerContactTest {
    private static final List<String> NUMBERS = List.of("8123456789012", "LP00123456789CN");

    @Test
    void theBuyersEmailAndPhoneAreHiddenInAnyoneElsesTextToo() {
        BuyerContact contact = BuyerContact.in(List.of("Mail me at Jane.Buyer@example.com or ring 07700 900123."),
                NUMBERS);
        assertThat(contact.hide("We wrote to jane.buyer@EXAMPLE.com and called +44 7700 900123 (or 07700-900-123)."))
                .isEqualTo("We wrote to [buyer's email] and called [buyer's phone] (or [buyer's phone]).");
    }

    @Test
    void othersDetailsOrderNumbersDatesAndAmountsStay() {
        BuyerContact contact = BuyerContact.in(List.of("Order 8123456789012 paid 2026-10-01, 89.99 GBP. "
                + "Call 0161 496 0000.", "Arrived 22.10.2026, tracking LP00123456789CN"), NUMBERS);
        String seller = "Write to shop@seller.example or call +86 138 0013 8000. Order 8123456789012, "
                + "sent 2026-10-01, arrived 22.10.2026, refund 89.99.";
        assertThat(contact.hide(seller)).isEqualTo(seller);
        assertThat(contact.hide("our number 0161 496 0000")).isEqualTo("our number [buyer's phone]");
    }

    @Test
    void aBareRunOfDigitsIsNotAPhoneAndNothingFoundHidesNothing() {
        BuyerContact contact = BuyerContact.in(List.of("parcel 12345678901 is lost"), List.of());
        assertThat(contact.isEmpty()).isTrue();
        assertThat(contact.hide("parcel 12345678901 is lost")).isEqualTo("parcel 12345678901 is lost");
        assertThat(contact.hide(null)).isNull();
    }
}
