package org.casefile.domain;

import org.casefile.domain.text.Phrase;
import org.casefile.domain.text.RuleText;

/** The order facts a person fills in; validation problems are reported per field. */
public enum CaseField {
    PLATFORM,
    ORDER_NUMBER,
    SELLER,
    ITEM,
    LISTING_URL,
    ORDERED_ON,
    PAID,
    PAYMENT,
    COUNTRY,
    TRACKING_NUMBER,
    CARRIER,
    EXPECTED_DELIVERY,
    PROTECTION_ENDS,
    CLAIM,
    RESOLUTION,
    REFUND_ASKED,
    BUYER_NAME,
    DELIVERY_ADDRESS,
    CARD_LAST4,
    STATEMENT_NAME,
    CHARGED_ON,
    RECEIVED_ON;

    /** The field's name before it is said in a language. */
    public Phrase phrase() {
        return Phrase.of("CaseField." + name());
    }

    /** The English name: what the command line's errors print. */
    public String label() {
        return RuleText.english(phrase());
    }
}
