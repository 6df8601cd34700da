package org.casefile.ui.common;

import java.text.DecimalFormatSymbols;
import java.util.regex.Pattern;

/** File sizes in the window language's units ("206 KB", "1,5 Mo"); 1 MB is 1,000,000 bytes, as forms count it. */
public final class Sizes {
    private Sizes() {
    }

    /** "512 bytes", "206 KB", "2 MB", "1.5 MB". */
    public static String of(long bytes) {
        if (bytes >= 1_000_000) {
            return Words.get("preview.megabytes", bytes / 1_000_000.0);
        }
        return bytes >= 1000 ? Words.get("preview.kilobytes", bytes / 1000.0) : Words.get("preview.bytes", bytes);
    }

    /**
     * A size typed in the window language's units and decimal mark ("1,5 Mo") in the units the export reads
     * ("1.5 MB"); English text, and any text it does not know, passes as it is.
     */
    public static String typed(String text) {
        String size = text == null ? "" : text.strip();
        if (DecimalFormatSymbols.getInstance(Words.language().locale()).getDecimalSeparator() == ',') {
            size = size.replace(',', '.');
        }
        size = size.replaceAll("(?iu)" + Pattern.quote(unit("preview.megabytes")) + "$", "MB");
        return size.replaceAll("(?iu)" + Pattern.quote(unit("preview.kilobytes")) + "$", "KB");
    }

    /** The unit a language writes after a number: "Mo", "KB". */
    private static String unit(String key) {
        return Words.get(key, 1).replaceAll("[\\d\\s.,]", "");
    }
}
