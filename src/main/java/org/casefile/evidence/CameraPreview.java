package org.casefile.evidence;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;

/**
 * A JPEG's own small preview, read as bytes. Apart from {@link Images} on purpose: an upright
 * photo's thumbnail needs nothing else, and touching ImageIO would start its plugin registry (a tenth of a second).
 */
final class CameraPreview {
    private CameraPreview() {
    }

    /**
     * The camera's own preview from the EXIF block, as its JPEG bytes, when it is a faithful small copy of the photo
     * (a JPEG frame whose shape matches the photo's; an editor that cropped or turned the pixels often leaves the
     * old preview behind); null otherwise. Decoding 40 twelve-megapixel photos just for a grid would take seconds;
     * the preview takes a millisecond, and none at all when the photo is upright and its bytes are kept as they are.
     */
    static byte[] of(Path file, Probe probe) {
        if (probe.embedded() == null || probe.width() == null || probe.embedded().length() <= 0
                || probe.embedded().length() > 1_000_000) {
            return null;
        }
        try (FileChannel channel = FileChannel.open(file)) {
            ByteBuffer bytes = ByteBuffer.allocate(probe.embedded().length());
            channel.read(bytes, probe.embedded().offset());
            int[] size = Probe.frameSize(bytes.array());
            if (size == null) {
                return null;
            }
            double photo = (double) probe.width() / probe.height();
            double small = (double) size[0] / size[1];
            return Math.abs(photo - small) / photo > 0.03 ? null : bytes.array();
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
