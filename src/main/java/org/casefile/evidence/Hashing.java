package org.casefile.evidence;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
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
     * Copies {@code source} to a new file {@code target} (which must not exist) and returns the SHA-256 of the copy:
     * each slice is read once into this thread's buffer, hashed there and written from there, so the hash is of the
     * very bytes stored. The buffer lies outside the Java heap, where the system reads and writes directly: a third
     * of the time of the kernel's own copy (sendfile) followed by reading the copy back through a heap array (each
     * read copied twice), which is what this did before.
     */
    static String copy(Path source, Path target) throws IOException {
        MessageDigest digest = sha256();
        ByteBuffer buffer = BUFFERS.get();
        // Channels rather than Files.copy: a new file of our own, not one that takes on the original's read-only
        // flag (which would stop Windows from deleting a rejected copy).
        try (FileChannel in = FileChannel.open(source);
             FileChannel out = FileChannel.open(target, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            // The file as long as it is now: one still being written is not followed; one that gets shorter
            // meanwhile is hashed as stored.
            for (long left = in.size(); left > 0; ) {
                buffer.clear().limit((int) Math.min(buffer.capacity(), left));
                int read = in.read(buffer);
                if (read < 0) {
                    break;
                }
                left -= read;
                buffer.flip();
                digest.update(buffer);
                buffer.rewind();
                while (buffer.hasRemaining()) {
                    out.write(buffer);
                }
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    public static String of(Path file) throws IOException {
        MessageDigest digest = sha256();
        ByteBuffer buffer = BUFFERS.get();
        try (FileChannel in = FileChannel.open(file)) {
            for (buffer.clear(); in.read(buffer) >= 0; buffer.clear()) {
                buffer.flip();
                digest.update(buffer);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** One buffer a thread (the import's helpers, the window's background work), made at its first file. */
    private static final ThreadLocal<ByteBuffer> BUFFERS = ThreadLocal.withInitial(() ->
            ByteBuffer.allocateDirect(BUFFER));

    public static String of(byte[] bytes) {
        return HexFormat.of().formatHex(sha256().digest(bytes));
    }

    /** How many SHA-256 blocks the process still feeds one at a time (see {@link #update}); racy on purpose. */
    private static int singleBlocks = 100_000;

    /**
     * Adds {@code length} bytes of {@code bytes} from {@code offset} to {@code digest}. The JDK's SHA-256 reaches the
     * processor's SHA instructions only once the JIT's second tier has compiled its caller; fed a few MB per call,
     * that waits for the loop inside to be compiled on stack, which a busy compiler puts off for most of an export
     * (the photos hashed by the JDK's Java code meanwhile). Fed single 64-byte blocks for the first few MB of the
     * process, {@code update} itself is called often enough to be compiled soon, with the instructions; after that
     * the bytes go in large slices. The digest is the same either way.
     */
    public static void update(MessageDigest digest, byte[] bytes, int offset, int length) {
        int at = offset;
        int end = offset + length;
        while (singleBlocks > 0 && end - at >= 64) {
            digest.update(bytes, at, 64);
            at += 64;
            singleBlocks--;
        }
        digest.update(bytes, at, end - at);
    }

    /**
     * For a helper thread at the start of a command that hashes photos: runs the hash over some blank megabytes so
     * that the JIT compiles it, with the processor's SHA instructions, before the first photo arrives (otherwise the
     * first photos are hashed by the JDK's Java code, a few times slower, while the compiler is busy with the start).
     */
    public static void warmUp() {
        MessageDigest digest = sha256();
        byte[] blank = new byte[WARM_UP_BYTES];
        for (int round = 0; round < 4; round++) {
            update(digest, blank, 0, blank.length);
        }
        ByteBuffer outside = ByteBuffer.allocateDirect(WARM_UP_BYTES); // the way files come, through such a buffer
        for (int round = 0; round < 4; round++) {
            digest.update(outside.clear());
        }
        digest.digest();
    }

    private static final int WARM_UP_BYTES = 1 << 19;

    /** A fresh SHA-256 digest. */
    public static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java has SHA-256", e);
        }
    }
}
