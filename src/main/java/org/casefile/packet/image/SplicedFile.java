package org.casefile.packet.image;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.zip.CRC32C;
import org.apache.pdfbox.io.RandomAccessRead;
import org.casefile.evidence.Hashing;
import org.apache.pdfbox.io.RandomAccessReadView;

/**
 * Byte ranges of a file read as one stream: a JPEG without its EXIF, XMP and trailers, read straight from the
 * evidence file when the packet is saved. PDFBox would otherwise copy every embedded photo into its scratch file in
 * 4 KB pages and back out again; reading the ranges at save time costs one read of the file (from the page cache).
 * The file is opened on the first read and closed at the end of the data, so a packet of hundreds of photos never
 * holds more than one open.
 *
 * <p>The file is the evidence file itself, not a copy: read in order (as a save reads it), the ranges are summed as
 * they go and compared, at their end, with the sum taken when the picture was checked against its SHA-256, so a file
 * replaced on disk in between fails the save (the packet is written under a temporary name, so nothing half-made is
 * left). The sum is a CRC-32C: it catches a changed file as surely here, and costs the save a fraction of a third
 * SHA-256 pass over every photo (the check already took two: the file's and the kept bytes').
 */
public final class SplicedFile implements RandomAccessRead {
    /** How much is read from the file at a time. */
    private static final int BLOCK = 256 * 1024;

    private final Path file;
    /** Start in the file and length of each range, in output order. */
    private final long[] starts;
    private final long[] lengths;
    private final long length;
    /** CRC-32C the ranges must have when read through, or {@link #UNCHECKED}. */
    private final long expected;
    private static final long UNCHECKED = -1;
    private final CRC32C sum = new CRC32C();
    /** How far the ranges have been summed, in order from the start. */
    private long hashed;
    private FileChannel channel;
    /** Bytes of the ranges read ahead: {@code blockLength} of them from {@code blockStart}. */
    private byte[] block;
    private long blockStart;
    private int blockLength;
    private long position;
    private boolean closed;

    /** Colour components of the JPEG (1 grey, 3 colour): the image's colour space in the PDF. */
    final int components;

    SplicedFile(Path file, long[] starts, long[] lengths, int components) {
        this(file, starts, lengths, components, UNCHECKED);
    }

    private SplicedFile(Path file, long[] starts, long[] lengths, int components, long expected) {
        this.file = file;
        this.expected = expected;
        this.components = components;
        this.starts = starts.clone();
        this.lengths = lengths.clone();
        long sum = 0;
        for (long part : lengths) {
            sum += part;
        }
        this.length = sum;
    }

    long size() {
        return length;
    }

    /** Start in the file of each range, in output order. */
    long[] starts() {
        return starts.clone();
    }

    /** Length of each range, in output order. */
    long[] lengths() {
        return lengths.clone();
    }

    /** The CRC-32C the ranges are checked against when read through. */
    long expected() {
        return expected;
    }

    /** Whether every range lies within {@code whole} (the file as read). */
    boolean within(byte[] whole) {
        for (int i = 0; i < starts.length; i++) {
            if (starts[i] < 0 || lengths[i] < 0 || starts[i] + lengths[i] > whole.length) {
                return false;
            }
        }
        return true;
    }

    /** The SHA-256 of the spliced bytes, taken from {@code whole} (the file as read). */
    String sha256(byte[] whole) {
        java.security.MessageDigest digest = Hashing.sha256();
        for (int i = 0; i < starts.length; i++) {
            Hashing.update(digest, whole, (int) starts[i], (int) lengths[i]);
        }
        return java.util.HexFormat.of().formatHex(digest.digest());
    }

    /** The CRC-32C of the spliced bytes, taken from {@code whole} (the file as read). */
    long crc32c(byte[] whole) {
        CRC32C crc = new CRC32C();
        for (int i = 0; i < starts.length; i++) {
            crc.update(whole, (int) starts[i], (int) lengths[i]);
        }
        return crc.getValue();
    }

