package org.casefile.ui.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/** Runs work at once on the calling thread: for view model tests. */
public final class DirectExecutor implements BackgroundExecutor {
    @Override
    public <T> void submit(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        T result;
        try {
            result = work.call();
        } catch (Throwable failure) {
            onFailure.accept(failure);
            return;
        }
        onSuccess.accept(result);
    }

    @Override
    public BackgroundExecutor lane(String name) {
        return this;
    }

    @Override
    public void shutdown() {
        // nothing runs in the background
    }
}
