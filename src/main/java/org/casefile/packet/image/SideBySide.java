package org.casefile.packet.image;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.GraphicsEnvironment;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * One pair (the listing's picture beside what arrived) as a single JPEG, for marketplaces whose dispute forms take
 * pictures only: both at the same height, a thin divider, a label over each and the pair's caption underneath. The
 * result carries no metadata.
 */
public final class SideBySide {
    private static final int DEFAULT_MAX_WIDTH = 2400;
    private static final Color INK = new Color(0x22, 0x22, 0x22);
    private static final Color DIVIDER = new Color(0xB0, 0xB0, 0xB0);

    private SideBySide() {
    }

    /**
     * Renders the pair at most {@code maxWidth} pixels wide (0 for 2,400), each picture upright as its orientation
     * says; {@code caption} may be null or blank. {@code cjkFont} gives the bundled CJK font as a file, asked only
     * when a caption needs that font (it may unpack it; null, or a null answer: read from the jar).
     */
    public static byte[] render(PreparedImage listing, PreparedImage received, String leftLabel, String rightLabel,
                                String caption, int maxWidth, Supplier<Path> cjkFont) throws IOException {
        useCjkFont(cjkFont);
        int width = maxWidth > 0 ? maxWidth : DEFAULT_MAX_WIDTH;
        BufferedImage left = Pixels.uprightOf(listing, width);
        BufferedImage right = Pixels.uprightOf(received, width);
        int margin = Math.max(12, width / 60);
        double aspects = (double) left.getWidth() / left.getHeight() + (double) right.getWidth() / right.getHeight();
        // Same height for both, no larger than the smaller picture, and the whole row within the width.
        int height = (int) Math.min(Math.min(left.getHeight(), right.getHeight()), (width - 4.0 * margin) / aspects);
        height = Math.max(1, height);
        int leftWidth = Math.max(1, (int) Math.round((double) left.getWidth() * height / left.getHeight()));
        int rightWidth = Math.max(1, (int) Math.round((double) right.getWidth() * height / right.getHeight()));
        int total = margin + leftWidth + 2 * margin + rightWidth + margin;

        float size = Math.max(14f, Math.min(40f, total / 48f));
        String text = String.join("\n", leftLabel, rightLabel, caption == null ? "" : caption);
        Font labelFont = fontFor(text, Font.BOLD, size);
        Font captionFont = fontFor(text, Font.PLAIN, size * 0.85f);
        FontMetrics labelMetrics = metrics(labelFont);
        FontMetrics captionMetrics = metrics(captionFont);
        int labelBand = labelMetrics.getHeight() + margin;
        List<String> lines = caption == null || caption.isBlank() ? List.of()
                : wrap(caption.strip(), captionMetrics, total - 2 * margin);
        int captionBand = lines.isEmpty() ? 0 : lines.size() * captionMetrics.getHeight() + margin / 2;
        int totalHeight = margin + labelBand + height + captionBand + margin;

        BufferedImage out = new BufferedImage(total, totalHeight, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, total, totalHeight);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            int top = margin + labelBand;
            int rightX = margin + leftWidth + 2 * margin;
            g.drawImage(Pixels.scale(left, Math.max(leftWidth, height)), margin, top, leftWidth, height, null);
            g.drawImage(Pixels.scale(right, Math.max(rightWidth, height)), rightX, top, rightWidth, height, null);
            g.setColor(DIVIDER);
            int divider = Math.max(2, margin / 6);
            g.fillRect(margin + leftWidth + margin - divider / 2, margin, divider, labelBand + height);

            g.setColor(INK);
            g.setFont(labelFont);
            int baseline = margin + labelMetrics.getAscent();
            g.drawString(fit(leftLabel, labelMetrics, leftWidth), margin, baseline);
            g.drawString(fit(rightLabel, labelMetrics, rightWidth), rightX, baseline);
            g.setFont(captionFont);
            int y = top + height + margin / 2 + captionMetrics.getAscent();
            for (String line : lines) {
                g.drawString(line, margin, y);
                y += captionMetrics.getHeight();
            }
        } finally {
            g.dispose();
        }
        return Pixels.jpeg(out, 0.88f);
    }

    /**
     * The logical "SansSerif" font covers Latin and, through the system's fallbacks, Chinese, Japanese and Korean;
     * where it cannot show the text, the first installed family that can.
     */
    static Font fontFor(String text, int style, float size) {
        Font sans = new Font(Font.SANS_SERIF, style, 12);
        if (sans.canDisplayUpTo(text) == -1) {
            return sans.deriveFont(size);
        }
        Font bundled = bundledCjk();
        if (bundled != null && bundled.canDisplayUpTo(text) == -1) {
            return bundled.deriveFont(style, size);
        }
        for (Font font : GraphicsEnvironment.getLocalGraphicsEnvironment().getAllFonts()) {
            if (font.canDisplayUpTo(text) == -1) {
                return font.deriveFont(style, size);
            }
        }
        return sans.deriveFont(size);
    }

    private static Font cjk;
    private static Supplier<Path> cjkFile;

    /** Where to find the bundled CJK font's file, should a caption need it. */
    static synchronized void useCjkFont(Supplier<Path> file) {
        if (cjkFile == null) {
            cjkFile = file;
        }
    }

    /**
     * The packet's own CJK font (WenQuanYi Micro Hei, shipped in the jar): a computer without Chinese, Japanese or
     * Korean fonts installed still draws such a caption, not empty boxes. Read from its file in place: from the jar's
     * bytes, AWT first copies it (5 MB) into the temporary folder, where it stays if the process is killed.
     */
    static synchronized Font bundledCjk() {
        if (cjk == null) {
            try {
                Path file = cjkFile == null ? null : cjkFile.get();
                if (file != null && Files.isRegularFile(file)) {
                    cjk = Font.createFonts(file.toFile())[0];
                } else {
                    try (InputStream in = SideBySide.class.getResourceAsStream("/assets/fonts/wqy-microhei.ttc")) {
                        cjk = in == null ? null : Font.createFonts(in)[0];
                    }
                }
            } catch (IOException | FontFormatException e) {
                cjk = null;
            }
        }
        return cjk;
    }

    private static FontMetrics metrics(Font font) {
        BufferedImage scratch = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = scratch.createGraphics();
        try {
            return g.getFontMetrics(font);
        } finally {
            g.dispose();
        }
    }

    /** Breaks at spaces, or anywhere in scripts written without them. */
    static List<String> wrap(String text, FontMetrics metrics, int width) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\\R")) {
            StringBuilder line = new StringBuilder();
            int i = 0;
            while (i < paragraph.length()) {
                int next = paragraph.offsetByCodePoints(i, 1);
                String piece = paragraph.substring(i, next);
                if (!piece.isBlank() && !isCjk(piece.codePointAt(0))) {
                    int end = i;
                    while (end < paragraph.length() && !Character.isWhitespace(paragraph.codePointAt(end))
                            && !isCjk(paragraph.codePointAt(end))) {
                        end = paragraph.offsetByCodePoints(end, 1);
                    }
                    piece = paragraph.substring(i, end);
                    next = end;
                }
                if (line.length() > 0 && metrics.stringWidth(line + piece) > width) {
                    lines.add(line.toString().strip());
                    line.setLength(0);
                    if (piece.isBlank()) {
                        i = next;
                        continue;
                    }
                }
                line.append(piece);
                i = next;
            }
            lines.add(line.toString().strip());
        }
        return lines;
    }

    private static boolean isCjk(int codePoint) {
        Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL;
    }

    private static String fit(String label, FontMetrics metrics, int width) {
        if (metrics.stringWidth(label) <= width) {
            return label;
        }
        String text = label;
        while (text.length() > 1 && metrics.stringWidth(text + "…") > width) {
            text = text.substring(0, text.length() - 1);
        }
        return text + "…";
    }
}
