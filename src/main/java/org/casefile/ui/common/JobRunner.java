package org.casefile.ui.common;

import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.casefile.app.JobProgress;

/**
 * Runs one long job at a time (an import, export, preview, kit, backup, restore, bundle or check) off the FX thread:
 * whether it runs, how far it is and at what stage, a sentence saying how it ended, and cancel. Progress, results
 * and failures arrive on the FX thread; {@link #direct()} runs everything on the calling thread, for tests.
 */
public final class JobRunner {
    /** The work of a job: reports to {@code progress} and stops soon after {@code cancelled} says yes. */
    @FunctionalInterface
    public interface Work<T> {
        T run(JobProgress progress, BooleanSupplier cancelled) throws Exception;
    }

    private final BackgroundExecutor executor;
    private final Executor fxThread;
    private final BooleanProperty running = new SimpleBooleanProperty();
    private final DoubleProperty progress = new SimpleDoubleProperty(-1);
    private final StringProperty stage = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private AtomicBoolean cancel = new AtomicBoolean();
    /** Counts the jobs started: what an abandoned job reports later is dropped. */
    private int generation;

    /** {@code fxThread} shows progress sent from the worker ({@code Platform::runLater} in the app). */
    public JobRunner(BackgroundExecutor executor, Executor fxThread) {
        this.executor = executor;
        this.fxThread = fxThread;
    }

    /** Runs each job at once on the calling thread: for view model tests. */
    public static JobRunner direct() {
        return new JobRunner(new DirectExecutor(), Runnable::run);
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running;
    }

    /** From 0 to 1, or -1 while how far is not known. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress;
    }

    /** What the job is doing now ("Preparing photos"). */
    public ReadOnlyStringProperty stageProperty() {
        return stage;
    }

    /** What the job is doing, then how it ended; the view model may also say other things here. */
    public StringProperty messageProperty() {
        return message;
    }

    public boolean isRunning() {
        return running.get();
    }

    /**
     * Starts {@code work} unless a job is running (then false, and nothing happens). {@code starting} is shown at
     * once; when it ends, the sentence {@code done} makes of its result, or why it failed, or {@code cancelled}
     * when the buyer stopped it (null: the job's own words for it).
     * {@code then} (may be null) gets the result after that.
     */
    public <T> boolean start(String starting, Work<T> work, Function<T, String> done, String cancelled,
                             Consumer<T> then) {
        return start(starting, work, done, cancelled, then, null);
    }

    /**
     * As {@link #start}, and {@code failed} (may be null) gets a failure that was not a cancel, after the message
     * says it.
     */
    public <T> boolean start(String starting, Work<T> work, Function<T, String> done, String cancelled,
                             Consumer<T> then, Consumer<Throwable> failed) {
        if (running.get()) {
            return false;
        }
        run(starting, work, done, cancelled, then, failed);
        return true;
    }

    /**
     * Cancels a running job and starts {@code work} in its place: the old one's results are dropped. A cancelled
     * one says "Stopped."; {@code failed} (may be null) gets a failure after the message says it.
     */
    public <T> void replace(String starting, Work<T> work, Function<T, String> done, Consumer<T> then,
                            Consumer<Throwable> failed) {
        forget();
        run(starting, work, done, Words.get("job.stopped"), then, failed);
    }

    /** Asks the running job to stop; it says how it ended when it has. */
    public void cancel() {
        cancel.set(true);
    }

    /** Cancels the running job and drops whatever it reports later: the runner is free at once. */
    public void forget() {
        cancel.set(true);
        generation++;
        running.set(false);
    }

    private <T> void run(String starting, Work<T> work, Function<T, String> done, String cancelled,
                         Consumer<T> then, Consumer<Throwable> failed) {
        AtomicBoolean stop = new AtomicBoolean();
        cancel = stop;
        int job = ++generation;
        running.set(true);
        progress.set(-1);
        stage.set("");
        message.set(starting);
        JobProgress report = new JobProgress() {
            @Override
            public void update(String what, long doneSoFar, long total) {
                show(job, say(what), doneSoFar, total);
            }

            @Override
            public void update(org.casefile.domain.text.Phrase what, long doneSoFar, long total) {
                show(job, Words.get(what), doneSoFar, total);
            }
        };
        executor.submit(() -> work.run(report, stop::get), result -> {
            if (job != generation) {
                return;
            }
            running.set(false);
            message.set(done.apply(result));
            if (then != null) {
                then.accept(result);
            }
        }, failure -> {
            if (job != generation) {
                return;
            }
            running.set(false);
            message.set(stop.get() && cancelled != null ? cancelled : Messages.of(failure));
            if (failed != null && !stop.get()) {
                failed.accept(failure);
            }
        });
    }

    private void show(int job, String what, long doneSoFar, long total) {
        double fraction = total <= 0 ? -1 : Math.min(1, (double) doneSoFar / total);
        fxThread.execute(() -> {
            if (job == generation) {
                stage.set(what);
                progress.set(fraction);
            }
        });
    }

    /**
     * A stage the services name in English (the CLI prints their words) said in the window's language when the
     * bundles know it ("job.stage.Copying_evidence_files"); any other stage (a file's name) as it came.
     */
    static String say(String stage) {
        if (stage == null || stage.isBlank()) {
            return stage;
        }
        String key = "job.stage." + stage.replace(' ', '_');
        return Words.book().has(key) ? Words.get(key) : stage;
    }
}
