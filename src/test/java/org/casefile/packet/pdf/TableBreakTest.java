package org.casefile.packet.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Tables drawn from every height of a page, read back page by page: how they break is what a reader sees. */
class TableBreakTest {
    private static final Pattern ROW = Pattern.compile("Row (\\d+) ");

    /** What one page holds of the table: whether the header is there, and the body rows in order. */
    private record PageRows(boolean header, boolean headerFirst, List<Integer> rows) {
    }

    @Test
    void aTableNeverLeavesFewerThanTwoRowsEitherSideOfABreakAndRepeatsItsHeader() throws IOException {
        for (int count : new int[] {1, 2, 3, 4, 5, 7, 45}) {
            for (float start = PageFlow.TOP; start > PageFlow.BOTTOM; start -= 9) {
                List<String[]> rows = new ArrayList<>();
                for (int i = 1; i <= count; i++) {
                    // Some rows wrap to two or three lines, so the rows are of different heights.
                    rows.add(new String[] {"Row " + i + " ", "x ".repeat(i % 3 * 60) + "end"});
                }
                List<PageRows> pages = draw(rows, start);
                String where = count + " rows from y=" + start + ": " + pages;
                List<Integer> all = new ArrayList<>();
                List<PageRows> holding = pages.stream().filter(p -> !p.rows().isEmpty()).toList();
                for (PageRows page : holding) {
                    all.addAll(page.rows());
                    assertTrue(page.header() && page.headerFirst(), "the header opens each page: " + where);
                    if (holding.size() > 1) {
                        assertTrue(page.rows().size() >= Table.LONE_ROWS, "never a lone row at a break: " + where);
                    }
                }
                assertEquals(count, all.size(), "every row once: " + where);
                for (int i = 0; i < count; i++) {
                    assertEquals(i + 1, all.get(i), "rows in order: " + where);
                }
                assertTrue(pages.stream().allMatch(p -> p.header() == !p.rows().isEmpty()),
                        "no header left without its rows: " + where);
            }
        }
    }

    @Test
    void aTableThatFitsWhereItStartsStaysOnThatPage() throws IOException {
        List<PageRows> pages = draw(List.of(new String[] {"Row 1 ", "a"}, new String[] {"Row 2 ", "b"}),
                PageFlow.BOTTOM + 100);
        assertEquals(List.of(1, 2), pages.get(0).rows());
        assertEquals(1, pages.size());
    }

    @Test
    @Timeout(20)
    void aRowTallerThanAPageBreaksInsideItself() throws IOException {
        StringBuilder tall = new StringBuilder();
        for (int i = 1; i <= 200; i++) {
            tall.append("line ").append(i).append('\n');
        }
        List<PageRows> pages = draw(List.of(new String[] {"Row 1 ", "short"}, new String[] {"Row 2 ", tall + "last"},
                new String[] {"Row 3 ", "after"}), PageFlow.TOP - 300);
        String text = lastText;
        assertTrue(pages.size() >= 3, "the tall row runs over pages: " + pages.size());
        assertTrue(text.contains("line 1\n") && text.contains("line 200") && text.contains("after"), text);
        assertTrue(pages.stream().filter(p -> p.header()).count() >= 3, "the header repeats on each page");
    }

    /** All pages' text of the last table drawn. */
    private String lastText;

    /** Draws the table on a page whose free space starts at {@code start}, and reads each page back. */
    private List<PageRows> draw(List<String[]> rows, float start) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PDDocument document = new PDDocument(); PacketFonts fonts = new PacketFonts(document);
             PageFlow flow = new PageFlow(document, fonts)) {
            flow.newPage();
            flow.moveTo(start);
            new Table(flow, new String[] {"Header-A", "Header-B"}, new float[] {0.3f, 0.7f}, 0).draw(rows);
            flow.close();
            document.save(out);
        }
        List<PageRows> pages = new ArrayList<>();
        StringBuilder all = new StringBuilder();
        try (PDDocument document = Loader.loadPDF(out.toByteArray())) {
            PDFTextStripper stripper = new PDFTextStripper();
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                String text = stripper.getText(document);
                all.append(text);
                List<Integer> found = new ArrayList<>();
                Matcher m = ROW.matcher(text + " ");
                int first = -1;
                while (m.find()) {
                    found.add(Integer.parseInt(m.group(1)));
                    first = first < 0 ? m.start() : first;
                }
                int header = text.indexOf("Header-A");
                pages.add(new PageRows(header >= 0, header >= 0 && (first < 0 || header < first), found));
            }
        }
        lastText = all.toString();
        return pages;
    }
}
