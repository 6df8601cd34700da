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

    /** The picture as it passes through, upright by {@code orientation} on the page. */
    PreparedImage passedThrough(int orientation) {
        return new PreparedImage(null, PreparedImage.Encoding.JPEG, width, height, orientation, keptSha256, kept);
    }
}
