package org.casefile.packet.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.casefile.ChildJava;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImagePreparerEachTest {
    @TempDir
    Path dir;

    @Test
    void resultsArriveInTheJobsOrderOnTheCallingThread() throws Exception {
        List<ImageJob> jobs = mixedJobs(12);
        ImageStep step = new ImageStep(800, 0.8f);
        List<String> expected = new ArrayList<>();
        for (ImageJob job : jobs) {
            expected.add(new ImagePreparer(1).prepare(job, step).sha256());
        }
        Thread caller = Thread.currentThread();
        List<String> actual = new ArrayList<>();

        new ImagePreparer(2).prepareEach(jobs, step, image -> {
            assertThat(Thread.currentThread()).isSameAs(caller);
            actual.add(image.sha256());
        }, () -> false);

        assertThat(actual).isEqualTo(expected);
    }

    @Test
    void cancellingStopsPromptly() throws Exception {
        List<ImageJob> jobs = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            jobs.addAll(mixedJobs(4));
        }
        AtomicInteger delivered = new AtomicInteger();
        long start = System.nanoTime();

        new ImagePreparer(2).prepareEach(jobs, new ImageStep(600, 0.7f), image -> delivered.incrementAndGet(),
                () -> delivered.get() >= 3);

        assertThat(delivered).hasValue(3);
        assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).isLessThan(5000);
    }

    @Test
    void aDamagedPictureIsReportedForItsJobAndTheOthersGoOn() throws Exception {
        List<ImageJob> jobs = mixedJobs(4);
        Path broken = TestPictures.write(dir, "IMG_0099.jpg", "\u00ff\u00d8\u00ff broken".getBytes(
                StandardCharsets.ISO_8859_1));
        jobs.add(2, new ImageJob(broken, 1, 0));
        List<String> names = new ArrayList<>();
        List<String> errors = new ArrayList<>();

        new ImagePreparer(2).prepareEach(jobs, new ImageStep(800, 0.8f), image -> names.add("ok"),
                (job, e) -> errors.add(job.file().getFileName() + ": " + e.getMessage()), () -> false);

        assertThat(names).hasSize(4);
        assertThat(errors).singleElement().asString().startsWith("IMG_0099.jpg: IMG_0099.jpg cannot be put in the "
                + "packet");
        assertThatThrownBy(() -> new ImagePreparer(2).prepareEach(jobs, ImageStep.ORIGINAL, image -> { },
                () -> false)).isInstanceOf(UncheckedIOException.class).hasMessageContaining("IMG_0099.jpg");
    }

    /** 200 twelve-megapixel photos in a JVM with a 256 MB heap, against a consumer slower than the preparer. */
    @Test
    void twoHundredTwelveMegapixelPhotosFitIn256Megabytes() throws Exception {
        Process process = ChildJava.java(List.of("-Xmx256m"), PrepareEachMemoryCheck.class.getName(), dir.toString(),
                "200").redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        assertThat(output).contains("delivered 200 originals").contains("resized 12");
    }

    private List<ImageJob> mixedJobs(int count) throws IOException {
        List<ImageJob> jobs = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            boolean big = i % 2 == 0;
            Path file = TestPictures.write(dir, "IMG_" + jobs.size() + "_" + System.nanoTime() + ".jpg",
                    TestPictures.phoneJpeg(TestPictures.jpeg(TestPictures.photo(big ? 2400 : 300, big ? 1800 : 200,
                            i), 0.9f, false), 1 + i % 8));
            jobs.add(new ImageJob(file, 1 + i % 8, 0));
        }
        return jobs;
    }
}
