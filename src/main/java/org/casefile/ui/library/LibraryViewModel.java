package org.casefile.ui.library;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.casefile.app.BackupService;
import org.casefile.app.CaseBundleService;
import org.casefile.app.JobProgress;
import org.casefile.ui.common.BackgroundExecutor;
import org.casefile.ui.common.Messages;

/**
 * The library's safety jobs for the window: back up, restore (into an empty library only), export and import one
 * case. One job at a time, off the FX thread, with progress, cancel, and a sentence saying how it ended.
 */
public final class LibraryViewModel {
    private final BackupService backups;
    private final CaseBundleService bundles;
    private final BackgroundExecutor executor;
    private final Consumer<Runnable> onFxThread;
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final DoubleProperty progress = new SimpleDoubleProperty(-1);
    private final StringProperty notice = new SimpleStringProperty("");
    private AtomicBoolean cancel = new AtomicBoolean();

    /** {@code onFxThread} hands progress to the FX thread ({@code Platform::runLater}; tests run it directly). */
    public LibraryViewModel(BackupService backups, CaseBundleService bundles, BackgroundExecutor executor,
                            Consumer<Runnable> onFxThread) {
        this.backups = backups;
        this.bundles = bundles;
        this.executor = executor;
        this.onFxThread = onFxThread;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    /** From 0 to 1, or -1 while the size of the job is not known yet. */
    public DoubleProperty progressProperty() {
        return progress;
    }

    public StringProperty noticeProperty() {
        return notice;
    }

    public void cancel() {
        cancel.set(true);
    }

    /** Whether "Restore backup…" may be offered: only an empty library takes a restore. */
    public boolean canRestore() {
        return backups.canRestore();
    }

    public void backup(Path target) {
        run("Backing up the library…", stop -> backups.backup(target, progress(), stop::get),
                result -> "Backed up " + result.cases() + " case" + (result.cases() == 1 ? "" : "s") + " and "
                        + result.files() + " evidence file" + (result.files() == 1 ? "" : "s") + " to "
                        + result.file().getFileName() + "." + (result.missing().isEmpty() ? "" : " Missing, so not "
                        + "included: " + String.join(", ", result.missing()) + ".") + (result.changed().isEmpty() ? ""
                        : " Changed since import (included as they are now; run Verify): "
                        + String.join(", ", result.changed()) + "."),
                null);
    }

    public void restore(Path backup, Runnable afterwards) {
        run("Restoring " + backup.getFileName() + "…", stop -> backups.restore(backup, progress(), stop::get),
                result -> "Restored " + result.cases() + " case" + (result.cases() == 1 ? "" : "s") + " and "
                        + result.files() + " evidence file" + (result.files() == 1 ? "" : "s")
                        + (result.filesMatch() ? "; every file matches its backup."
                        : "; " + result.filesNotMatching() + " file(s) do not match: use Check files."),
                result -> afterwards.run());
    }

    public void exportCase(long caseId, Path target) {
        run("Exporting case " + caseId + "…", stop -> bundles.exportCase(caseId, target, progress(), stop::get),
                result -> "Exported case " + caseId + " with " + result.files() + " evidence file"
                        + (result.files() == 1 ? "" : "s") + " to " + result.file().getFileName() + ".", null);
    }

    public void importCase(Path bundle, LongConsumer opened) {
        run("Importing " + bundle.getFileName() + "…", stop -> bundles.importCase(bundle, progress(), stop::get),
                id -> "Imported case " + id + " from " + bundle.getFileName() + ".", opened::accept);
    }

    private interface Job<T> {
        T run(AtomicBoolean stop) throws Exception;
    }

    private <T> void run(String starting, Job<T> job, java.util.function.Function<T, String> done,
                         Consumer<T> then) {
        if (busy.get()) {
            return;
        }
        cancel = new AtomicBoolean();
        AtomicBoolean stop = cancel;
        busy.set(true);
        progress.set(-1);
        notice.set(starting);
        executor.submit(() -> job.run(stop), result -> {
            busy.set(false);
            notice.set(done.apply(result));
            if (then != null) {
                then.accept(result);
            }
        }, failure -> {
            busy.set(false);
            notice.set(Messages.of(failure));
        });
    }

    private JobProgress progress() {
        return (stage, done, total) -> {
            double fraction = total <= 0 ? -1 : Math.min(1, (double) done / total);
            onFxThread.accept(() -> progress.set(fraction));
        };
    }
}
