package org.casefile.library;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.util.Locale;
import org.casefile.domain.text.Phrase;
import org.casefile.domain.text.RuleText;

/**
 * An input/output failure in words a buyer acts on: a full disk, read-only media, a folder they may not write in.
 * Java reports these with the system's own text ("No space left on device"), which is recognised here.
 */
public final class DiskWords {
    private DiskWords() {
    }

    /** The English words, as the command line prints them. */
    public static String of(IOException e) {
        return RuleText.english(phrase(e));
    }

    /** The failure before it is said in a language; an unrecognised one keeps the system's own text. */
    public static Phrase phrase(IOException e) {
        String text = String.valueOf(e instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason()
                : e.getMessage());
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.contains("no space left") || lower.contains("disk full") || lower.contains("not enough space")
                || lower.contains("quota exceeded")) {
            return Phrase.of("Disk.full");
        }
        if (lower.contains("read-only file system") || lower.contains("write-protected")) {
            return Phrase.of("Disk.readOnly");
        }
        if (e instanceof AccessDeniedException || lower.contains("permission denied")
                || lower.contains("access is denied")) {
            return Phrase.of("Disk.denied");
        }
        return RuleText.asWritten(text);
    }
}
