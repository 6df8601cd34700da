package org.casefile.ui.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs work away from the FX thread and hands the result back to it. The app uses {@link FxBackgroundExecutor};
 * view model tests use {@link DirectExecutor}, so they run deterministically without a window.
 */
public interface BackgroundExecutor {
    <T> void submit(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);

    void shutdown();
}
