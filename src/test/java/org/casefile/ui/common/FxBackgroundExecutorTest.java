package org.casefile.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import org.junit.jupiter.api.Test;

/**
 * The app's background queues: a lane of its own runs while the main worker is busy with a long job; nothing starts
 * once the window is closing.
 */
class FxBackgroundExecutorTest {
    @Test
    void aLaneRunsWhileTheWorkerIsBusyAndHandsItsResultToTheFxThread() throws Exception {
        FxStarted.ensure();
        FxBackgroundExecutor worker = new FxBackgroundExecutor();
        BackgroundExecutor lane = worker.lane("casefile-preview");
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch delivered = new CountDownLatch(1);
        AtomicReference<String> ranOn = new AtomicReference<>();
        AtomicReference<Boolean> onFxThread = new AtomicReference<>();
        try {
            worker.submit(() -> release.await(30, TimeUnit.SECONDS), done -> { }, failed -> { });
            lane.submit(() -> Thread.currentThread().getName(), name -> {
                ranOn.set(name);
                onFxThread.set(Platform.isFxApplicationThread());
                delivered.countDown();
            }, failed -> { });
            assertThat(delivered.await(20, TimeUnit.SECONDS)).as("the lane did not wait for the busy worker")
                    .isTrue();
            assertThat(ranOn.get()).isEqualTo("casefile-preview");
            assertThat(onFxThread.get()).isTrue();
        } finally {
            release.countDown();
            lane.shutdown();
            worker.shutdown();
        }
    }

    @Test
    void aJobAskedForAfterTheWindowClosedIsNotStartedAndThrowsNothing() throws Exception {
        FxBackgroundExecutor worker = new FxBackgroundExecutor();
        worker.shutdown();
        AtomicBoolean ran = new AtomicBoolean();

        worker.submit(() -> ran.getAndSet(true), done -> { }, failed -> { });

        Thread.sleep(200);
        assertThat(ran).isFalse();
    }
}
