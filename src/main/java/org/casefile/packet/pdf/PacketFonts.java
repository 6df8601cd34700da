package org.casefile.packet.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The bundled fonts of one packet, embedded and subset (PDF/A): DejaVu Sans for Latin, Greek and Cyrillic,
 * WenQuanYi Micro Hei for Chinese, Japanese and Korean. Text is split into runs by which font has the glyph; what no
 * font has (emoji) becomes a visible placeholder, never a blank box or the .notdef glyph PDF/A forbids.
 */
public final class PacketFonts implements AutoCloseable {
    public static final String EMOJI_PLACEHOLDER = "[emoji]";
    /** A box: what a packet never draws for a character, since a reader would take it for a mark of the buyer's. */
    public static final String MISSING_PLACEHOLDER = "\u25A1";

    private final PDDocument document;
    /** The notes for what no font draws; English until {@link #noteIn} says otherwise. */
    private String emojiNote = EMOJI_PLACEHOLDER;
    private java.util.Locale noteLocale;
    private java.util.function.UnaryOperator<String> writingNote;

    /** The parsed fonts, lent to this packet until {@link #close()}. */
    private final ParsedFonts parsed;
    private final PDFont regular;
    private final PDFont bold;
    private final CmapLookup regularCmap;
    private final CmapLookup boldCmap;
    /** Embedded at the first character DejaVu lacks: most packets have none. */
    private PDFont cjk;
    private CmapLookup cjkCmap;

    public PacketFonts(PDDocument document) throws IOException {
        this.document = document;
        parsed = ParsedFonts.borrow();
        try {
            regularCmap = parsed.regularCmap;
            boldCmap = parsed.boldCmap;
            regular = PDType0Font.load(document, parsed.regular, true);
            bold = PDType0Font.load(document, parsed.bold, true);
        } catch (IOException | RuntimeException e) {
            parsed.giveBack();
            throw e;
        }
    }

    /**
     * Parses the bundled fonts ahead of the first packet, on the calling thread (the command line's warm-up
     * thread, for an export); the first packet borrows them, or waits for them while they are being parsed.
     */
    public static void parseAhead() throws IOException {
        ParsedFonts.parseAhead();
    }

    /** WenQuanYi's glyph for {@code cp}, 0 when it has none; the font is embedded at the first question. */
    private int cjkGlyph(int cp) {
        if (cjkCmap == null) {
            try {
                cjk = PDType0Font.load(document, parsed.cjk(), true);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            cjkCmap = parsed.cjkCmap();
        }
        return cjkCmap.getGlyphId(cp);
    }

    /** A piece of text in one font. */
    public record Run(String text, PDFont font) {
    }

    /** Splits {@code text} into runs, Latin in DejaVu (bold when asked), the rest in WenQuanYi, placeholders between. */
    public List<Run> runs(String text, boolean boldLatin) {
        List<Run> runs = new ArrayList<>();
        PDFont latin = boldLatin ? bold : regular;
        CmapLookup latinCmap = boldLatin ? boldCmap : regularCmap;
        StringBuilder current = new StringBuilder();
        PDFont currentFont = null;
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            int width = Character.charCount(cp);
            String piece;
            PDFont font;
            if (cp == '\t') {
                piece = "    ";
                font = latin;
            } else if (isInvisible(cp)) {
                i += width;
                continue;
            } else if (latinCmap.getGlyphId(cp) > 0) {
                piece = new String(Character.toChars(cp));
                font = latin;
            } else if (cjkGlyph(cp) > 0) {
                piece = new String(Character.toChars(cp));
                font = cjk;
            } else {
                String note;
                int next = i + width;
                if (isEmoji(cp)) {
                    note = emojiNote;
                    // An emoji sequence (skin tone, joiner, variation selector) is one placeholder.
                    while (next < text.length() && isEmojiTail(text.codePointAt(next), text, next)) {
                        next += Character.charCount(text.codePointAt(next));
                    }
                } else {
                    // No bundled font draws it: the characters are left out and the page says which writing was,
                    // once for a run of them ("[Thai text]"), never a box a reader could take for the buyer's mark.
                    Character.UnicodeScript script = Character.UnicodeScript.of(cp);
                    note = writingNote(script);
                    while (next < text.length() && cannotShow(text.codePointAt(next), latinCmap)
                            && Character.UnicodeScript.of(text.codePointAt(next)) == script) {
                        next += Character.charCount(text.codePointAt(next));
                    }
                }
                if (current.length() > 0) {
                    runs.add(new Run(current.toString(), currentFont));
                    current.setLength(0);
                }
                // The note in the packet's language may hold Hangul: it is split by font like any text.
                runs.addAll(runs(note, false));
                currentFont = null;
                i = next;
                continue;
            }
            if (font != currentFont && current.length() > 0) {
                runs.add(new Run(current.toString(), currentFont));
                current.setLength(0);
            }
            currentFont = font;
            current.append(piece);
            i += width;
        }
        if (current.length() > 0) {
            runs.add(new Run(current.toString(), currentFont));
        }
        return runs;
    }

