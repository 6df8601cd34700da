package org.casefile.packet.image;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.casefile.evidence.Hashing;

/**
 * Turns evidence pictures into images for the packet's pages at a given {@link ImageStep}.
 *
 * <p>A JPEG that fits passes through losslessly: only the segments carrying personal data (EXIF with GPS, XMP,
 * IPTC, comments) are cut out of the byte stream, and its orientation is applied on the page. Everything else is
 * decoded (subsampled when large), converted to sRGB on white and re-encoded without metadata: JPEG at the step's
 * quality, or PNG for screenshots when that is not much bigger.
 */
public final class ImagePreparer {
    /** Lossless sources this small are tried as PNG too: text in screenshots stays sharp. */
    private static final long PNG_TRIAL_PIXELS = 4_000_000L;
    private static final Set<String> LOSSLESS_FORMATS = Set.of("png", "gif", "bmp", "tif", "tiff");

    private final int threads;
    /** JPEGs already read and checked (file → scan): their files are not read again here. */
    private final Map<Path, JpegScan> scans;

    public ImagePreparer() {
        this(Runtime.getRuntime().availableProcessors());
    }

    /** A preparer using {@code threads} threads in {@link #prepareEach}. */
    public ImagePreparer(int threads) {
        this(threads, Map.of());
    }

    private ImagePreparer(int threads, Map<Path, JpegScan> scans) {
        this.threads = Math.max(1, threads);
        this.scans = scans;
    }

    /**
     * This preparer, taking what it knows of a JPEG from {@code scans} (made when the files were read and checked,
     * e.g. by an export's check of every exhibit) instead of reading the file again.
     */
    public ImagePreparer withScans(Map<Path, JpegScan> known) {
        return new ImagePreparer(threads, known);
    }

    /** Prepares one picture; a missing, damaged or unknown file gives an IOException with a buyer's message. */
    public PreparedImage prepare(ImageJob job, ImageStep step) throws IOException {
        String name = String.valueOf(job.file().getFileName());
        try {
            return prepareOrFail(job, step);
        } catch (NoSuchFileException e) {
            throw new IOException(name + " is missing from the case folder, so it cannot be put in the packet. "
                    + "Run \"verify\" to check the case's files.", e);
        } catch (JpegStream.Damaged | Pixels.Unreadable e) {
            throw new IOException(name + " cannot be put in the packet: " + e.getMessage() + ". Copy it again from "
                    + "the phone or the original download, or remove it from the case.", e);
        } catch (RuntimeException e) {
            // Decoders throw unchecked exceptions on some broken files.
            throw new IOException(name + " cannot be put in the packet: it could not be decoded (" + e + "). Copy "
                    + "it again from the phone or the original download, or remove it from the case.", e);
        } catch (OutOfMemoryError e) {
            throw new IOException(name + " is too large to put in the packet with the memory available.", e);
        }
    }

    private PreparedImage prepareOrFail(ImageJob job, ImageStep step) throws IOException {
        int limit = limit(job, step);
        JpegScan jpeg = scans.get(job.file());
        if (jpeg == null) {
            jpeg = JpegScan.of(job.file(), Files.readAllBytes(job.file()), limit);
        }
        if (jpeg != null) {
            boolean fits = limit == 0 || Math.max(jpeg.width, jpeg.height) <= limit;
            if (fits && jpeg.passesThrough) {
                // Not copied: the kept ranges were hashed when read and are read from the file again when the
                // packet is saved, checked against that hash.
                int orientation = job.orientation() >= 1 && job.orientation() <= 8 ? job.orientation() : 1;
                PreparedImage kept = jpeg.passedThrough(orientation);
                if (step.keepsOriginals()) {
                    return kept;
                }
                // A step below the originals must not grow the packet: a small but finely compressed JPEG is
                // re-encoded at the step's quality when that is smaller.
                PreparedImage smaller = reencode(job, step, limit);
                return smaller.size() < kept.size() ? smaller : kept;
            }
        }
        return reencode(job, step, limit);
    }

    private PreparedImage reencode(ImageJob job, ImageStep step, int limit) throws IOException {
        Pixels.Decoded decoded = Pixels.decode(job.file(), limit);
        checkInterrupted();
        BufferedImage image = decoded.image();
        byte[] jpeg = Pixels.jpeg(image, step.jpegQuality());
        if (LOSSLESS_FORMATS.contains(decoded.format())
                && (long) image.getWidth() * image.getHeight() <= PNG_TRIAL_PIXELS) {
            checkInterrupted();
            byte[] png = Pixels.png(image);
            double allowance = step.keepsOriginals() ? 1.5 : 1.15;
            if (png.length <= jpeg.length * allowance) {
                return image(png, PreparedImage.Encoding.PNG, image.getWidth(), image.getHeight(), job);
            }
        }
        return image(jpeg, PreparedImage.Encoding.JPEG, image.getWidth(), image.getHeight(), job);
    }

