package org.casefile.packet.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * The bundled fonts as parsed, lent to one packet at a time and given back when it is written (issue 19): parsing
 * DejaVu cost each packet a tenth of a second cold, and an export makes two (the dry run and the packet). A font
 * embedded in a document is read by it, never changed (GSUB is off from the start, and PDFBox subsets from the
 * font's original bytes), so the same parse gives the same subset in every packet. The command line parses them on
 * its warm-up thread ({@link #parseAhead}) while the main thread reads the case; a packet that finds none to borrow
 * (the first, or two written at once) parses its own.
 */
final class ParsedFonts implements AutoCloseable {
    private static final String DIR = "/assets/fonts/";
    private static final Object LOCK = new Object();
    /** The fonts no packet has borrowed; guarded by {@link #LOCK}. */
    private static ParsedFonts spare;
    /** Whether {@link #parseAhead} is parsing the spare: a packet waits for it rather than parsing twice. */
    private static boolean parsingAhead;

    final TrueTypeFont regular;
    final TrueTypeFont bold;
    final CmapLookup regularCmap;
    final CmapLookup boldCmap;
    /** Loaded at the first character DejaVu lacks: most packets have none, and the 5 MB collection is costly. */
    private TrueTypeCollection cjkCollection;
    private TrueTypeFont cjk;
    private CmapLookup cjkCmap;

    private ParsedFonts() throws IOException {
        regular = withoutGsub(new TTFParser().parse(new RandomAccessReadBuffer(bytes("DejaVuSans.ttf"))));
        bold = withoutGsub(new TTFParser().parse(new RandomAccessReadBuffer(bytes("DejaVuSans-Bold.ttf"))));
        regularCmap = regular.getUnicodeCmapLookup();
        boldCmap = bold.getUnicodeCmapLookup();
    }

    /**
     * No GSUB: PDFBox applies it to every string shown through a regular-expression splitter (a fifth of the text's
     * time and much of the JIT's work), and all it adds here are Latin ligatures ("ﬁ"), which break copying and
     * searching the packet's text ("file" is not found in "ﬁle").
     */
    private static TrueTypeFont withoutGsub(TrueTypeFont font) {
        font.setEnableGsub(false);
        return font;
    }

    /** Parses the fonts for the next packet, unless they are parsed or being parsed; on a helper thread. */
    static void parseAhead() throws IOException {
        synchronized (LOCK) {
            if (spare != null || parsingAhead) {
                return;
            }
            parsingAhead = true;
        }
        ParsedFonts parsed = null;
        try {
            parsed = new ParsedFonts();
        } finally {
            synchronized (LOCK) {
                parsingAhead = false;
                if (parsed != null && spare == null) {
                    spare = parsed;
                    parsed = null;
                }
                LOCK.notifyAll();
            }
            if (parsed != null) {
                parsed.close();
            }
        }
    }

    /** Fonts for one packet: the spare (waited for while it is being parsed ahead), or parsed now. */
    static ParsedFonts borrow() throws IOException {
        synchronized (LOCK) {
            boolean interrupted = false;
            while (spare == null && parsingAhead) {
                try {
                    LOCK.wait();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
            if (spare != null) {
                ParsedFonts lent = spare;
                spare = null;
                return lent;
            }
        }
        return new ParsedFonts();
    }

    /** Gives the fonts back once their packet is written or dropped; kept for the next one unless one is kept. */
    void giveBack() throws IOException {
        synchronized (LOCK) {
            if (spare == null) {
                spare = this;
                return;
            }
        }
        close();
    }

    /** Drops the spare, so the next packet parses its fonts (tests compare the two). */
    static void dropSpare() throws IOException {
        ParsedFonts dropped;
        synchronized (LOCK) {
            dropped = spare;
            spare = null;
        }
        if (dropped != null) {
            dropped.close();
        }
    }

    /** WenQuanYi Micro Hei, loaded at the first question. */
    TrueTypeFont cjk() {
        if (cjk == null) {
            try {
                TrueTypeCollection collection = new TrueTypeCollection(
                        new java.io.ByteArrayInputStream(bytes("wqy-microhei.ttc")));
                TrueTypeFont ttf = collection.getFontByName("WenQuanYiMicroHei");
                if (ttf == null) {
                    collection.close();
                    throw new IOException("The bundled font WenQuanYiMicroHei is missing from wqy-microhei.ttc");
                }
                withoutGsub(ttf);
                cjkCmap = ttf.getUnicodeCmapLookup();
                cjkCollection = collection;
                cjk = ttf;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return cjk;
    }

    /** WenQuanYi's cmap, once {@link #cjk()} has loaded it. */
    CmapLookup cjkCmap() {
        cjk();
        return cjkCmap;
    }

    private static byte[] bytes(String name) throws IOException {
        try (InputStream in = ParsedFonts.class.getResourceAsStream(DIR + name)) {
            if (in == null) {
                throw new IOException("The bundled font " + name + " is missing");
            }
            return in.readAllBytes();
        }
    }

    @Override
    public void close() throws IOException {
        regular.close();
        bold.close();
        if (cjkCollection != null) {
            cjkCollection.close();
        }
    }
}
