package org.casefile.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class WarningsAndFlagsTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

    private static CaseFacts facts(String claim, String resolution, String refund, String country) {
        return new CaseFactsInput("aliexpress", "1", null, "SSD", null, "2026-10-01", "150 GBP", "credit-card",
                country, null, null, null, "2026-11-20", claim, resolution, refund).parse(TODAY);
    }

    private static StatusChange on(String day, CaseStatus status) {
        return new StatusChange(LocalDateTime.parse(day + "T12:00:00"), status, null);
    }

    @Test
    void noPartialRefundForAParcelThatNeverCameWhateverTheCurrency() {
        CaseFacts lost = facts("not-received", null, null, "GB");
        assertThat(Warnings.beforeAccepting(lost, Money.parse("149.99 GBP"))).isPresent();
        assertThat(Warnings.beforeAccepting(lost, Money.parse("170 EUR"))).get().asString()
                .contains("another currency");
        assertThat(Warnings.beforeAccepting(lost, Money.parse("150 GBP"))).isEmpty();
        assertThat(Warnings.beforeAccepting(facts("damaged", null, null, "GB"), Money.parse("20 GBP"))).isEmpty();
    }

    @Test
    void askingForAPartialRefundOfAParcelThatNeverCameIsWarnedAbout() {
        assertThat(Warnings.aboutRequestedResolution(facts("not-received", "partial-refund", "50 GBP", "GB")))
                .get().asString().contains("Ask for a full refund");
        assertThat(Warnings.aboutRequestedResolution(facts("damaged", "partial-refund", "50 GBP", "GB"))).isEmpty();
        assertThat(Warnings.aboutRequestedResolution(facts("not-received", null, null, "GB"))).isEmpty();
    }

    @Test
    void receiptIsNotConfirmedBeforeTheGoodsAreChecked() {
        assertThat(Warnings.aboutConfirmingReceipt(CaseStatus.NEW, ClaimType.DAMAGED)).get().asString()
                .contains("before you have checked the goods");
        assertThat(Warnings.aboutConfirmingReceipt(CaseStatus.SELLER_CONTACTED, ClaimType.NOT_RECEIVED)).get()
                .asString().contains("has not come");
        assertThat(Warnings.aboutConfirmingReceipt(CaseStatus.ESCALATED, ClaimType.DAMAGED)).get().asString()
                .contains("dispute is open");
        assertThat(Warnings.aboutConfirmingReceipt(CaseStatus.RESOLVED, ClaimType.DAMAGED)).isEmpty();
    }

    @Test
    void statusesThatContradictTheDatesAreFlaggedInPlainWords() {
        CaseFacts f = facts("damaged", null, null, "GB");
        assertThat(StatusFlags.of(f, List.of(on("2026-11-19", CaseStatus.DISPUTE_OPENED)), List.of(), List.of()))
                .isEmpty();
        assertThat(StatusFlags.of(f, List.of(on("2026-11-21", CaseStatus.DISPUTE_OPENED)), List.of(), List.of()))
                .singleElement().asString().contains("after buyer protection ended on 2026-11-20");
        assertThat(StatusFlags.of(f, List.of(on("2026-11-19", CaseStatus.ESCALATED)), List.of(), List.of()))
                .singleElement().asString().contains("not when the dispute was opened");
    }

    @Test
    void aClaimWithNoContactIsFlaggedAndAnyRecordOfContactClearsIt() {
        CaseFacts f = facts("damaged", null, null, "GB");
        List<StatusChange> claim = List.of(on("2026-11-25", CaseStatus.EXTERNAL_CLAIM));
        assertThat(StatusFlags.of(f, claim, List.of(), List.of())).singleElement().asString()
                .contains("nothing in the case shows you contacted the seller");
        assertThat(SellerContact.recorded(claim, List.of(), List.of())).isFalse();
        Message asked = new Message(1, 1, LocalDateTime.parse("2026-11-02T09:00:00"), Author.BUYER, null,
                Channel.values()[0], "Where is my order?", false);
        assertThat(StatusFlags.of(f, claim, List.of(asked), List.of())).isEmpty();
        List<StatusChange> contacted = List.of(on("2026-11-03", CaseStatus.SELLER_CONTACTED), claim.get(0));
        assertThat(SellerContact.first(contacted, List.of(asked))).contains(asked.at());
        assertThat(StatusFlags.of(f, contacted, List.of(), List.of())).isEmpty();
    }

    @Test
    void theCarrierInquiryTipNamesWhereToAsk() {
        assertThat(Checklist.carrierInquiryTip(facts("not-received", null, null, "US"))).contains("usps.com");
        assertThat(Checklist.carrierInquiryTip(facts("not-received", null, null, "GB"))).contains("royalmail.com");
        assertThat(Checklist.carrierInquiryTip(facts("not-received", null, null, "AU"))).contains("auspost.com.au");
        assertThat(Checklist.carrierInquiryTip(facts("not-received", null, null, "CA"))).contains("canadapost.ca",
                "before you open the dispute");
    }
}
