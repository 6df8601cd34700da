package org.casefile.packet.image;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Run in a JVM of its own with a small heap ({@link ImagePreparerEachTest}): 200 twelve-megapixel photos prepared
 * as originals and a dozen downscaled, handed to a consumer slower than the preparer. Holding every prepared photo
 * would need well over a gigabyte.
 */
public final class PrepareEachMemoryCheck {
    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        int count = Integer.parseInt(args[1]);
        Path photo = TestPictures.write(dir, "IMG_12MP.jpg",
                TestPictures.phoneJpeg(TestPictures.jpeg(TestPictures.photo(4000, 3000, 9), 0.92f, false), 6));
        List<ImageJob> jobs = new ArrayList<>(Collections.nCopies(count, new ImageJob(photo, 6, 0)));
        AtomicInteger delivered = new AtomicInteger();
        AtomicLong bytes = new AtomicLong();
        new ImagePreparer(2).prepareEach(jobs, ImageStep.ORIGINAL, image -> {
            delivered.incrementAndGet();
            bytes.addAndGet(image.bytes().length);
            sleep(5);
        }, () -> false);
        AtomicInteger resized = new AtomicInteger();
        new ImagePreparer(2).prepareEach(jobs.subList(0, 12), new ImageStep(2000, 0.82f),
                image -> resized.incrementAndGet(), () -> false);
        System.out.println("delivered " + delivered + " originals, " + bytes.get() / 1_000_000 + " MB in all, file "
                + Files.size(photo) / 1_000_000 + " MB; resized " + resized);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
