package org.casefile.packet.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

/**
 * The layout measures text from each character's width, asked of the font once: the widths must be exactly the
 * floats PDFBox's own measure of the whole string gives, or lines would break elsewhere and the packet's bytes
 * change. Asked again in a second document (the packet after its dry run), the remembered widths still agree.
 */
class TextWidthTest {
    private static final String[] TEXTS = {"The parcel arrived on 18 October with the lid crushed.",
        "Wörter, ñ, ç, ß — “quotes” … 1,234.56 £ € ¥", "Bold: Exhibit A, page 12\tand a tab",
        "주문 번호 8123456789012, 도착했습니다", "mixed 注文 and Ελληνικά and Кириллица", "emoji \uD83D\uDE4F and 𝔄",
        "", " ", "iiiiiiiiiiWWWWWWWWWW"};

    @Test
    void aTextIsAsWideAsPdfboxMeasuresItsRunsInEitherWeightAndAnySecondDocument() throws Exception {
        for (int round = 0; round < 2; round++) {
            try (PDDocument document = new PDDocument(); PacketFonts fonts = new PacketFonts(document)) {
                for (String text : TEXTS) {
                    for (boolean bold : new boolean[] {false, true}) {
                        for (float size : new float[] {8f, 10.5f, 14f}) {
                            float expected = 0;
                            for (PacketFonts.Run run : fonts.runs(text, bold)) {
                                expected += run.font().getStringWidth(run.text()) / 1000f * size;
                            }
                            assertThat(fonts.width(text, bold, size)).as("%s, bold %s, %s pt", text, bold, size)
                                    .isEqualTo(expected);
                        }
                    }
                }
                assertThat(fonts.width("WWW", false, 10)).isGreaterThan(fonts.width("iii", false, 10))
                        .isLessThan(fonts.width("WWW", true, 10) + 0.01f);
            }
        }
    }
}
