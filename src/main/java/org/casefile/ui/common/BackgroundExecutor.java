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

    /**
     * An executor of the same kind with a queue of its own, for work that must neither wait behind this one's jobs
     * nor hold them up (the export's page preview beside an import). The database connection is shared safely:
     * each read and write takes it in turn.
     */
    BackgroundExecutor lane(String name);
}
