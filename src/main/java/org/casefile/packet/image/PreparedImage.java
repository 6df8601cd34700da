package org.casefile.packet.image;

/**
 * An image ready for a page: its bytes carry no metadata (no EXIF, no GPS, no XMP, no comments) and are in sRGB.
 * {@code orientation} is the EXIF orientation (1-8) still to apply when drawing, so a lossless JPEG pass-through
 * stands upright on the page; {@code sha256} is of {@code bytes}, listed in the appendix next to the original's.
 */
public record PreparedImage(byte[] bytes, Encoding encoding, int pixelWidth, int pixelHeight, int orientation,
                            String sha256) {

    public enum Encoding { JPEG, PNG }

    /** Width as it stands on the page: orientations 5-8 turn the picture a quarter. */
    public int uprightWidth() {
        return orientation >= 5 ? pixelHeight : pixelWidth;
    }

    public int uprightHeight() {
        return orientation >= 5 ? pixelWidth : pixelHeight;
    }
}
