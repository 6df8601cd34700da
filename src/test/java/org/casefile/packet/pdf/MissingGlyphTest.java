package org.casefile.packet.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

/**
 * A character no bundled font has is never drawn as a box (a reader could take it for the buyer's mark): Korean
 * goes to the second font, and writing none has is left out with one note saying which writing it was.
 */
class MissingGlyphTest {
    @Test
    void koreanFallsBackToTheSecondFontAndThaiIsNamedNotBoxed() throws Exception {
        try (PDDocument document = new PDDocument(); PacketFonts fonts = new PacketFonts(document)) {
            List<PacketFonts.Run> korean = fonts.runs("Order 주문 ok", false);
            assertThat(String.join("", korean.stream().map(PacketFonts.Run::text).toList())).isEqualTo("Order 주문 ok");
            assertThat(korean).extracting(PacketFonts.Run::font).contains(fonts.regular()).hasSizeGreaterThan(1);

            String thai = String.join("", fonts.runs("Seller: สวัสดี ครับ!", false).stream()
                    .map(PacketFonts.Run::text).toList());
            assertThat(thai).isEqualTo("Seller: [Thai text] [Thai text]!")
                    .doesNotContain(PacketFonts.MISSING_PLACEHOLDER, "[?]");
        }
    }
    /** In a Korean or French packet the notes are in that language, the writing named as the JDK names it there. */
    @Test
    void theNotesForWhatNoFontDrawsAreSaidInThePacketsLanguage() throws Exception {
        try (PDDocument document = new PDDocument(); PacketFonts fonts = new PacketFonts(document)) {
            fonts.noteIn(java.util.Locale.KOREA, "[이모지]", writing -> "[" + writing + "]");
            List<PacketFonts.Run> runs = fonts.runs("Seller: สวัสดี \uD83D\uDE4F!", false);
            assertThat(String.join("", runs.stream().map(PacketFonts.Run::text).toList()))
                    .isEqualTo("Seller: [타이 문자] [이모지]!");
            assertThat(runs).extracting(PacketFonts.Run::font).contains(fonts.regular()).hasSizeGreaterThan(2);
        }
        try (PDDocument document = new PDDocument(); PacketFonts fonts = new PacketFonts(document)) {
            fonts.noteIn(java.util.Locale.FRANCE, "[émoji]", writing -> "[texte " + writing + "]");
            assertThat(String.join("", fonts.runs("สวัสดี \uD83D\uDE4F", false).stream().map(PacketFonts.Run::text)
                    .toList())).isEqualTo("[texte thaï] [émoji]");
        }
    }
}
