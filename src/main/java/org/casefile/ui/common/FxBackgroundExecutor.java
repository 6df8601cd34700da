package org.casefile.ui.common;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.application.Platform;
import org.casefile.app.AppLog;

/**
 * One worker thread: the library has one database connection, so jobs run in the order they were asked for,
 * and their results come back on the FX thread.
 */
public final class FxBackgroundExecutor implements BackgroundExecutor {
    private final ExecutorService worker;

    public FxBackgroundExecutor() {
        this("casefile-worker");
    }

    private FxBackgroundExecutor(String name) {
        worker = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        });
    }

    @Override
    public BackgroundExecutor lane(String name) {
        return new FxBackgroundExecutor(name);
    }

    /**
     * Runs {@code work} after the jobs asked for before it. Once the window is closing nothing new starts: a view
     * still reacting to the last changes (a grid asking for the thumbnails of a case being shown) is not an error.
     */
    @Override
    public <T> void submit(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        try {
            worker.execute(() -> {
                try {
                    T result = work.call();
                    Platform.runLater(() -> onSuccess.accept(result));
                } catch (Throwable failure) {
                    Platform.runLater(() -> onFailure.accept(failure));
                }
            });
        } catch (RejectedExecutionException closing) {
            AppLog.note("A job asked for while the window was closing was not started"); // not window text
        }
    }

    /** Lets a running save finish before the library closes. */
    @Override
    public void shutdown() {
        worker.shutdown();
        try {
            worker.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
