package org.casefile.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/** What SQLite's errors mean for the buyer, in words they understand: busy, a full disk, read-only, not a library. */
final class SqliteErrors {
    private SqliteErrors() {
    }

    static boolean isNotADatabase(SQLException e) {
        return e instanceof SQLiteException sqlite && (sqlite.getResultCode() == SQLiteErrorCode.SQLITE_NOTADB
                || sqlite.getResultCode() == SQLiteErrorCode.SQLITE_CORRUPT);
    }

    /** A file that exists but cannot be read: the disk or its permissions, never "not a Casefile database". */
    static StoreException unreadable(Path file, SQLException e) {
        StoreException plainWords = translate(e, file);
        if (plainWords.getMessage().startsWith(REPORTED)) {
            return new StoreException("Casefile could not read its database " + file + " (" + plain(e) + "). "
                    + "Check that the disk is connected and that you may read the file; nothing was changed.", e);
        }
        return plainWords;
    }

    /**
     * As {@link #translate(SQLException)}, knowing the database's file: an input/output failure or a commit SQLite
     * already rolled back ("no transaction is active") on a disk with no room left is named as a full disk.
     */
    static StoreException translate(SQLException e, Path file) {
        StoreException words = translate(e);
        if (words.getMessage().startsWith(REPORTED) && nearlyFull(file)) {
            return new StoreException("The disk holding the library is full; nothing was saved and the library is "
                    + "as it was. Free some space and try again.", e);
        }
        if (String.valueOf(e.getMessage()).contains("no transaction is active")) {
            return new StoreException("The library's disk refused the write, so nothing was saved (the library is "
                    + "as it was). Check that the disk has free space and is still connected, then try again.", e);
        }
        return words;
    }

    /** Less room than SQLite needs for a journal of a few pages. */
    private static boolean nearlyFull(Path file) {
        try {
            Path existing = Files.exists(file) ? file : file.toAbsolutePath().getParent();
            return Files.getFileStore(existing).getUsableSpace() < 1_000_000;
        } catch (java.io.IOException | RuntimeException e) {
            return false;
        }
    }

    private static final String REPORTED = "The library database reported a problem: ";

    static StoreException translate(SQLException e) {
        if (e instanceof SQLiteException sqlite) {
            SQLiteErrorCode code = sqlite.getResultCode();
            if (code == SQLiteErrorCode.SQLITE_BUSY || code == SQLiteErrorCode.SQLITE_LOCKED) {
                return new StoreException("The library is busy: another Casefile is saving. Try again in a moment.",
                        e);
            }
            if (code == SQLiteErrorCode.SQLITE_FULL) {
                return new StoreException("The disk is full; nothing was saved. Free some space and try again.", e);
            }
            if (code == SQLiteErrorCode.SQLITE_READONLY) {
                return new StoreException("The library is read-only here (its disk, or casefile.db, "
                        + "cannot be written); nothing was saved. Make it writable, or copy the library folder to a disk "
                        + "you can write to.", e);
            }
        }
        return new StoreException(REPORTED + plain(e), e);
    }

    static String plain(SQLException e) {
        String message = e.getMessage() == null ? e.toString() : e.getMessage();
        // "[SQLITE_ERROR] SQL error or missing database (cannot VACUUM - ...)": the part in brackets says what.
        java.util.regex.Matcher detail = java.util.regex.Pattern.compile("^\\[\\w+\\][^(]*\\((.+)\\)$")
                .matcher(message);
        if (detail.matches()) {
            return detail.group(1);
        }
        int bracket = message.lastIndexOf(')');
        return message.startsWith("[") && bracket > 0 ? message.substring(bracket + 1).strip() : message;
    }
}
