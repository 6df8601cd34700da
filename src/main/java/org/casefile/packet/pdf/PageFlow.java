package org.casefile.packet.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.text.BreakIterator;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * Text and boxes flowing down A4 pages: a cursor, wrapping, and a new page when the next block does not fit.
 * Coordinates are PDF points with the origin at the bottom left; {@link #y()} is the top of the free space.
 */
public final class PageFlow implements AutoCloseable {
    public static final PDRectangle SIZE = PDRectangle.A4;
    public static final float MARGIN = 50;
    public static final float TOP = SIZE.getHeight() - 48;
    public static final float BOTTOM = 56;
    public static final float WIDTH = SIZE.getWidth() - 2 * MARGIN;

    public static final float[] INK = {0.11f, 0.12f, 0.14f};
    public static final float[] MUTED = {0.38f, 0.40f, 0.44f};
    public static final float[] ACCENT = {0.07f, 0.25f, 0.47f};
    public static final float[] SHADE = {0.93f, 0.95f, 0.97f};
    public static final float[] RULE = {0.78f, 0.80f, 0.84f};

    private final PDDocument document;
    private final PacketFonts fonts;
    private final List<PDPage> pages = new ArrayList<>();
    private PDPageContentStream content;
    private float y;
    private int titles;
    private PDPage titlePage;
    private final Locale locale;

    public PageFlow(PDDocument document, PacketFonts fonts) {
        this(document, fonts, Locale.UK);
    }

    /** A flow that breaks lines by the rules of {@code locale}'s language. */
    public PageFlow(PDDocument document, PacketFonts fonts, Locale locale) {
        this.document = document;
        this.fonts = fonts;
        this.locale = locale;
    }

    public PacketFonts fonts() {
        return fonts;
    }

    public PDDocument document() {
        return document;
    }

    public List<PDPage> pages() {
        return pages;
    }

    /** How many section titles were written, and the page of the last one (for the outline). */
    public int titles() {
        return titles;
    }

    /** Notes that a section starts here, on the current page. */
    public void markSection() {
        titles++;
        titlePage = page();
    }

    public PDPage titlePage() {
        return titlePage;
    }

    public float y() {
        return y;
    }

    public void moveTo(float newY) {
        y = newY;
    }

    public void down(float points) {
        y -= points;
    }

    /** The page being written, 1-based. */
    public int pageNumber() {
        return pages.size();
    }

    public PDPage page() {
        return pages.get(pages.size() - 1);
    }

    public PDPageContentStream content() {
        return content;
    }

    public void newPage() throws IOException {
        closeContent();
        PDPage page = new PDPage(SIZE);
        document.addPage(page);
        pages.add(page);
        content = new PDPageContentStream(document, page);
        y = TOP;
    }

    /** A section that may share the page: a new page unless {@code height} points (and a gap) are left. */
    public void startSection(float height) throws IOException {
        if (content != null && room() >= height + 30) {
            y -= 24;
        } else {
            newPage();
        }
    }

    /** Starts a new page unless {@code height} points still fit on this one (or it is empty: taller cannot fit). */
    public void ensure(float height) throws IOException {
        if (content == null || (y - height < BOTTOM && y < TOP)) {
            newPage();
        }
    }

    public float room() {
        return y - BOTTOM;
    }

    // ---- text ----

    /** Wraps {@code text} (newlines kept) to lines no wider than {@code width}. */
    public List<String> wrap(String text, float size, boolean bold, float width) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\n", -1)) {
            wrapParagraph(paragraph.stripTrailing(), size, bold, width, lines);
        }
        return lines;
    }

    private void wrapParagraph(String paragraph, float size, boolean bold, float width, List<String> lines) {
        if (paragraph.isEmpty()) {
            lines.add("");
            return;
        }
        StringBuilder line = new StringBuilder();
        // Widths add up run by run (no kerning), so the line's width is kept as it grows instead of measured anew.
        float lineWidth = 0;
        for (String token : tokens(paragraph, locale)) {
            float tokenWidth = fonts.width(token, bold, size);
            float trailing = token.endsWith(" ") ? fonts.width(" ", bold, size) : 0;
            if (lineWidth + tokenWidth - trailing <= width) {
                line.append(token);
                lineWidth += tokenWidth;
                continue;
            }
            if (line.length() > 0) {
                lines.add(line.toString().stripTrailing());
                line.setLength(0);
                lineWidth = 0;
                token = token.stripLeading();
            }
            // A token wider than the line (a URL, a hash) is cut where it must.
            while (fonts.width(token.stripTrailing(), bold, size) > width) {
                int cut = token.length() - 1;
                while (cut > 1 && fonts.width(token.substring(0, cut), bold, size) > width) {
                    cut--;
                }
                if (Character.isHighSurrogate(token.charAt(cut - 1))) {
                    cut--;
                }
                lines.add(token.substring(0, cut));
                token = token.substring(cut);
            }
            line.append(token);
            lineWidth = fonts.width(token, bold, size);
        }
        if (line.length() > 0) {
            lines.add(line.toString().stripTrailing());
        }
    }

    /**
     * The pieces a line may break between, with their trailing spaces, by the language's line-break rules
     * ({@link BreakIterator}: "well-" may end a line, "«" stays with its word, Korean breaks between words). Chinese and
     * Japanese characters are pieces of their own, since those scripts break between any two characters.
     */
    static List<String> tokens(String text, Locale locale) {
        List<String> tokens = new ArrayList<>();
        BreakIterator lines = BreakIterator.getLineInstance(locale);
        lines.setText(text);
        int start = lines.first();
        // Korean is set word by word (a line breaks at a space), though the JDK would break between syllables.
        boolean keepKoreanWords = locale.getLanguage().equals("ko");
        for (int end = lines.next(); end != BreakIterator.DONE; start = end, end = lines.next()) {
            String piece = text.substring(start, end);
            int last = tokens.size() - 1;
            if (keepKoreanWords && last >= 0 && isHangul(piece.codePointAt(0)) && endsInHangul(tokens.get(last))) {
                tokens.set(last, tokens.get(last) + piece);
            } else {
                splitIdeographs(piece, tokens);
            }
        }
        return tokens;
    }

    private static boolean isHangul(int cp) {
        return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HANGUL;
    }

    private static boolean endsInHangul(String token) {
        return !token.isEmpty() && isHangul(token.codePointBefore(token.length()));
    }

    private static void splitIdeographs(String segment, List<String> tokens) {
        StringBuilder word = new StringBuilder();
        int i = 0;
        while (i < segment.length()) {
            int cp = segment.codePointAt(i);
            if (isIdeograph(cp)) {
                if (word.length() > 0) {
                    tokens.add(word.toString());
                    word.setLength(0);
                }
                tokens.add(new String(Character.toChars(cp)));
            } else {
                word.appendCodePoint(cp);
            }
            i += Character.charCount(cp);
        }
        if (word.length() > 0) {
            tokens.add(word.toString());
        }
    }

    private static boolean isIdeograph(int cp) {
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA;
    }

    /** Draws one line of text with its baseline at {@code baseline}. */
    public void text(String text, float x, float baseline, float size, boolean bold, float[] colour)
            throws IOException {
        if (text.isEmpty()) {
            return;
        }
        content.setNonStrokingColor(colour[0], colour[1], colour[2]);
        content.beginText();
        content.newLineAtOffset(x, baseline);
        for (PacketFonts.Run run : fonts.runs(VisualOrder.of(text), bold)) {
            content.setFont(run.font(), size);
            content.showText(run.text());
        }
        content.endText();
    }

    public static float leading(float size) {
        return size * 1.38f;
    }

    /** A wrapped paragraph at the cursor, breaking pages between lines. */
    public void paragraph(String text, float size, boolean bold, float[] colour, float indent) throws IOException {
        float lead = leading(size);
        List<String> lines = wrap(text, size, bold, WIDTH - indent);
        keepTogether(lines.size(), lead);
        for (String line : lines) {
            ensure(lead);
            text(line, MARGIN + indent, y - size, size, bold, colour);
            y -= lead;
        }
    }

    /** Lines a page break may leave alone at the foot or the top of a page: fewer read as a stray. */
    private static final int LONE_LINES = 3;

    /**
     * Breaks the page before a block of {@code lines} rather than leave a few of its lines at the foot of this page
     * or carry a few to the top of the next: a short block moves whole, a long one keeps three lines each side.
     */
    void keepTogether(int lines, float lead) throws IOException {
        if (content == null) {
            return;
        }
        int fit = (int) Math.floor(room() / lead);
        if (fit >= lines) {
            return;
        }
        if (lines <= 2 * LONE_LINES || fit < LONE_LINES || lines - fit < LONE_LINES) {
            newPage();
        }
    }

    public void paragraph(String text) throws IOException {
        paragraph(text, 10, false, INK, 0);
        y -= 4;
    }

    /** A section title in the accent colour, with a rule under it, on a new page unless it fits here. */
    public void title(String text) throws IOException {
        title(text, 20);
    }

    /** A title kept on one page with the first {@code keepWith} points of what follows it (a table's opening). */
    public void title(String text, float keepWith) throws IOException {
        ensure(40 + keepWith);
        markSection();
        text(text, MARGIN, y - 17, 17, true, ACCENT);
        y -= 26;
        line(MARGIN, y, MARGIN + WIDTH, y, ACCENT, 1.2f);
        y -= 14;
    }

    /** A heading inside a section, kept with at least a few lines of what follows it. */
    public void subheading(String text) throws IOException {
        subheading(text, 0);
    }

    /** A heading kept on one page with the first {@code keepWith} points of what follows it (a table's opening). */
    public void subheading(String text, float keepWith) throws IOException {
        ensure(Math.max(80, 7 + leading(12) * wrap(text, 12, true, WIDTH).size() + keepWith));
        y -= 4;
        paragraph(text, 12, true, ACCENT, 0);
        y -= 3;
    }

    /** "Label   value" rows, the label in a fixed column. */
    /** The space between a label column and its values. */
    public static final float LABEL_GAP = 8;

    /**
     * A label column as wide as the widest of {@code labels} in bold at {@code size}, plus the gap, kept between
     * {@code least} and {@code most}: a language's longer labels ("Fin de la protección al comprador") widen it, and
     * a label wider still wraps within it, so no label runs into its value.
     */
    public float labelColumn(List<String> labels, float size, float least, float most) {
        float widest = 0;
        for (String label : labels) {
            widest = Math.max(widest, fonts.width(label, true, size));
        }
        return Math.min(most, Math.max(least, widest + LABEL_GAP));
    }

    /** A bold label, wrapped within its column, beside its value; nothing is written when the value is blank. */
    public void field(String label, String value, float labelWidth) throws IOException {
        if (value == null || value.isBlank()) {
            return;
        }
        float size = 10;
        float lead = leading(size);
        List<String> lines = wrap(value, size, false, WIDTH - labelWidth);
        List<String> labelLines = wrap(label, size, true, labelWidth - LABEL_GAP);
        ensure(lead * Math.max(labelLines.size(), Math.min(lines.size(), 3)));
        float top = y;
        for (int i = 0; i < labelLines.size(); i++) {
            text(labelLines.get(i), MARGIN, top - size - i * lead, size, true, MUTED);
        }
        for (String line : lines) {
            ensure(lead);
            text(line, MARGIN + labelWidth, y - size, size, false, INK);
            y -= lead;
        }
        y = Math.min(y, top - labelLines.size() * lead);
    }

    public void line(float x1, float y1, float x2, float y2, float[] colour, float width) throws IOException {
        content.setStrokingColor(colour[0], colour[1], colour[2]);
        content.setLineWidth(width);
        content.moveTo(x1, y1);
        content.lineTo(x2, y2);
        content.stroke();
    }

    public void fill(float x, float bottom, float w, float h, float[] colour) throws IOException {
        content.setNonStrokingColor(colour[0], colour[1], colour[2]);
        content.addRect(x, bottom, w, h);
        content.fill();
    }

    public void frame(float x, float bottom, float w, float h, float[] colour, float width) throws IOException {
        content.setStrokingColor(colour[0], colour[1], colour[2]);
        content.setLineWidth(width);
        content.addRect(x, bottom, w, h);
        content.stroke();
    }

    private void closeContent() throws IOException {
        if (content != null) {
            content.close();
            content = null;
        }
    }

    @Override
    public void close() throws IOException {
        closeContent();
    }
}
