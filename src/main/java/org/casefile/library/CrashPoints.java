package org.casefile.library;

/**
 * Named moments where a crash is most harmful, for tests that must prove what a crash there leaves: run a command in
 * a child process with {@code -Dcasefile.crashAt=NAME} and it dies on the spot (as kill -9 would), deterministically
 * rather than after a guessed delay. Without that property, {@link #reach} does nothing.
 */
public final class CrashPoints {
    /** An import's copy is linked into the case folder; its row is not yet committed. */
    public static final String IMPORT_LINKED = "import-linked";
    /** An email and its attachments are copied into tmp/ and hashed; nothing of it is recorded yet. */
    public static final String EMAIL_PREPARED = "email-prepared";
    /** A packet is completely written to its temporary file, not yet renamed to the buyer's name. */
    public static final String EXPORT_WRITTEN = "export-written";

    private static final String CHOSEN = System.getProperty("casefile.crashAt", "");

    private CrashPoints() {
    }

    public static void reach(String point) {
        if (CHOSEN.equals(point)) {
            Runtime.getRuntime().halt(137);
        }
    }
}
