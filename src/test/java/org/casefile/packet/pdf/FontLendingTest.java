package org.casefile.packet.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The bundled fonts are parsed once and lent to one document at a time: a document written with lent fonts (parsed
 * ahead, or given back by the one before) is byte for byte the one written with fonts parsed for it, Chinese and
 * bold included; two documents at once each get their own.
 */
class FontLendingTest {
    private static final String TEXT = "Capacity 2TB advertised, 512GB arrived — 亲，您好！ 환불 file";

    @AfterEach
    void noSpareLeft() throws IOException {
        ParsedFonts.dropSpare();
    }

    private static byte[] document(String text) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PDDocument document = new PDDocument(); PacketFonts fonts = new PacketFonts(document)) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.newLineAtOffset(40, 700);
                for (boolean bold : new boolean[] {false, true}) {
                    for (PacketFonts.Run run : fonts.runs(text, bold)) {
                        content.setFont(run.font(), 11);
                        content.showText(run.text());
                    }
                    content.newLineAtOffset(0, -20);
                }
                content.endText();
            }
            // A fixed id, as a packet has (PDFBox would make one from the time).
            org.apache.pdfbox.cos.COSArray id = new org.apache.pdfbox.cos.COSArray();
            id.add(new org.apache.pdfbox.cos.COSString(new byte[16]));
            id.add(new org.apache.pdfbox.cos.COSString(new byte[16]));
            document.getDocument().setDocumentID(id);
            document.save(out);
        }
        return out.toByteArray();
    }

    @Test
    void aDocumentWithLentFontsIsTheOneWithFontsParsedForIt() throws IOException {
        ParsedFonts.dropSpare();
        byte[] parsedForIt = document(TEXT);
        byte[] lent = document(TEXT); // the fonts the first one gave back
        assertThat(lent).isEqualTo(parsedForIt);
        ParsedFonts.dropSpare();
        PacketFonts.parseAhead();
        assertThat(document(TEXT)).isEqualTo(parsedForIt);
        // Another text in between changes nothing for the next document.
        document("Ünïcödé Ελληνικά Кириллица 中文 한국어");
        assertThat(document(TEXT)).isEqualTo(parsedForIt);
        try (PDDocument read = Loader.loadPDF(lent)) {
            assertThat(new PDFTextStripper().getText(read)).contains("亲，您好").contains("512GB arrived");
        }
    }

    @Test
    void oneDocumentAtATimeBorrowsTheParsedFonts() throws IOException {
        ParsedFonts.dropSpare();
        PacketFonts.parseAhead();
        ParsedFonts first = ParsedFonts.borrow();
        ParsedFonts second = ParsedFonts.borrow(); // the first is out: parsed anew
        assertThat(second).isNotSameAs(first);
        first.giveBack();
        second.giveBack(); // one spare is kept; this one is closed
        assertThat(ParsedFonts.borrow()).isSameAs(first);
        first.giveBack();
        PacketFonts.parseAhead(); // a spare is there: nothing parsed
        assertThat(ParsedFonts.borrow()).isSameAs(first);
        first.giveBack();
    }
}
