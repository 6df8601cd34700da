package org.casefile.evidence;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import org.casefile.domain.text.Phrase;
import org.casefile.domain.MediaType;

/** Pictures for showing on screen: decoded subsampled to about the size wanted, and turned upright. */
public final class Pictures {
    private Pictures() {
    }

    /**
     * The picture in {@code file} (of media type {@code type}, one Casefile decodes) at most {@code maxSide} pixels
     * on its longer side, turned as EXIF {@code orientation} says. Never holds the full photo in memory.
     */
    public static BufferedImage upright(Path file, MediaType type, int maxSide, Integer orientation) {
        if (type == null || !type.isImage()) {
            throw new RejectedFileException(type == null ? Phrase.of("Import.cannotShowThese")
                    : Phrase.of("Import.cannotShow", type.phrase()));
        }
        return Images.thumbnail(file, type, maxSide, orientation);
    }
}