    /** The same ranges, whose reads fail when the bytes read through do not sum to {@code crc32c}. */
    SplicedFile checkedAgainst(long crc32c) {
        return new SplicedFile(file, starts, lengths, components, crc32c);
    }

    /** A fresh reader of the same ranges (each embedding gets its own position). */
    SplicedFile copy() {
        return new SplicedFile(file, starts, lengths, components, expected);
    }

    /** All the bytes, read from the file. */
    byte[] readAll() throws IOException {
        try (SplicedFile reader = copy()) {
            byte[] all = new byte[Math.toIntExact(length)];
            int at = 0;
            while (at < all.length) {
                at += reader.read(all, at, all.length - at);
            }
            return all;
        }
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) == 1 ? one[0] & 0xFF : -1;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (closed) {
            throw new IOException("closed");
        }
        if (position >= length) {
            release();
            return -1;
        }
        if (len == 0) {
            return 0;
        }
        if (position < blockStart || position >= blockStart + blockLength) {
            fill();
        }
        int count = (int) Math.min(len, blockStart + blockLength - position);
        System.arraycopy(block, (int) (position - blockStart), b, off, count);
        position += count;
        if (position >= length) {
            release();
        }
        return count;
    }

    /**
     * Reads the block of the ranges from {@link #position}, up to {@link #BLOCK} bytes: PDFBox asks for a few KB at
     * a time, and one read of the file (and one update of the hash) per block is a fraction of the system calls.
     */
    private void fill() throws IOException {
        if (channel == null) {
            channel = FileChannel.open(file, StandardOpenOption.READ);
        }
        if (block == null) {
            block = new byte[(int) Math.min(BLOCK, length)];
        }
        // Find the range holding the position; few ranges (a dozen segments), so a linear walk.
        long before = 0;
        int range = 0;
        while (before + lengths[range] <= position) {
            before += lengths[range++];
        }
        long inRange = position - before;
        int filled = 0;
        int wanted = (int) Math.min(block.length, length - position);
        while (filled < wanted) {
            int part = (int) Math.min(wanted - filled, lengths[range] - inRange);
            ByteBuffer buffer = ByteBuffer.wrap(block, filled, part);
            long at = starts[range] + inRange;
            while (buffer.hasRemaining()) {
                int n = channel.read(buffer, at);
                if (n < 0) {
                    throw new IOException(file.getFileName() + " changed while the packet was being written");
                }
                at += n;
            }
            filled += part;
            range++;
            inRange = 0;
        }
        blockStart = position;
        blockLength = filled;
        check(block, 0, filled);
    }

    /** Sums a block just read at {@link #position} when it continues the summed run; at its end, compares. */
    private void check(byte[] b, int off, int count) throws IOException {
        if (expected == UNCHECKED || position != hashed) {
            return;
        }
        sum.update(b, off, count);
        hashed += count;
        if (hashed == length && sum.getValue() != expected) {
            throw new Changed(file);
        }
    }

    /** The evidence file's bytes are not those hashed when its picture was prepared. */
    static final class Changed extends IOException {
        Changed(Path file) {
            super(file.getFileName() + " changed on disk while the packet was being written, so it was not put in "
                    + "the packet and nothing was exported. Put the original file back (from the phone, the "
                    + "download or a backup), run verify to see every file, or leave this exhibit out of the packet");
        }
    }

    private void release() throws IOException {
        block = null;
        blockLength = 0;
        if (channel != null) {
            channel.close();
            channel = null;
        }
    }

    @Override
    public long getPosition() {
        return position;
    }

    @Override
    public void seek(long newPosition) throws IOException {
        if (newPosition < 0) {
            throw new IOException("negative position");
        }
        position = Math.min(newPosition, length);
    }

    @Override
    public long length() {
        return length;
    }

    @Override
    public boolean isClosed() {
        return closed;
    }

    @Override
    public boolean isEOF() {
        return position >= length;
    }

    @Override
    public RandomAccessReadView createView(long startPosition, long streamLength) {
        return new RandomAccessReadView(this, startPosition, streamLength);
    }

    @Override
    public void close() throws IOException {
        closed = true;
        release();
    }
}
