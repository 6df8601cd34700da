package org.casefile;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.casefile.domain.CaseFactsInput;

/** Shared test inputs: a fixed clock and realistic order facts. */
public final class TestCases {
    public static final Clock CLOCK = Clock.fixed(LocalDateTime.parse("2026-11-26T10:00:00")
            .toInstant(ZoneOffset.UTC), ZoneId.of("UTC"));

    private TestCases() {
    }

    public static CaseFactsInput ssd(String order) {
        return new CaseFactsInput("aliexpress", order, "Yunda Digital Store", "2TB portable SSD, black",
                "https://www.aliexpress.com/item/1005006123456789.html", "2026-10-01", "89.99 GBP", "credit-card",
                "GB", "LP00612345678901CN", "Cainiao", "2026-10-20", "2026-12-10", "not-as-described", null, null);
    }

    public static CaseFactsInput withSeller(CaseFactsInput in, String seller) {
        return new CaseFactsInput(in.platform(), in.orderNumber(), seller, in.item(), in.listingUrl(), in.orderedOn(),
                in.paid(), in.payment(), in.country(), in.trackingNumber(), in.carrier(), in.expectedDelivery(),
                in.protectionEnds(), in.claim(), in.resolution(), in.refundAsked());
    }
}
