package org.casefile.evidence;

/** A file name sent by a phone or written in an email, made into one plain name: no folders, no "..", nothing a file system refuses. */
public final class SafeName {
    private SafeName() {
    }

    public static String of(String sent) {
        String last = sent.substring(Math.max(sent.lastIndexOf('/'), sent.lastIndexOf('\\')) + 1);
        String safe = last.replaceAll("[:*?\"<>|\\p{Cntrl}]", "-").strip();
        while (safe.startsWith(".")) {
            safe = safe.substring(1); // no hidden files, no ".."
        }
        if (safe.length() > 120) {
            safe = safe.substring(safe.length() - 120);
        }
        return safe.isBlank() ? "upload" : safe;
    }
}
