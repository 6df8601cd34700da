package org.casefile.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.casefile.domain.Evidence;
import org.casefile.domain.text.Phrase;
import org.casefile.library.DiskWords;

/**
 * The one way an evidence file is read for anything that leaves the library (packets, pair pictures, kits,
 * backups, bundles): read once, hashed while it is read, and compared with the SHA-256 recorded at import, so what
 * leaves is exactly what its fingerprint names. Everything after reads the checked copy, never the case folder again.
 */
public final class EvidenceReader {
    private static final int BUFFER = 1 << 20;

    private EvidenceReader() {
    }

    /** What one read gave: the SHA-256 and size of the bytes as they were read. */
    public record Read(Evidence evidence, String sha256, long size) {
        public boolean matches() {
            return sha256.equals(evidence.sha256());
        }

        /** Throws when the bytes read are not the ones recorded at import. */
        public Read requireMatch() {
            if (!matches()) {
                throw new EvidenceFileException(evidence, false, "The evidence file " + evidence.path()
                        + " (evidence " + evidence.id() + ", " + evidence.originalName() + ") changed since it was "
                        + "imported: its SHA-256 is now " + sha256.substring(0, 12) + "…, not the "
                        + evidence.sha256().substring(0, Math.min(12, evidence.sha256().length())) + "… recorded.",
                        null);
            }
            return this;
        }
    }

    /**
     * Writes {@code file} (the evidence's file in its case folder) to {@code out}, hashing the bytes as they go; the
     * caller decides what a mismatch means ({@link Read#requireMatch()}). A missing or unreadable file throws.
     */
    public static Read transfer(Path file, Evidence evidence, OutputStream out) {
        MessageDigest digest = Hashing.sha256();
        long size = 0;
        try (InputStream in = open(file)) {
            byte[] buffer = new byte[BUFFER];
            for (int read; (read = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, read);
                out.write(buffer, 0, read);
                size += read;
            }
        } catch (NoSuchFileException e) {
            throw missing(evidence, "is missing: it was recorded at import and is no longer there.", e);
        } catch (IOException e) {
            throw missing(evidence, "cannot be read (" + e.getMessage() + ").", e);
        }
        return new Read(evidence, HexFormat.of().formatHex(digest.digest()), size);
    }

    /** Reads the file once and checks it, keeping nothing (a video's poster is drawn, the file itself is sent). */
    public static Read check(Path file, Evidence evidence) {
        return transfer(file, evidence, OutputStream.nullOutputStream()).requireMatch();
    }

    /**
     * Reads the whole file into memory, checked: what the caller parses is exactly what the fingerprint names, and
     * the file is read once for both (a photo an export passes through). Throws as {@link #check} does.
     */
    public static byte[] readChecked(Path file, Evidence evidence) {
        byte[] bytes = new byte[Math.toIntExact(Math.max(0, evidence.size()))];
        int size = 0;
        try (InputStream in = open(file)) {
            // In slices the size of transfer's buffer, straight into the array (no list of small chunks).
            for (int read; size < bytes.length
                    && (read = in.read(bytes, size, Math.min(BUFFER, bytes.length - size))) > 0; ) {
                size += read;
            }
            byte[] more = size == bytes.length ? in.readAllBytes() : new byte[0];
            if (more.length > 0) { // longer than recorded: hashed whole, so the check below names it
                bytes = java.util.Arrays.copyOf(bytes, size + more.length);
                System.arraycopy(more, 0, bytes, size, more.length);
                size = bytes.length;
            }
        } catch (NoSuchFileException e) {
            throw missing(evidence, "is missing: it was recorded at import and is no longer there.", e);
        } catch (IOException e) {
            throw missing(evidence, "cannot be read (" + e.getMessage() + ").", e);
        }
        MessageDigest digest = Hashing.sha256();
        Hashing.update(digest, bytes, 0, size);
        new Read(evidence, HexFormat.of().formatHex(digest.digest()), size).requireMatch();
        return size == bytes.length ? bytes : java.util.Arrays.copyOf(bytes, size);
    }

    /**
     * Copies the file to {@code target} (which must not exist), checked: on a mismatch the copy is removed and the
     * problem thrown. Every later read (decoding, embedding) reads the copy, which nothing else writes.
     */
    public static Read copyChecked(Path file, Evidence evidence, Path target) {
        boolean kept = false;
        try (OutputStream out = Files.newOutputStream(target, StandardOpenOption.CREATE_NEW)) {
            Read read = transfer(file, evidence, out).requireMatch();
            kept = true;
            return read;
        } catch (IOException e) {
            throw new org.casefile.domain.CasefileException(Phrase.of("Error.cannotCopy", evidence.path(),
                    String.valueOf(target.getParent()), DiskWords.phrase(e)), e);
        } finally {
            if (!kept) {
                try {
                    Files.deleteIfExists(target);
                } catch (IOException ignored) {
                    // in tmp/, removed when the library next opens
                }
            }
        }
    }

    private static InputStream open(Path file) throws IOException {
        if (Files.isSymbolicLink(file) || Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) {
            throw new NoSuchFileException(file.toString()); // a link or folder in its place is not the file imported
        }
        return Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS);
    }

    private static EvidenceFileException missing(Evidence evidence, String what, Throwable cause) {
        return new EvidenceFileException(evidence, true, "The evidence file " + evidence.path() + " (evidence "
                + evidence.id() + ", " + evidence.originalName() + ") " + what, cause);
    }
}
