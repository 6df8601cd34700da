package org.casefile.email;

/** The text of an email as Casefile keeps it: plain lines, no runs of blank lines, no more than it can show. */
final class Texts {
    /** Longer text is cut: a packet page shows a few thousand characters, search needs no more. */
    static final int MAX_CHARS = 100_000;

    private Texts() {
    }

    static String tidy(String text) {
        String lines = text.replace("\r\n", "\n").replace('\r', '\n').replace('\u00A0', ' ')
                .replaceAll("[ \\t\\x0B\\f]+\\n", "\n").replaceAll("\\n[ \\t]+", "\n").replaceAll("[ \\t]{2,}", " ").replaceAll("\\n{3,}", "\n\n")
                .strip();
        return lines.length() > MAX_CHARS ? lines.substring(0, MAX_CHARS) + "\n[…]" : lines;
    }
}
