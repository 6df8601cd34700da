package org.casefile.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 of evidence files. */
public final class Hashing {
    private static final int BUFFER = 1 << 20;

    private Hashing() {
    }

    /**
     * Copies {@code source} to a new file {@code target} (which must not exist) and returns the SHA-256 of the copy,
     * so the hash is of the bytes stored. The kernel copies (sendfile), which costs a third of copying through our
     * own buffer; the copy is then read back from the page cache for the hash.
     */
    static String copy(Path source, Path target) throws IOException {
        // Channels rather than Files.copy: a new file of our own, not one that takes on the original's read-only
        // flag (which would stop Windows from deleting a rejected copy).
        try (FileChannel in = FileChannel.open(source);
             FileChannel out = FileChannel.open(target, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            for (long done = 0, size = in.size(); done < size; ) {
                long moved = in.transferTo(done, size - done, out);
                if (moved <= 0) {
                    break; // the file got shorter while it was copied: the hash is of what was stored
                }
                done += moved;
            }
        }
        return of(target);
    }

    public static String of(Path file) throws IOException {
        MessageDigest digest = sha256();
        byte[] buffer = new byte[BUFFER];
        try (InputStream in = Files.newInputStream(file)) {
            for (int read; (read = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, read);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    public static String of(byte[] bytes) {
        return HexFormat.of().formatHex(sha256().digest(bytes));
    }

    /** A fresh SHA-256 digest. */
    public static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java has SHA-256", e);
        }
    }
}
