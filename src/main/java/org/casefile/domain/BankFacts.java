package org.casefile.domain;

import java.time.LocalDate;
import org.casefile.domain.text.Phrase;

/**
 * What a card issuer needs to find the transaction and the cardholder: the name on the card, where the parcel was to
 * go, the card's last four digits (never more), the merchant's name as the statement shows it, when the card was
 * charged and when the parcel arrived. Each is null when not recorded.
 */
public record BankFacts(String buyerName, String deliveryAddress, String cardLast4, String statementName,
                        LocalDate chargedOn, LocalDate receivedOn) {
    public static final BankFacts NONE = new BankFacts(null, null, null, null, null, null);

    public BankFacts {
        if (cardLast4 != null && !cardLast4.matches("[0-9]{4}")) {
            throw new CasefileException(Phrase.of("BankFacts.lastFour"));
        }
    }
}
