package org.casefile.packet;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Read access to the evidence, supplied by the app: the picture file to draw for an exhibit (the photo or screenshot
 * itself, an HEIC photo's display copy, a video's poster frame, a PDF's first page), or empty when there is none and
 * the packet shows a placeholder.
 */
@FunctionalInterface
public interface EvidenceFiles {
    Optional<Path> picture(CaseSnapshot.Exhibit exhibit);

    /**
     * Told of each picture as embedded in the packet being written (a budget may write it more than once: the last
     * is the one saved), so that other copies can be made from it without decoding the original again.
     */
    default void embedded(CaseSnapshot.Exhibit exhibit, org.casefile.packet.image.PreparedImage image) {
    }
}
