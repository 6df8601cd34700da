package org.casefile.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ChoiceTest {
    @Test
    void acceptsIdsAndLabelsInAnyCase() {
        assertThat(Platform.fromId("AliExpress")).isEqualTo(Platform.ALIEXPRESS);
        assertThat(Platform.fromId(" EBAY ")).isEqualTo(Platform.EBAY);
        assertThat(CaseStatus.fromId("dispute-opened")).isEqualTo(CaseStatus.DISPUTE_OPENED);
        assertThat(PaymentMethod.fromId("PayPal")).isEqualTo(PaymentMethod.PAYPAL);
    }

    @Test
    void saysWhatIsAllowed() {
        assertThatThrownBy(() -> ClaimType.fromId("lost")).isInstanceOf(CasefileException.class)
                .hasMessage("'lost' is not a claim type. Use one of: not-received, not-as-described, damaged.");
        assertThatThrownBy(() -> CaseStatus.fromId(null)).hasMessageContaining("is not a status");
    }
}
