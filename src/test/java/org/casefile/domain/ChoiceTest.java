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
    void everyValueIsFoundByItsIdAndByItsLabelWrittenAnyWay() {
        for (Class<? extends Choice> type : java.util.List.of(Platform.class, ClaimType.class, PaymentMethod.class,
                CaseStatus.class, Outcome.class, RouteKind.class, DeadlineKind.class, Author.class,
                EvidenceKind.class)) {
            for (Choice value : type.getEnumConstants()) {
                for (String text : java.util.List.of(value.id(), " " + value.id().toUpperCase(java.util.Locale.ROOT),
                        value.label(), value.label().toUpperCase(java.util.Locale.ROOT) + " ")) {
                    assertThat(parse(type, text)).as(type.getSimpleName() + " '" + text + "'").isSameAs(value);
                }
            }
        }
        assertThat(ClaimType.fromId("Not as described")).isEqualTo(ClaimType.NOT_AS_DESCRIBED);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object parse(Class type, String text) {
        return Choice.parse(type, text, "value");
    }

    @Test
    void theIdsAreTheCommandLineContractsWords() {
        assertThat(Choice.ids(Platform.class)).isEqualTo("aliexpress, amazon, ebay, temu, other");
        assertThat(Choice.ids(ClaimType.class)).isEqualTo("not-received, not-as-described, damaged");
        assertThat(Choice.ids(PaymentMethod.class))
                .isEqualTo("credit-card, debit-card, paypal, platform-balance, other");
        assertThat(Choice.ids(CaseStatus.class)).isEqualTo("new, seller-contacted, dispute-opened, "
                + "seller-responded, escalated, resolved, external-claim, closed");
        assertThat(Choice.ids(Outcome.class)).isEqualTo("full-refund, partial-refund, replacement, rejected");
        assertThat(Choice.ids(RouteKind.class)).isEqualTo("platform, paypal, chargeback, section75");
        assertThat(Choice.ids(DeadlineKind.class)).isEqualTo("buyer-protection-ends, open-dispute-by, "
                + "seller-wait-ends, seller-response-due, escalate-by, decision-expected-by, paypal-dispute-window, "
                + "paypal-escalate-by, "
                + "chargeback-window, ombudsman-from");
        assertThat(Choice.ids(Author.class)).isEqualTo("buyer, seller, platform");
    }

    @Test
    void saysWhatIsAllowed() {
        assertThatThrownBy(() -> ClaimType.fromId("lost")).isInstanceOf(CasefileException.class)
                .hasMessage("'lost' is not a claim type. Use one of: not-received, not-as-described, damaged.");
        assertThatThrownBy(() -> CaseStatus.fromId(null)).hasMessageContaining("is not a status");
    }
}