    /**
     * Says the notes that stand in for what no font draws in the packet's language: {@code emoji} for an emoji,
     * {@code writing} filled with the name of a writing in {@code locale} ("[texte thaï]"). A note the fonts could
     * not draw themselves stays English.
     */
    public void noteIn(java.util.Locale locale, String emoji, java.util.function.UnaryOperator<String> writing) {
        this.noteLocale = locale;
        this.emojiNote = drawable(emoji) ? emoji : EMOJI_PLACEHOLDER;
        this.writingNote = writing;
    }

    private String writingNote(Character.UnicodeScript script) {
        if (noteLocale == null) {
            return notShown(script);
        }
        // The JDK names a writing in each language by its ISO 15924 code, for most scripts its first four letters.
        String name = script.name();
        String code = name.length() < 4 ? null
                : name.charAt(0) + name.substring(1, 4).toLowerCase(java.util.Locale.ROOT);
        try {
            if (code != null && Character.UnicodeScript.forName(code) == script) {
                String shown = new java.util.Locale.Builder().setScript(code).build().getDisplayScript(noteLocale);
                String note = writingNote.apply(shown);
                if (!shown.isEmpty() && !shown.equals(code) && drawable(note)) {
                    return note;
                }
            }
        } catch (IllegalArgumentException e) {
            // not a script code: the English name below
        }
        return notShown(script);
    }

    private boolean drawable(String text) {
        return text.codePoints().allMatch(cp -> regularCmap.getGlyphId(cp) > 0 || cjkGlyph(cp) > 0);
    }

    /** "[Thai text]", "[Ethiopic text]": what stands in for writing no bundled font has. */
    static String notShown(Character.UnicodeScript script) {
        String name = script == Character.UnicodeScript.COMMON || script == Character.UnicodeScript.UNKNOWN
                ? "Symbol" : script.name().charAt(0) + script.name().substring(1).toLowerCase(java.util.Locale.ROOT)
                .replace('_', ' ');
        return "[" + name + " text]";
    }

    private boolean cannotShow(int cp, CmapLookup latinCmap) {
        return !isInvisible(cp) && !isEmoji(cp) && cp != '\t' && latinCmap.getGlyphId(cp) <= 0
                && cjkGlyph(cp) <= 0;
    }

    private static boolean isInvisible(int cp) {
        return cp == 0x200B || cp == 0x200C || cp == 0x200D || cp == 0xFEFF || (cp >= 0xFE00 && cp <= 0xFE0F)
                || Character.getType(cp) == Character.CONTROL;
    }

    private static boolean isEmoji(int cp) {
        return (cp >= 0x1F000 && cp <= 0x1FAFF) || (cp >= 0x2600 && cp <= 0x27BF) || (cp >= 0x1F1E6 && cp <= 0x1F1FF);
    }

    private static boolean isEmojiTail(int cp, String text, int at) {
        if (cp == 0x200D || (cp >= 0xFE00 && cp <= 0xFE0F) || (cp >= 0x1F3FB && cp <= 0x1F3FF)
                || (cp >= 0xE0020 && cp <= 0xE007F)) {
            return true;
        }
        // After a joiner the next emoji belongs to the same sequence.
        return at > 0 && text.codePointBefore(at) == 0x200D && isEmoji(cp);
    }

    public PDFont regular() {
        return regular;
    }

    public PDFont bold() {
        return bold;
    }

    /** Width of the text in points at {@code size}, over its runs. */
    public float width(String text, boolean boldLatin, float size) {
        float width = 0;
        for (Run run : runs(text, boldLatin)) {
            width += width(run, size);
        }
        return width;
    }

    /**
     * The run's width at {@code size}: its characters' widths added in order, as PDFBox's
     * {@code getStringWidth} adds them (so the same float, and the same pages), each character's width asked of the
     * font once per process. Laying out a packet measures every word and line several times (the dry run, then the
     * packet), and PDFBox encodes the whole string through streams at each question: the main cost of the layout.
     */
    private float width(Run run, float size) {
        float[] known = run.font() == regular ? REGULAR_WIDTHS : run.font() == bold ? BOLD_WIDTHS
                : run.font() == cjk ? CJK_WIDTHS : new float[0];
        String text = run.text();
        float width = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            float one = cp < known.length ? known[cp] : Float.NaN;
            if (Float.isNaN(one)) {
                one = charWidth(run.font(), cp);
                if (cp < known.length) {
                    known[cp] = one; // a race only computes the same width twice
                }
            }
            width += one;
        }
        return width / 1000f * size;
    }

    private static float charWidth(PDFont font, int cp) {
        try {
            return font.getStringWidth(new String(Character.toChars(cp)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Widths of each bundled font's characters in the Basic Multilingual Plane, NaN until first asked. */
    private static final float[] REGULAR_WIDTHS = unknownWidths();
    private static final float[] BOLD_WIDTHS = unknownWidths();
    private static final float[] CJK_WIDTHS = unknownWidths();

    private static float[] unknownWidths() {
        float[] widths = new float[0x10000];
        java.util.Arrays.fill(widths, Float.NaN);
        return widths;
    }

    /** Gives the parsed fonts back for the next packet: this one no longer reads them. */
    @Override
    public void close() throws IOException {
        parsed.giveBack();
    }
}
