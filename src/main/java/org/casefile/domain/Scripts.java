package org.casefile.domain;

/** Which writing system a text is in, as far as a reader of an English packet is concerned. */
public final class Scripts {
    private Scripts() {
    }

    /**
     * True when the text has letters outside the Latin script (Chinese, Korean, Japanese, Cyrillic, Arabic…): an
     * English-reading claims handler needs a translation of it.
     */
    public static boolean needsTranslation(String text) {
        return text.codePoints().anyMatch(c -> Character.isLetter(c)
                && Character.UnicodeScript.of(c) != Character.UnicodeScript.LATIN);
    }
}