    private static PreparedImage image(byte[] bytes, PreparedImage.Encoding encoding, int width, int height,
                                       ImageJob job) {
        int orientation = job.orientation() >= 1 && job.orientation() <= 8 ? job.orientation() : 1;
        return new PreparedImage(bytes, encoding, width, height, orientation, Hashing.of(bytes));
    }

    /** The long-edge limit in pixels from the step and the page, 0 for none. */
    static int limit(ImageJob job, ImageStep step) {
        int a = step.maxLongEdge();
        int b = job.maxLongEdge();
        if (a <= 0) {
            return Math.max(0, b);
        }
        return b <= 0 ? a : Math.min(a, b);
    }

    private static void checkInterrupted() throws IOException {
        if (Thread.currentThread().isInterrupted()) {
            throw new java.io.InterruptedIOException("cancelled");
        }
    }

    /**
     * Prepares every job and hands the results to {@code inOrder} in the jobs' order, on the calling thread, holding
     * only a few prepared images at a time (a 200-photo case must export in a 256 MB heap). Stops early once
     * {@code cancelled}. The first picture that cannot be prepared stops the work with an
     * {@link UncheckedIOException} carrying the buyer's message.
     */
    public void prepareEach(List<ImageJob> jobs, ImageStep step, Consumer<PreparedImage> inOrder,
                            BooleanSupplier cancelled) {
        prepareEach(jobs, step, inOrder, (job, e) -> {
            throw new UncheckedIOException(e.getMessage(), e);
        }, cancelled);
    }

    /**
     * As {@link #prepareEach(List, ImageStep, Consumer, BooleanSupplier)}, but a picture that cannot be prepared is
     * handed to {@code failed} (in the jobs' order, on the calling thread, with the buyer's message) and the work
     * goes on; {@code failed} may throw to stop it.
     *
     * <p>Pictures are prepared on {@code threads} daemon threads, at most twice that many ahead of the one being
     * handed over, so memory holds a handful of pictures whatever the number of jobs.
     */
    public void prepareEach(List<ImageJob> jobs, ImageStep step, Consumer<PreparedImage> inOrder,
                            BiConsumer<ImageJob, IOException> failed, BooleanSupplier cancelled) {
        if (jobs.isEmpty() || cancelled.getAsBoolean()) {
            return;
        }
        int workers = Math.min(threads, jobs.size());
        ExecutorService pool = Executors.newFixedThreadPool(workers, daemonThreads());
        ArrayDeque<Future<PreparedImage>> ahead = new ArrayDeque<>();
        int lookAhead = workers * 2;
        int next = 0;
        try {
            for (int index = 0; index < jobs.size(); index++) {
                while (next < jobs.size() && ahead.size() < lookAhead) {
                    ImageJob job = jobs.get(next++);
                    ahead.add(pool.submit(() -> prepare(job, step)));
                }
                Future<PreparedImage> head = ahead.poll();
                PreparedImage image;
                try {
                    image = await(head, cancelled);
                } catch (IOException e) {
                    failed.accept(jobs.get(index), e);
                    continue;
                }
                if (image == null) {
                    return;
                }
                inOrder.accept(image);
                if (cancelled.getAsBoolean()) {
                    return;
                }
            }
        } finally {
            for (Future<PreparedImage> future : ahead) {
                future.cancel(true);
            }
            pool.shutdownNow();
        }
    }

    /** The result, or null once cancelled (checked every 50 ms while waiting). */
    private static PreparedImage await(Future<PreparedImage> future, BooleanSupplier cancelled) throws IOException {
        while (true) {
            if (cancelled.getAsBoolean()) {
                return null;
            }
            try {
                return future.get(50, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                // look at the cancel flag again
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            } catch (CancellationException e) {
                return null;
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                if (cause instanceof IOException io) {
                    throw io;
                }
                if (cause instanceof RuntimeException runtime) {
                    throw runtime;
                }
                if (cause instanceof Error error) {
                    throw error;
                }
                throw new IllegalStateException(cause);
            }
        }
    }

    private static java.util.concurrent.ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "packet-images-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
