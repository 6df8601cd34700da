package org.casefile.ui.common;

import java.time.Duration;

/**
 * Runs a task on the FX thread later, once or again and again. The app uses {@link FxScheduler}; view model tests
 * use one they fire by hand, so time passes only when the test says so.
 */
public interface Scheduler {
    /** Runs {@code task} once after {@code delay}; the returned action cancels it if it has not run yet. */
    Runnable after(Duration delay, Runnable task);

    /** Runs {@code task} every {@code period} until the returned action stops it. */
    Runnable every(Duration period, Runnable task);
}
