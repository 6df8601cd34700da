package org.casefile.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.casefile.BigDatabase;
import org.casefile.TestCases;
import org.casefile.app.BackupService;
import org.casefile.app.Services;
import org.casefile.library.Library;
import org.casefile.store.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The daily copy of a large library, stopped half-way as when the window closes: nothing left, made next time. */
class DailyBackupStopTest {
    @TempDir Path root;

    @Test
    void aDailyCopyStoppedHalfWayLeavesNothingAndTheNextStartMakesIt() throws Exception {
        Library.open(root).close();
        BigDatabase.grow(root, 300);
        Path today = root.resolve("backups").resolve("casefile-2026-11-26.db");
        try (Library library = Library.open(root)) {
            BackupService backups = Services.of(library, TestCases.CLOCK).backups();
            CompletableFuture<Path> copy = CompletableFuture.supplyAsync(backups::dailyBackup);
            BigDatabase.awaitDailyCopy(root, copy::isDone);
            assertThat(copy).as("still copying when stopped").isNotDone();
            backups.stopDailyBackup();
            assertThat(copy.get(30, TimeUnit.SECONDS)).as("stopped, not made").isNull();
            assertThat(today).doesNotExist();
            assertThat(BigDatabase.dailyFilesInTmp(root)).as("its temporary file removed").isZero();
            assertThat(backups.dailyBackup()).as("nothing more once stopped").isNull();
        }
        try (Library library = Library.open(root)) {
            assertThat(Services.of(library, TestCases.CLOCK).backups().dailyBackup()).isEqualTo(today);
            assertThat(Database.schemaVersionOf(today)).isEqualTo(Database.latestSchemaVersion());
            assertThat(BigDatabase.dailyFilesInTmp(root)).isZero();
        }
    }
}
