package org.casefile.packet.image;

import java.io.IOException;
import java.nio.file.Path;

/**
 * What the packet needs to know of a JPEG to pass it through, taken from one read of the file: its size, whether a
 * PDF reader shows its bytes as they are, and the byte ranges kept (without EXIF, XMP and trailers) with their
 * SHA-256. It holds no pixels and no bytes, so the export can read and check every photo once, ahead of the pages,
 * and the preparer does not read the file again (the packet's save reads the kept ranges and compares their sum).
 */
public final class JpegScan {
    final int width;
    final int height;
    /** Shown by PDF readers as it is (8-bit Huffman, grey or colour, sRGB or no profile). */
    final boolean passesThrough;
    /** The kept ranges, hashed; null when the JPEG does not pass through. */
    final SplicedFile kept;
    final String keptSha256;

    private JpegScan(int width, int height, SplicedFile kept, String keptSha256) {
        this.width = width;
        this.height = height;
        this.passesThrough = kept != null;
        this.kept = kept;
        this.keptSha256 = keptSha256;
    }

    /**
     * The scan of {@code bytes}, the whole of {@code file} as read, or null when they are not a JPEG. A JPEG whose
     * structure is broken throws {@link JpegStream.Damaged} (its message says what is wrong).
     */
    public static JpegScan of(Path file, byte[] bytes) throws IOException {
        return of(file, bytes, 0);
    }

    /** As {@link #of(Path, byte[])}; a JPEG larger than {@code limit} pixels (0: none) is not scanned to the end. */
    static JpegScan of(Path file, byte[] bytes, int limit) throws IOException {
        if (!JpegStream.looksLikeJpeg(bytes)) {
            return null;
        }
        JpegStream jpeg = JpegStream.parse(bytes);
        boolean fits = limit == 0 || Math.max(jpeg.width, jpeg.height) <= limit;
        if (!fits || !jpeg.passesThrough() || (jpeg.iccProfile != null && !Pixels.isSrgb(jpeg.iccProfile))) {
            return new JpegScan(jpeg.width, jpeg.height, null, null);
        }
        long[][] ranges = jpeg.keptRanges();
        SplicedFile spliced = new SplicedFile(file, ranges[0], ranges[1], jpeg.components);
        String sha256 = spliced.sha256(bytes);
        // Read again at save and summed: a file replaced meanwhile fails the save.
        return new JpegScan(jpeg.width, jpeg.height, spliced.checkedAgainst(spliced.crc32c(bytes)), sha256);
    }

    /**
     * What the scan found, as plain values, so that it can be kept (see the app's {@code JpegScanRecords}) and made
     * again without parsing and hashing the file: {@code starts}, {@code lengths}, {@code components},
     * {@code crc32c} and {@code keptSha256} describe the kept ranges, and are null or 0 when the JPEG does not pass
     * through.
     */
    public record Found(int width, int height, long[] starts, long[] lengths, int components, long crc32c,
                        String keptSha256) {
        public boolean passesThrough() {
            return starts != null;
        }
    }

    /** What this scan found. */
    public Found found() {
        return kept == null ? new Found(width, height, null, null, 0, 0, null)
                : new Found(width, height, kept.starts(), kept.lengths(), kept.components, kept.expected(), keptSha256);
    }

    /**
     * The scan {@code found} describes, when it holds for {@code bytes} (the whole of {@code file} as read and
     * checked): its kept ranges lie within them and sum to its CRC-32C, which the save checks them against again.
     * Null when it does not hold.
     */
    public static JpegScan of(Path file, byte[] bytes, Found found) {
        if (found.width() <= 0 || found.height() <= 0) {
            return null;
        }
        if (!found.passesThrough()) {
            return new JpegScan(found.width(), found.height(), null, null);
        }
        if (found.starts().length != found.lengths().length || found.keptSha256() == null) {
            return null;
        }
        SplicedFile spliced = new SplicedFile(file, found.starts(), found.lengths(), found.components());
        if (!spliced.within(bytes) || spliced.crc32c(bytes) != found.crc32c()) {
            return null;
        }
        return new JpegScan(found.width(), found.height(), spliced.checkedAgainst(found.crc32c()),
                found.keptSha256());
    }

    /** The picture as it passes through, upright by {@code orientation} on the page. */
    PreparedImage passedThrough(int orientation) {
        return new PreparedImage(null, PreparedImage.Encoding.JPEG, width, height, orientation, keptSha256, kept);
    }
}
