package org.casefile.library;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.function.LongConsumer;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.casefile.domain.CasefileException;
import org.casefile.domain.text.Phrase;

/**
 * A zip written under a temporary name beside its target and moved into place only once it is complete and on disk:
 * a crash or a failure leaves no half zip under the name the user chose. Temporary files left by a killed process
 * carry its process id and are removed by the next write into the same folder.
 */
public final class ZipOutput implements AutoCloseable {
    private static final int BUFFER = 1 << 20;

    private final Path target;
    private final Path part;
    private final FileChannel channel;
    private final ZipOutputStream zip;
    private boolean committed;

    private ZipOutput(Path target, Path part, FileChannel channel) {
        this.target = target;
        this.part = part;
        this.channel = channel;
        this.zip = new ZipOutputStream(new BufferedOutputStream(Channels.newOutputStream(channel), BUFFER));
    }

    /**
     * Starts a zip that will become {@code target}. An existing zip there is replaced when this one is complete;
     * any other existing file is refused, so a slip of the keyboard cannot overwrite a photo or the database.
     */
    public static ZipOutput create(Path target, Path libraryRoot) {
        Path absolute = target.toAbsolutePath().normalize();
        if (absolute.startsWith(libraryRoot.toAbsolutePath().normalize()) || insideByLinks(absolute, libraryRoot)) {
            throw new CasefileException(Phrase.of("Zip.insideLibrary", libraryRoot.toString()));
        }
        if (Files.isDirectory(absolute)) {
            throw new CasefileException(Phrase.of("Zip.targetIsFolder", absolute.toString(),
                    absolute.resolve("casefile-backup.zip").toString()));
        }
        if (Files.exists(absolute) && !isZip(absolute)) {
            throw new CasefileException(Phrase.of("Zip.targetTaken", absolute.toString()));
        }
        Path folder = absolute.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new CasefileException(Phrase.of("Zip.noFolder", String.valueOf(folder),
                    String.valueOf(absolute.getFileName())));
        }
        try {
            Path part = PartFiles.create(absolute);
            return new ZipOutput(absolute, part, FileChannel.open(part, StandardOpenOption.WRITE));
        } catch (IOException e) {
            throw new CasefileException(Phrase.of("Error.cannotWriteIn", folder.toString(), DiskWords.phrase(e)), e);
        }
    }

    /** The target's folder reached through a link that leads into the library. */
    private static boolean insideByLinks(Path target, Path libraryRoot) {
        try {
            Path folder = target.getParent();
            return folder != null && Files.isDirectory(folder)
                    && folder.toRealPath().startsWith(libraryRoot.toRealPath());
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean isZip(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(4);
            return head.length == 4 && head[0] == 'P' && head[1] == 'K';
        } catch (IOException e) {
            return false;
        }
    }

    /** Adds a file under {@code name}; returns the SHA-256 of the bytes stored. Media are stored, not squeezed. */
    public String addFile(String name, Path file, boolean compress, LongConsumer bytesDone) throws IOException {
        MessageDigest digest = SafeZip.sha256();
        addEntry(name, Files.getLastModifiedTime(file).toMillis(), compress, bytesDone, out -> {
            try (InputStream in = Files.newInputStream(file)) {
                byte[] buffer = new byte[BUFFER];
                for (int read; (read = in.read(buffer)) > 0; ) {
                    digest.update(buffer, 0, read);
                    out.write(buffer, 0, read);
                }
            }
            return null;
        });
        return HexFormat.of().formatHex(digest.digest());
    }

    /** Writes one entry's bytes; returns what the writer learnt on the way (e.g. the hash of an evidence file read). */
    @FunctionalInterface
    public interface EntryWriter<T> {
        T write(OutputStream out) throws IOException;
    }

    /**
     * Adds an entry whose bytes {@code writer} writes (an evidence file read through the evidence reader, which
     * checks them as they pass); {@code bytesDone} hears of every block written.
     */
    public <T> T addEntry(String name, long modifiedMillis, boolean compress, LongConsumer bytesDone,
                          EntryWriter<T> writer) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setTime(modifiedMillis);
        zip.setLevel(compress ? Deflater.DEFAULT_COMPRESSION : Deflater.NO_COMPRESSION);
        zip.putNextEntry(entry);
        T result = writer.write(new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                zip.write(b);
                bytesDone.accept(1);
            }

            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                zip.write(bytes, offset, length);
                bytesDone.accept(length);
            }
        });
        zip.closeEntry();
        return result;
    }

    public void addBytes(String name, byte[] bytes) throws IOException {
        zip.setLevel(Deflater.DEFAULT_COMPRESSION);
        zip.putNextEntry(new ZipEntry(name));
        zip.write(bytes);
        zip.closeEntry();
    }

    /** Finishes the zip, forces it to disk and moves it to its name (replacing an older zip there). */
    public Path commit() throws IOException {
        zip.finish();
        zip.flush();
        channel.force(true);
        zip.close();
        Files.move(part, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        committed = true;
        return target;
    }

    /** Without {@link #commit()}, the temporary zip is removed: a failed write leaves nothing. */
    @Override
    public void close() {
        if (!committed) {
            try {
                zip.close();
            } catch (IOException ignored) {
                // removed below
            }
            try {
                Files.deleteIfExists(part);
            } catch (IOException ignored) {
                // removed by the next write into this folder
            }
        }
    }

}
