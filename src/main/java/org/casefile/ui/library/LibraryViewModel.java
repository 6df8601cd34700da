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
import org.casefile.ui.common.Words;

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
        run(Words.get("library.backingUp"),
                (progress, cancelled) -> backups.backup(target, progress, cancelled),
                result -> Words.get("library.backedUp", result.cases(), result.files(),
                        result.file().getFileName().toString())
                        + (result.missing().isEmpty() ? "" : " " + Words.get("library.missing",
                        String.join(", ", result.missing())))
                        + (result.changed().isEmpty() ? "" : " " + Words.get("library.changed",
                        String.join(", ", result.changed()))),
                null);
    }

    public void restore(Path backup, Runnable afterwards) {
        run(Words.get("library.restoring", backup.getFileName().toString()),
                (progress, cancelled) -> backups.restore(backup, progress, cancelled),
                result -> result.filesMatch() ? Words.get("library.restored", result.cases(), result.files())
                        : Words.get("library.restoredNotMatching", result.cases(), result.files(),
                        result.filesNotMatching()),
                result -> afterwards.run());
    }

    public void exportCase(long caseId, Path target) {
        run(Words.get("library.exporting", caseId),
                (progress, cancelled) -> bundles.exportCase(caseId, target, progress, cancelled),
                result -> Words.get("library.exported", caseId, result.files(),
                        result.file().getFileName().toString()), null);
    }

    public void importCase(Path bundle, LongConsumer opened) {
        run(Words.get("library.importing", bundle.getFileName().toString()),
                (progress, cancelled) -> bundles.importCase(bundle, progress, cancelled),
                id -> Words.get("library.imported", id, bundle.getFileName().toString()), opened::accept);
    }

    private <T> void run(String starting, JobRunner.Work<T> job, java.util.function.Function<T, String> done,
                         Consumer<T> then) {
        jobs.start(starting, job, done, null, then); // a cancelled job says itself what it left
    }
}
