package org.casefile.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CaseFactsInputTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

    static CaseFactsInput valid() {
        return new CaseFactsInput("aliexpress", " 8123456789012 ", "Yunda Digital Store", "2TB portable SSD",
                "https://www.aliexpress.com/item/1.html", "2026-10-01", "89.99 GBP", "credit-card", "uk",
                "LP001CN", "Cainiao", "2026-10-20", "2026-12-10", "not-as-described", null, null);
    }

    @Test
    void parsesEveryFact() {
        CaseFacts facts = valid().parse(TODAY);
        assertThat(facts.platform()).isEqualTo(Platform.ALIEXPRESS);
        assertThat(facts.orderNumber()).isEqualTo("8123456789012");
        assertThat(facts.paid()).isEqualTo(Money.parse("89.99 GBP"));
        assertThat(facts.payment()).isEqualTo(PaymentMethod.CREDIT_CARD);
        assertThat(facts.country()).as("UK is how people write GB").isEqualTo("GB");
        assertThat(facts.protectionEnds()).isEqualTo(LocalDate.of(2026, 12, 10));
        assertThat(facts.claim()).isEqualTo(ClaimType.NOT_AS_DESCRIBED);
        assertThat(facts.resolution()).as("default").isEqualTo(Resolution.FULL_REFUND);
    }

    @Test
    void roundTripsThroughText() {
        CaseFacts facts = valid().parse(TODAY);
        assertThat(CaseFactsInput.of(facts).parse(TODAY)).isEqualTo(facts);
    }

    @Test
    void optionalFactsMayBeLeftOut() {
        CaseFacts facts = new CaseFactsInput("ebay", "12-34567-89012", null, "Jacket", null, "2026-10-01",
                "20 EUR", null, null, null, null, null, null, "damaged", null, null).parse(TODAY);
        assertThat(facts.payment()).isEqualTo(PaymentMethod.OTHER);
        assertThat(facts.protectionEnds()).isNull();
        assertThat(facts.seller()).isNull();
    }

    @Test
    void reportsEveryWrongFieldAtOnce() {
        CaseFactsInput input = new CaseFactsInput("nope", "", null, " ", "ftp://x", "2026-13-01", "abc", "cash",
                "ZZ", null, null, "soon", null, "lost", null, null);
        InvalidCaseException e = catchThrowableOfType(() -> input.parse(TODAY), InvalidCaseException.class);
        assertThat(e.problems()).containsOnlyKeys(CaseField.PLATFORM, CaseField.ORDER_NUMBER, CaseField.ITEM,
                CaseField.LISTING_URL, CaseField.ORDERED_ON, CaseField.PAID, CaseField.PAYMENT, CaseField.COUNTRY,
                CaseField.EXPECTED_DELIVERY, CaseField.CLAIM);
        assertThat(e.problems().get(CaseField.PLATFORM)).contains("aliexpress, amazon, ebay, temu, other");
        assertThat(e.problems().get(CaseField.ORDER_NUMBER)).isEqualTo("This is needed.");
        assertThat(e.problems().get(CaseField.ORDERED_ON)).contains("'2026-13-01' is not a date");
        assertThat(e.getMessage()).contains("Amount paid: 'abc' is not an amount");
    }

    @Test
    void refusesProtectionEndingBeforeTheOrder() {
        CaseFactsInput input = new CaseFactsInput("amazon", "205-1", null, "Lamp", null, "2026-10-01", "30 GBP",
                null, null, null, null, null, "2026-09-30", "damaged", null, null);
        InvalidCaseException e = catchThrowableOfType(() -> input.parse(TODAY), InvalidCaseException.class);
        assertThat(e.problems()).containsOnlyKeys(CaseField.PROTECTION_ENDS);
        assertThat(e.problems().get(CaseField.PROTECTION_ENDS)).contains("before the order date");
    }

    @Test
    void refusesAnOrderDateInTheFutureAndAZeroAmount() {
        CaseFactsInput input = new CaseFactsInput("temu", "PO-1", null, "Boots", null, "2026-11-27", "0 GBP",
                null, null, null, null, null, null, "not-received", null, null);
        InvalidCaseException e = catchThrowableOfType(() -> input.parse(TODAY), InvalidCaseException.class);
        assertThat(e.problems()).containsOnlyKeys(CaseField.ORDERED_ON, CaseField.PAID);
        assertThat(e.problems().get(CaseField.ORDERED_ON)).contains("in the future");
    }

    @Test
    void partialRefundNeedsAnAmountBelowWhatWasPaid() {
        CaseFactsInput base = valid();
        CaseFactsInput tooMuch = new CaseFactsInput(base.platform(), base.orderNumber(), base.seller(), base.item(),
                base.listingUrl(), base.orderedOn(), base.paid(), base.payment(), base.country(),
                base.trackingNumber(), base.carrier(), base.expectedDelivery(), base.protectionEnds(), base.claim(),
                "partial-refund", "100 GBP");
        assertThat(catchThrowableOfType(() -> tooMuch.parse(TODAY), InvalidCaseException.class).problems())
                .containsOnlyKeys(CaseField.REFUND_ASKED);
        CaseFactsInput missing = new CaseFactsInput(base.platform(), base.orderNumber(), base.seller(), base.item(),
                base.listingUrl(), base.orderedOn(), base.paid(), base.payment(), base.country(),
                base.trackingNumber(), base.carrier(), base.expectedDelivery(), base.protectionEnds(), base.claim(),
                "partial-refund", " ");
        assertThat(catchThrowableOfType(() -> missing.parse(TODAY), InvalidCaseException.class).problems())
                .containsEntry(CaseField.REFUND_ASKED, "This is needed.");
        CaseFactsInput fine = new CaseFactsInput(base.platform(), base.orderNumber(), base.seller(), base.item(),
                base.listingUrl(), base.orderedOn(), base.paid(), base.payment(), base.country(),
                base.trackingNumber(), base.carrier(), base.expectedDelivery(), base.protectionEnds(), base.claim(),
                "partial-refund", "30 GBP");
        assertThat(fine.parse(TODAY).refundAsked()).isEqualTo(Money.parse("30.00 GBP"));
    }

    @Test
    void keepsEveryScriptAndRemovesControlCharacters() {
        CaseFactsInput input = new CaseFactsInput("other", "单号-42", "深圳云达数码 🛒", "무선 이어폰\u0007 سماعات",
                null, "2026-10-01", "199 CNY", null, null, null, null, null, null, "damaged", null, null);
        CaseFacts facts = input.parse(TODAY);
        assertThat(facts.item()).isEqualTo("무선 이어폰  سماعات");
        assertThat(facts.seller()).isEqualTo("深圳云达数码 🛒");
    }

    @Test
    void refusesOverlongText() {
        CaseFactsInput input = new CaseFactsInput("other", "x".repeat(121), null, "y", null, "2026-10-01",
                "1 GBP", null, null, null, null, null, null, "damaged", null, null);
        assertThat(catchThrowableOfType(() -> input.parse(TODAY), InvalidCaseException.class).problems())
                .containsEntry(CaseField.ORDER_NUMBER, "Keep this under 120 characters.");
    }
}
