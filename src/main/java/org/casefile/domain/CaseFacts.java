package org.casefile.domain;

import java.time.LocalDate;

/**
 * Everything the buyer knows about the order and what they ask for, as checked values.
 * Optional facts are null when unknown; {@code bank} is never null
 * ({@link BankFacts#NONE}), {@code returned} is null until the buyer records a return attempt. Build one from text with {@link CaseFactsInput#parse}.
 */
public record CaseFacts(
        Platform platform,
        String orderNumber,
        String seller,
        String item,
        String listingUrl,
        LocalDate orderedOn,
        Money paid,
        PaymentMethod payment,
        String country,
        String trackingNumber,
        String carrier,
        LocalDate expectedDelivery,
        LocalDate protectionEnds,
        ClaimType claim,
        Resolution resolution,
        Money refundAsked,
        BankFacts bank,
        ReturnAttempt returned) {

    public CaseFacts {
        bank = bank == null ? BankFacts.NONE : bank;
    }

    /** The order facts without anything for the bank yet (no cardholder, no return). */
    public CaseFacts(Platform platform, String orderNumber, String seller, String item, String listingUrl,
                     LocalDate orderedOn, Money paid, PaymentMethod payment, String country, String trackingNumber,
                     String carrier, LocalDate expectedDelivery, LocalDate protectionEnds, ClaimType claim,
                     Resolution resolution, Money refundAsked) {
        this(platform, orderNumber, seller, item, listingUrl, orderedOn, paid, payment, country, trackingNumber,
                carrier, expectedDelivery, protectionEnds, claim, resolution, refundAsked, BankFacts.NONE, null);
    }

    /** The day the card was charged: the order date unless the buyer gave another. */
    public LocalDate chargedOn() {
        return bank.chargedOn() != null ? bank.chargedOn() : orderedOn;
    }

    public CaseFacts withReturn(ReturnAttempt attempt) {
        return new CaseFacts(platform, orderNumber, seller, item, listingUrl, orderedOn, paid, payment, country,
                trackingNumber, carrier, expectedDelivery, protectionEnds, claim, resolution, refundAsked, bank,
                attempt);
    }
}
