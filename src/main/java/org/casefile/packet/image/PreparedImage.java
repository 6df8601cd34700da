package org.casefile.packet.image;

/**
 * An image ready for a page: its bytes carry no metadata (no EXIF, no GPS, no XMP, no comments) and are in sRGB.
 * {@code orientation} is the EXIF orientation (1-8) still to apply when drawing, so a lossless JPEG pass-through
 * stands upright on the page; {@code sha256} is of {@code bytes}, listed in the appendix next to the original's.
 */
public record PreparedImage(byte[] bytes, Encoding encoding, int pixelWidth, int pixelHeight, int orientation,
                            String sha256, SplicedFile source) {

    /** An image held in memory. */
    public PreparedImage(byte[] bytes, Encoding encoding, int pixelWidth, int pixelHeight, int orientation,
                         String sha256) {
        this(bytes, encoding, pixelWidth, pixelHeight, orientation, sha256, null);
    }

    /**
     * The bytes: in memory, or read from {@code source} (a JPEG passed through: its kept ranges are read straight
     * from the evidence file when the packet is saved, so they are not held here).
     */
    @Override
    public byte[] bytes() {
        if (bytes != null) {
            return bytes;
        }
        try {
            return source.readAll();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The number of bytes, without reading them. */
    public long size() {
        return bytes != null ? bytes.length : source.size();
    }

    public enum Encoding { JPEG, PNG }

    /** Width as it stands on the page: orientations 5-8 turn the picture a quarter. */
    public int uprightWidth() {
        return orientation >= 5 ? pixelHeight : pixelWidth;
    }

    public int uprightHeight() {
        return orientation >= 5 ? pixelWidth : pixelHeight;
    }
}
