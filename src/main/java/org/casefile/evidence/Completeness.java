package org.casefile.evidence;

import org.casefile.domain.MediaType;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.Arrays;
import org.casefile.domain.text.Phrase;

/**
 * Cheap proof that a JPEG or PNG copy is whole, read from its last bytes: what lets the import leave the thumbnail
 * (a decode, which used to be the proof) for later without taking in a photo that was cut short.
 */
final class Completeness {
    /** A PNG's last chunk: length 0, "IEND", and its fixed CRC. */
    private static final byte[] PNG_END = {0, 0, 0, 0, 'I', 'E', 'N', 'D', (byte) 0xAE, 0x42, 0x60, (byte) 0x82};

    private Completeness() {
    }

    /**
     * True when a JPEG or PNG ends as a whole file does; false for any other type, and for a file with more than a
     * few KB after its end (a motion photo's video), which the caller then decodes to be sure.
     */
    static boolean seemsWhole(Path file, MediaType type, Probe probe) {
        return switch (type) {
            case JPEG -> endsCleanly(file, probe.embedded() == null ? 0
                    : probe.embedded().offset() + probe.embedded().length());
            case PNG -> containsEnd(tail(file, 4096));
            default -> false;
        };
    }

    /** Refuses a JPEG whose end is missing (its embedded preview is no proof of the rest). */
    static void requireJpegEnd(Path file, Probe probe) {
        if (!seemsWhole(file, MediaType.JPEG, probe)) {
            throw new RejectedFileException(Phrase.of("Import.endMissing"));
        }
    }

    /**
     * A JPEG that was cut short has no end-of-image marker near its end (inside the compressed data a 0xFF byte is
     * always followed by 0, so the marker cannot appear by chance). The marker must come after {@code after} (the
     * end of the embedded preview, which has its own).
     */
    static boolean endsCleanly(Path jpeg, long after) {
        byte[] b = tail(jpeg, 4096);
        long start = size(jpeg) - b.length;
        for (int i = b.length - 2; i >= 0; i--) {
            if ((b[i] & 0xFF) == 0xFF && (b[i + 1] & 0xFF) == 0xD9) {
                return start + i >= after;
            }
        }
        return false;
    }

    /** The IEND chunk within the last bytes (some writers leave padding after it). */
    private static boolean containsEnd(byte[] b) {
        for (int i = b.length - PNG_END.length; i >= 0; i--) {
            if (Arrays.equals(b, i, i + PNG_END.length, PNG_END, 0, PNG_END.length)) {
                return true;
            }
        }
        return false;
    }

    private static long size(Path file) {
        try {
            return java.nio.file.Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    private static byte[] tail(Path file, int most) {
        try (FileChannel channel = FileChannel.open(file)) {
            long size = channel.size();
            ByteBuffer bytes = ByteBuffer.allocate((int) Math.min(size, most));
            channel.read(bytes, size - bytes.capacity());
            return bytes.array();
        } catch (IOException e) {
            return new byte[0];
        }
    }
}
