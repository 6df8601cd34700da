package org.casefile.packet.image;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import javax.imageio.ImageIO;
import org.casefile.evidence.Hashing;

/**
 * Turns evidence pictures into images for the packet's pages at a given {@link ImageStep}.
 * (Contract skeleton: the images work replaces this naive decode-and-encode with metadata stripping, lossless JPEG
 * pass-through, CMYK conversion, subsampled decoding and work on every core.)
 */
public final class ImagePreparer {

    /** Prepares one picture. */
    public PreparedImage prepare(ImageJob job, ImageStep step) throws IOException {
        BufferedImage image = ImageIO.read(job.file().toFile());
        if (image == null) {
            throw new IOException("Not a readable image: " + job.file().getFileName());
        }
        BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        rgb.createGraphics().drawImage(image, 0, 0, java.awt.Color.WHITE, null);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(rgb, "jpeg", out);
        byte[] bytes = out.toByteArray();
        return new PreparedImage(bytes, PreparedImage.Encoding.JPEG, rgb.getWidth(), rgb.getHeight(),
                job.orientation(), Hashing.of(bytes));
    }

    /**
     * Prepares every job and hands the results to {@code inOrder} in the jobs' order, on the calling thread, holding
     * only a few prepared images at a time (a 200-photo case must export in a 256 MB heap). Stops early once
     * {@code cancelled}.
     */
    public void prepareEach(List<ImageJob> jobs, ImageStep step, Consumer<PreparedImage> inOrder,
                            BooleanSupplier cancelled) {
        for (ImageJob job : jobs) {
            if (cancelled.getAsBoolean()) {
                return;
            }
            try {
                inOrder.accept(prepare(job, step));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
