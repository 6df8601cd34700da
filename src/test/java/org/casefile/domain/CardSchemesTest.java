package org.casefile.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The scheme waits at their edges: the days are counted from the right date and capped at 540. */
class CardSchemesTest {
    private static final LocalDate TODAY = LocalDate.parse("2028-06-01");

    private static CaseFacts facts(String claim, String expected, String charged, String received) {
        return new CaseFactsInput("aliexpress", "1", null, "SSD", null, "2026-10-01", "89.99 GBP", "credit-card",
                "GB", null, null, expected, null, claim, null, null, "Sam Taylor", null, null, null, charged,
                received).parse(TODAY);
    }

    @Test
    void goodsThatNeverCameWithNoDatePromisedWaitFifteenDaysForVisaAndThirtyForMastercard() {
        CardSchemes.Waits waits = CardSchemes.waits(facts("not-received", null, null, null));
        assertThat(waits.visaWaitEnds()).isEqualTo("2026-10-16");
        assertThat(waits.mastercardWaitEnds()).isEqualTo("2026-10-31");
        assertThat(waits.earliestFiling()).as("both schemes satisfied").isEqualTo("2026-10-31");
        assertThat(waits.returnWaitEnds()).isNull();
        assertThat(waits.fileBy()).as("120 days from the charge, the order date by default").isEqualTo("2027-01-29");

        CardSchemes.Waits promised = CardSchemes.waits(facts("not-received", "2026-10-20", null, null));
        assertThat(promised.visaWaitEnds()).isNull();
        assertThat(promised.mastercardWaitEnds()).isNull();
        assertThat(promised.earliestFiling()).isNull();
        assertThat(promised.fileBy()).as("from the promised delivery").isEqualTo("2027-02-17");
    }

    @Test
    void aReturnMakesTheBankWaitFifteenDaysAndArrivalStartsTheClock() {
        CaseFacts facts = facts("not-as-described", "2026-10-20", "2026-10-02", "2026-10-25")
                .withReturn(ReturnAttempt.sent(LocalDate.parse("2026-11-01"), "Royal Mail", null, null));
        CardSchemes.Waits waits = CardSchemes.waits(facts);
        assertThat(waits.returnWaitEnds()).isEqualTo("2026-11-16");
        assertThat(waits.earliestFiling()).isEqualTo("2026-11-16");
        assertThat(waits.visaWaitEnds()).as("a delivery that came needs no wait").isNull();
        assertThat(waits.fileBy()).as("120 days from arrival, the latest start").isEqualTo("2027-02-22");
        assertThat(waits.latest()).as("540 days from the charge").isEqualTo("2028-03-25");

        CaseFacts refused = facts.withReturn(ReturnAttempt.refused());
        assertThat(CardSchemes.waits(refused).returnWaitEnds()).isNull();
    }

    @Test
    void theFilingDateNeverPassesFiveHundredFortyDaysFromTheCharge() {
        CardSchemes.Waits waits = CardSchemes.waits(facts("not-received", "2028-03-01", null, null));
        assertThat(waits.latest()).isEqualTo("2028-03-24");
        assertThat(waits.fileBy()).isEqualTo(waits.latest());
    }

    @Test
    void goodsThatNeverCameHaveNoReturnToCertify() {
        assertThat(CardSchemes.points(ClaimType.NOT_RECEIVED)).doesNotContain(CardSchemes.Point.RETURN,
                CardSchemes.Point.HOW_IT_DIFFERS).contains(CardSchemes.Point.DELIVERY_ADDRESS);
        assertThat(CardSchemes.points(ClaimType.DAMAGED)).contains(CardSchemes.Point.RETURN,
                CardSchemes.Point.EXPECTED_DELIVERY, CardSchemes.Point.ACTUAL_DELIVERY,
                CardSchemes.Point.ATTEMPT_TO_RESOLVE);
    }
}
