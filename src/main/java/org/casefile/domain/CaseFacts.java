package org.casefile.domain;

import java.time.LocalDate;

/**
 * Everything the buyer knows about the order and what they ask for, as checked values.
 * Optional facts are null when unknown. Build one from text with {@link CaseFactsInput#parse}.
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
        Money refundAsked) {
}
