package org.casefile.packet.image;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A JPEG file read marker by marker, and rewritten without the segments that carry personal data. The scans (the
 * entropy-coded picture itself) are copied byte for byte, so the picture stays exactly as the camera encoded it.
 * Kept: SOI, JFIF (APP0), Adobe (APP14, which says how the colours are coded), DQT, SOF, DHT, DAC, DRI, SOS, RSTn, EOI.
 * Dropped: EXIF and XMP (APP1, with GPS), ICC profiles (APP2; non-sRGB ones make the picture be re-encoded instead),
 * IPTC/Photoshop (APP13), every other APPn, comments, and anything after the end-of-image marker (phones append
 * depth maps and second pictures there, each with its own EXIF).
 */
final class JpegStream {
    /** Baseline, extended and progressive Huffman JPEG with 8-bit samples: what every PDF reader decodes. */
    private static final int SOF0 = 0xC0;
    private static final int SOF1 = 0xC1;
    private static final int SOF2 = 0xC2;
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class,
            ByteOrder.LITTLE_ENDIAN);

    final int width;
    final int height;
    final int components;
    final int frameType;
    final int precision;
    /** The Adobe APP14 transform flag (0 none, 1 YCbCr, 2 YCCK), or -1 without that segment. */
    final int adobeTransform;
    /** The ICC profile from the APP2 chunks, in order, or null. */
    final byte[] iccProfile;
    private final byte[] file;

    private JpegStream(byte[] file, int width, int height, int components, int frameType, int precision,
                       int adobeTransform, byte[] iccProfile) {
        this.file = file;
        this.width = width;
        this.height = height;
        this.components = components;
        this.frameType = frameType;
        this.precision = precision;
        this.adobeTransform = adobeTransform;
        this.iccProfile = iccProfile;
    }

    static boolean looksLikeJpeg(byte[] bytes) {
        return bytes.length > 3 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xD8
                && (bytes[2] & 0xFF) == 0xFF;
    }

    /** Reads the header segments; a file with no frame header is refused. */
    static JpegStream parse(byte[] file) throws IOException {
        if (!looksLikeJpeg(file)) {
            throw new Damaged("it does not start like a JPEG");
        }
        int width = -1;
        int height = -1;
        int components = 0;
        int frameType = -1;
        int precision = 0;
        int adobe = -1;
        ByteArrayOutputStream icc = null;
        int pos = 2;
        while (true) {
            int marker = nextMarker(file, pos);
            pos = markerEnd(file, pos);
            if (marker == 0xDA || marker == 0xD9) {
                break;
            }
            if (isStandalone(marker)) {
                continue;
            }
            int length = segmentLength(file, pos);
            int body = pos + 2;
            int end = pos + length;
            if (isFrame(marker)) {
                need(file, body + 6, "the picture header is cut short");
                precision = file[body] & 0xFF;
                height = u16(file, body + 1);
                width = u16(file, body + 3);
                components = file[body + 5] & 0xFF;
                frameType = marker;
            } else if (marker == 0xEE && startsWith(file, body, end, "Adobe") && end - body >= 12) {
                adobe = file[body + 11] & 0xFF;
            } else if (marker == 0xE2 && startsWith(file, body, end, "ICC_PROFILE\0") && end - body > 14) {
                if (icc == null) {
                    icc = new ByteArrayOutputStream();
                }
                icc.write(file, body + 14, end - body - 14);
            }
            pos = end;
        }
        if (frameType < 0 || width <= 0 || height <= 0 || components <= 0) {
            throw new Damaged("it has no usable picture header");
        }
        return new JpegStream(file, width, height, components, frameType, precision, adobe,
                icc == null ? null : icc.toByteArray());
    }

    /** True when PDF readers can show the bytes as they are: 8-bit Huffman JPEG in grey, RGB/YCbCr. */
    boolean passesThrough() {
        return (frameType == SOF0 || frameType == SOF1 || frameType == SOF2) && precision == 8
                && (components == 1 || components == 3);
    }

    /** The file without the segments that carry personal data and without anything after the end of the picture. */
    byte[] stripped() throws IOException {
        long[][] ranges = keptRanges();
        int size = 0;
        for (long part : ranges[1]) {
            size += (int) part;
        }
        byte[] out = new byte[size];
        int at = 0;
        for (int i = 0; i < ranges[0].length; i++) {
            System.arraycopy(file, (int) ranges[0][i], out, at, (int) ranges[1][i]);
            at += (int) ranges[1][i];
        }
        return out;
    }

    /**
     * What {@link #stripped()} keeps, as byte ranges of the file: {starts, lengths}, adjacent ranges merged. The
     * packet reads these straight from the file when it is saved.
     */
    long[][] keptRanges() throws IOException {
        Ranges kept = new Ranges();
        kept.add(0, 2);
        int pos = 2;
        while (true) {
            int start = pos;
            int marker = nextMarker(file, pos);
            pos = markerEnd(file, pos);
            if (marker == 0xD9) {
                // The marker's own two bytes (fill bytes before it are dropped).
                kept.add(pos - 2, 2);
                return kept.toArrays();
            }
            if (isStandalone(marker)) {
                kept.add(start, pos - start);
                continue;
            }
            int length = segmentLength(file, pos);
            int end = pos + length;
            if (keeps(marker, file, pos + 2, end)) {
                kept.add(pos - 2, length + 2);
            }
            pos = end;
            if (marker == 0xDA) {
                int scanEnd = scanEnd(file, pos);
                kept.add(pos, scanEnd - pos);
                pos = scanEnd;
            }
        }
    }

    private static final class Ranges {
        private long[] starts = new long[16];
        private long[] lengths = new long[16];
        private int count;

        void add(long start, long length) {
            if (length <= 0) {
                return;
            }
            if (count > 0 && starts[count - 1] + lengths[count - 1] == start) {
                lengths[count - 1] += length;
                return;
            }
            if (count == starts.length) {
                starts = Arrays.copyOf(starts, count * 2);
                lengths = Arrays.copyOf(lengths, count * 2);
            }
            starts[count] = start;
            lengths[count++] = length;
        }

        long[][] toArrays() {
            return new long[][] {Arrays.copyOf(starts, count), Arrays.copyOf(lengths, count)};
        }
    }

    private static boolean keeps(int marker, byte[] file, int body, int end) {
        if (marker == 0xE0) {
            return startsWith(file, body, end, "JFIF\0");
        }
        if (marker == 0xEE) {
            return startsWith(file, body, end, "Adobe");
        }
        // Every other APPn (EXIF, XMP, ICC, MPF, IPTC, vendor blocks) and COM carry no pixels.
        return !(marker >= 0xE0 && marker <= 0xEF) && marker != 0xFE;
    }

    /**
     * The end of the entropy-coded data that starts at {@code pos}: the next marker that is not a restart. Reads
     * eight bytes at a time to the next 0xFF (a 12-megapixel photo is megabytes of scan data).
     */
    private static int scanEnd(byte[] file, int pos) throws IOException {
        int n = file.length;
        int i = pos;
        while (i < n - 1) {
            while (i + 8 <= n) {
                long inverted = ~(long) LONGS.get(file, i);
                if (((inverted - 0x0101010101010101L) & ~inverted & 0x8080808080808080L) != 0) {
                    break;
                }
                i += 8;
            }
            while (i < n && file[i] != (byte) 0xFF) {
                i++;
            }
            if (i >= n - 1) {
                break;
            }
            // A marker may be preceded by fill bytes (more 0xFF): it starts at the first of them.
            int j = i + 1;
            while (j < n && file[j] == (byte) 0xFF) {
                j++;
            }
            if (j >= n) {
                break;
            }
            int next = file[j] & 0xFF;
            if (next == 0x00 || (next >= 0xD0 && next <= 0xD7)) {
                i = j + 1;
            } else {
                return i;
            }
        }
        throw new Damaged("it ends in the middle of the picture data (the copy is incomplete)");
    }

    private static int nextMarker(byte[] file, int pos) throws IOException {
        need(file, pos + 2, "it ends before the end-of-picture marker (the copy is incomplete)");
        if (file[pos] != (byte) 0xFF) {
            throw new Damaged("a segment is broken at byte " + pos);
        }
        int i = pos;
        while (i < file.length && file[i] == (byte) 0xFF) {
            i++;
        }
        need(file, i + 1, "it ends before the end-of-picture marker (the copy is incomplete)");
        return file[i] & 0xFF;
    }

    /** The position after the marker at {@code pos}, fill bytes included. */
    private static int markerEnd(byte[] file, int pos) {
        int i = pos;
        while (file[i] == (byte) 0xFF) {
            i++;
        }
        return i + 1;
    }

    private static int segmentLength(byte[] file, int pos) throws IOException {
        need(file, pos + 2, "it ends in the middle of a header (the copy is incomplete)");
        int length = u16(file, pos);
        if (length < 2) {
            throw new Damaged("a segment has an impossible length at byte " + pos);
        }
        need(file, pos + length, "it ends in the middle of a header (the copy is incomplete)");
        return length;
    }

    private static boolean isStandalone(int marker) {
        return marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7);
    }

    private static boolean isFrame(int marker) {
        return marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
    }

    private static boolean startsWith(byte[] file, int body, int end, String id) {
        byte[] expected = id.getBytes(StandardCharsets.ISO_8859_1);
        if (end - body < expected.length) {
            return false;
        }
        for (int i = 0; i < expected.length; i++) {
            if (file[body + i] != expected[i]) {
                return false;
            }
        }
        return true;
    }

    private static int u16(byte[] file, int pos) {
        return ((file[pos] & 0xFF) << 8) | (file[pos + 1] & 0xFF);
    }

    private static void need(byte[] file, int end, String why) throws IOException {
        if (end > file.length) {
            throw new Damaged(why);
        }
    }

    /** A structural fault; the preparer turns it into a message naming the file. */
    static final class Damaged extends IOException {
        Damaged(String why) {
            super(why);
        }
    }
}
