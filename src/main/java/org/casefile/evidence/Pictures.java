package org.casefile.evidence;

import java.awt.image.BufferedImage;
import java.nio.file.Path;

/** Pictures for showing on screen: decoded subsampled to about the size wanted, and turned upright. */
public final class Pictures {
    private Pictures() {
    }

    /**
     * The picture in {@code file} (of media type {@code mime}, one Casefile decodes) at most {@code maxSide} pixels
     * on its longer side, turned as EXIF {@code orientation} says. Never holds the full photo in memory.
     */
    public static BufferedImage upright(Path file, String mime, int maxSide, Integer orientation) {
        MediaType type = MediaType.ofMime(mime).filter(MediaType::isImage)
                .orElseThrow(() -> new RejectedFileException("Casefile cannot show " + mime + " files."));
        return Images.thumbnail(file, type, maxSide, orientation);
    }
}
