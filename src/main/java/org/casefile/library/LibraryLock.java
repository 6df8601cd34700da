package org.casefile.library;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.casefile.domain.CasefileException;
import org.casefile.domain.text.Phrase;

/**
 * Keeps a second Casefile window off a library that is open. The operating system's file lock dies with the
 * process, so a lock file left behind by a crash is simply taken over: no stale lock can shut the user out.
 */
public final class LibraryLock implements AutoCloseable {
    public static final String FILE_NAME = "casefile.lock";

    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;
    private final String previousOwner;

    private LibraryLock(Path file, FileChannel channel, FileLock lock, String previousOwner) {
        this.file = file;
        this.channel = channel;
        this.lock = lock;
        this.previousOwner = previousOwner;
    }

    public static LibraryLock acquire(Path libraryRoot) {
        Path file = libraryRoot.resolve(FILE_NAME);
        FileChannel channel = null;
        try {
            Files.createDirectories(libraryRoot);
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            FileLock lock = tryLock(channel);
            if (lock == null) {
                String owner = read(channel);
                channel.close();
                throw new LibraryInUseException("This library is already open in another Casefile window"
                        + (owner.isBlank() ? "" : " (process " + owner + ")") + ": " + libraryRoot
                        + ". Switch to that window, or open a different library with --library.");
            }
            String previous = read(channel);
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(String.valueOf(ProcessHandle.current().pid())
                    .getBytes(StandardCharsets.UTF_8)), 0);
            channel.force(true);
            return new LibraryLock(file, channel, lock, previous);
        } catch (IOException e) {
            closeQuietly(channel);
            throw new CasefileException(Phrase.of("Error.cannotLock", libraryRoot.toString(),
                    String.valueOf(e.getMessage())), e);
        }
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return null; // held by this very process
        }
    }

    private static String read(FileChannel channel) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(64);
        channel.read(buffer, 0);
        return new String(buffer.array(), 0, buffer.position(), StandardCharsets.UTF_8).strip();
    }

    /** The process id a crashed Casefile left in the lock file, or blank if the last one closed cleanly. */
    public String recoveredFrom() {
        return previousOwner;
    }

    @Override
    public void close() {
        try {
            channel.truncate(0);
            lock.release();
        } catch (IOException e) {
            // the lock goes away with the channel anyway
        } finally {
            closeQuietly(channel);
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // a leftover empty lock file is harmless: nobody holds it
        }
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // nothing more to do
            }
        }
    }
}
