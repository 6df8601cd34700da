package org.casefile.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Text cut to a form's character limit, at its edges. */
class FormTextTest {
    @Test
    void textThatFitsIsKeptWhole() {
        assertThat(FormText.cut("  Twelve chars  ", 12)).isEqualTo("Twelve chars");
        assertThat(FormText.cut("No limit at all", 0)).isEqualTo("No limit at all");
    }

    @Test
    void longerTextIsCutAtASentenceOrAWordAndNeverOverTheLimit() {
        String text = "The SSD arrived with 512GB. The listing said 2TB. I asked the seller twice";
        String cut = FormText.cut(text, 60);
        assertThat(cut).isEqualTo("The SSD arrived with 512GB. The listing said 2TB.");
        assertThat(FormText.cut(text, 40)).isEqualTo("The SSD arrived with 512GB.");
        String words = FormText.cut("aaaa bbbb cccc dddd eeee ffff", 17);
        assertThat(words).isEqualTo("aaaa bbbb cccc…");
        assertThat(words.length()).isLessThanOrEqualTo(17);
        assertThat(FormText.cut("x".repeat(30), 10)).hasSize(10).endsWith("…");
        assertThat(FormText.cut("货物与描述不符，请退款。".repeat(10), 11).codePointCount(0, 11)).isLessThanOrEqualTo(11);
    }
}
