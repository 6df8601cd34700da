package org.casefile.library;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.util.Locale;

/**
 * An input/output failure in words a buyer acts on: a full disk, read-only media, a folder they may not write in.
 * Java reports these with the system's own text ("No space left on device"), which is recognised here.
 */
public final class DiskWords {
    private DiskWords() {
    }

    public static String of(IOException e) {
        String text = String.valueOf(e instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason()
                : e.getMessage());
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.contains("no space left") || lower.contains("disk full") || lower.contains("not enough space")
                || lower.contains("quota exceeded")) {
            return "the disk is full. Free some space (or choose another disk) and try again";
        }
        if (lower.contains("read-only file system") || lower.contains("write-protected")) {
            return "the disk is read-only (a locked card or stick, or a disk mounted read-only). Choose a disk "
                    + "Casefile can write to";
        }
        if (e instanceof AccessDeniedException || lower.contains("permission denied")
                || lower.contains("access is denied")) {
            return "Casefile is not allowed to write there (permission denied). Choose a folder of your own";
        }
        return text;
    }
}
