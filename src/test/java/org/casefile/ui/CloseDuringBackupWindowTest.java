package org.casefile.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.casefile.BigDatabase;
import org.casefile.TestCases;
import org.casefile.app.Services;
import org.casefile.library.Library;
import org.casefile.ui.common.FxBackgroundExecutor;
import org.casefile.ui.common.FxScheduler;
import org.junit.jupiter.api.Test;

/**
 * Closing the window while the daily backup of a large library is being made: the window does not wait for the
 * copy; it stops cleanly (no temporary file, nothing in backups/) and the next start makes it. The main window's
 * model on the app's own executor and toolkit, so the test closes it while the copy is surely under way (the whole
 * window's start-up on a busy machine can outlast the copy).
 */
class CloseDuringBackupWindowTest extends WindowTestBase {
    @Test
    void closingDuringTheDailyBackupStopsItAndTheNextStartMakesIt() throws Exception {
        Library.open(library).close();
        BigDatabase.grow(library, 300);
        Path today = library.resolve("backups").resolve("casefile-2026-11-26.db");
        context = AppContext.open(library, TestCases.CLOCK, new FxBackgroundExecutor());
        MainViewModel model = new MainViewModel(context, new FxScheduler());
        interact(model::windowShown);
        BigDatabase.awaitDailyCopy(library, () -> today.toFile().exists());
        assertThat(today).as("still copying when the window closes").doesNotExist();

        interact(model::close); // what the window does once hidden; the FX thread waits for it
        assertThat(today).as("the copy was stopped, not waited for").doesNotExist();
        assertThat(BigDatabase.dailyFilesInTmp(library)).as("its temporary file removed").isZero();
        context.close();
        context = null;

        try (Library reopened = Library.open(library)) {
            assertThat(Services.of(reopened, TestCases.CLOCK).backups().dailyBackup()).isEqualTo(today);
        }
    }
}
