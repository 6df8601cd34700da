package org.casefile.library;

import java.time.LocalDate;

/** Names a case folder so a person recognises it: "2026-10-01 AliExpress 8123456789012". */
public final class CaseFolders {
    private static final int MAX_LENGTH = 80;

    private CaseFolders() {
    }

    public static String name(LocalDate orderedOn, String platform, String orderNumber) {
        String name = orderedOn + " " + platform + " " + orderNumber;
        String safe = name.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "-").replaceAll("\\s+", " ").strip();
        if (safe.length() > MAX_LENGTH) {
            safe = safe.substring(0, MAX_LENGTH).strip();
        }
        // Windows refuses names that end in a dot or a space.
        return safe.replaceAll("[. ]+$", "");
    }

    /** The n-th candidate when a name is taken: "name", "name (2)", "name (3)"... */
    public static String candidate(String name, int attempt) {
        return attempt <= 1 ? name : name + " (" + attempt + ")";
    }
}
