package org.casefile.packet.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Lines break where the language allows, and right-to-left text reads right to left on the page. */
class LineBreakAndDirectionTest {
    @Test
    void piecesFollowTheLanguagesLineBreakRules() {
        assertThat(PageFlow.tokens("le vendeur a dit «\u00a0non\u00a0» hier", Locale.FRANCE))
                .as("French guillemets stay with their word").contains("«\u00a0non\u00a0» ");
        assertThat(String.join("", PageFlow.tokens("상품이 도착하지 않았습니다", Locale.KOREA)))
                .isEqualTo("상품이 도착하지 않았습니다");
        assertThat(PageFlow.tokens("상품이 도착하지 않았습니다", Locale.KOREA)).as("Korean breaks between words")
                .contains("상품이 ");
        assertThat(PageFlow.tokens("请耐心等待", Locale.KOREA)).as("Chinese breaks between any characters")
                .containsExactly("请", "耐", "心", "等", "待");
        assertThat(PageFlow.tokens("well-known seller", Locale.UK)).containsExactly("well-", "known ", "seller");
    }

    @Test
    void rightToLeftRunsAreLaidOutInReadingOrder() {
        String hebrew = "\u05E9\u05DC\u05D5\u05DD";
        assertThat(VisualOrder.of("Seller: " + hebrew)).isEqualTo("Seller: \u05DD\u05D5\u05DC\u05E9");
        String arabic = "\u0645\u0631\u062D\u0628\u0627 (1)";
        String shown = VisualOrder.of(arabic);
        assertThat(shown).startsWith("(1)").endsWith("\u0627\u0628\u062D\u0631\u0645");
        assertThat(VisualOrder.of("plain English")).isEqualTo("plain English");
        assertThat(List.of(VisualOrder.of("亲，您好"))).containsExactly("亲，您好");
    }
}
