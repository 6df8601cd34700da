package org.casefile.ui.library;

import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.StringProperty;
import org.casefile.app.BackupService;
import org.casefile.app.CaseBundleService;
import org.casefile.ui.common.BackgroundExecutor;
import org.casefile.ui.common.JobRunner;

/**
 * The library's safety jobs for the window: back up, restore (into an empty library only), export and import one
 * case. One job at a time, off the FX thread, with progress, cancel, and a sentence saying how it ended.
 */
public final class LibraryViewModel {
    private final BackupService backups;
    private final CaseBundleService bundles;
    private final JobRunner jobs;

    /** {@code onFxThread} hands progress to the FX thread ({@code Platform::runLater}; tests run it directly). */
    public LibraryViewModel(BackupService backups, CaseBundleService bundles, BackgroundExecutor executor,
                            Consumer<Runnable> onFxThread) {
        this.backups = backups;
        this.bundles = bundles;
        this.jobs = new JobRunner(executor, onFxThread::accept);
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return jobs.runningProperty();
    }

    /** From 0 to 1, or -1 while the size of the job is not known yet. */
    public ReadOnlyDoubleProperty progressProperty() {
        return jobs.progressProperty();
    }

    public StringProperty noticeProperty() {
        return jobs.messageProperty();
    }

    public void cancel() {
        jobs.cancel();
    }

    /** Whether "Restore backup…" may be offered: only an empty library takes a restore. */
    public boolean canRestore() {
        return backups.canRestore();
    }

    public void backup(Path target) {
        run("Backing up the library…",
                (progress, cancelled) -> backups.backup(target, progress, cancelled),
                result -> "Backed up " + result.cases() + " case" + (result.cases() == 1 ? "" : "s") + " and "
                        + result.files() + " evidence file" + (result.files() == 1 ? "" : "s") + " to "
                        + result.file().getFileName() + "." + (result.missing().isEmpty() ? "" : " Missing, so not "
                        + "included: " + String.join(", ", result.missing()) + ".") + (result.changed().isEmpty() ? ""
                        : " Changed since import (included as they are now; run Verify): "
                        + String.join(", ", result.changed()) + "."),
                null);
    }

    public void restore(Path backup, Runnable afterwards) {
        run("Restoring " + backup.getFileName() + "…",
                (progress, cancelled) -> backups.restore(backup, progress, cancelled),
                result -> "Restored " + result.cases() + " case" + (result.cases() == 1 ? "" : "s") + " and "
                        + result.files() + " evidence file" + (result.files() == 1 ? "" : "s")
                        + (result.filesMatch() ? "; every file matches its backup."
                        : "; " + result.filesNotMatching() + " file(s) do not match: use Check files."),
                result -> afterwards.run());
    }

    public void exportCase(long caseId, Path target) {
        run("Exporting case " + caseId + "…",
                (progress, cancelled) -> bundles.exportCase(caseId, target, progress, cancelled),
                result -> "Exported case " + caseId + " with " + result.files() + " evidence file"
                        + (result.files() == 1 ? "" : "s") + " to " + result.file().getFileName() + ".", null);
    }

    public void importCase(Path bundle, LongConsumer opened) {
        run("Importing " + bundle.getFileName() + "…",
                (progress, cancelled) -> bundles.importCase(bundle, progress, cancelled),
                id -> "Imported case " + id + " from " + bundle.getFileName() + ".", opened::accept);
    }

    private <T> void run(String starting, JobRunner.Work<T> job, java.util.function.Function<T, String> done,
                         Consumer<T> then) {
        jobs.start(starting, job, done, null, then); // a cancelled job says itself what it left
    }
}
