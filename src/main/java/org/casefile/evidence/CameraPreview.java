package org.casefile.evidence;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;

/**
 * A JPEG's own small preview and its completeness, read as bytes. Apart from {@link Images} on purpose: an upright
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

    /**
     * A JPEG that was cut short has no end-of-image marker near its end: cheap proof of a truncated copy. The marker
     * must come after {@code after} (the end of the embedded preview, which has its own).
     */
    static boolean endsCleanly(Path jpeg, long after) {
        try (FileChannel channel = FileChannel.open(jpeg)) {
            long size = channel.size();
            int tail = (int) Math.min(size, 4096);
            ByteBuffer bytes = ByteBuffer.allocate(tail);
            channel.read(bytes, size - tail);
            byte[] b = bytes.array();
            for (int i = tail - 2; i >= 0; i--) {
                if ((b[i] & 0xFF) == 0xFF && (b[i + 1] & 0xFF) == 0xD9) {
                    return size - tail + i >= after;
                }
            }
            return false;
        } catch (IOException e) {
            return false;
        }
    }
}
