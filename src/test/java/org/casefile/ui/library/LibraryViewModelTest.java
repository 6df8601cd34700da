package org.casefile.ui.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.casefile.LibraryTestBase;
import org.casefile.TestCases;
import org.casefile.app.Services;
import org.casefile.library.Library;
import org.casefile.ui.common.DirectExecutor;
import org.junit.jupiter.api.Test;

class LibraryViewModelTest extends LibraryTestBase {

    private LibraryViewModel model(Library lib) {
        Services services = Services.of(lib, TestCases.CLOCK);
        return new LibraryViewModel(services.backups(), services.bundles(), new DirectExecutor(), Runnable::run);
    }

    @Test
    void backsUpExportsAndRestoresIntoAnEmptyLibraryOnly() throws Exception {
        long id = cases.create(TestCases.ssd("8123456789012")).id();
        Path out = Files.createDirectories(dir.getParent().resolve(dir.getFileName() + "-out"));
        LibraryViewModel model = model(library);
        List<Double> progress = new ArrayList<>();
        model.progressProperty().addListener((p, before, now) -> progress.add(now.doubleValue()));

        model.backup(out.resolve("backup.zip"));
        assertThat(model.noticeProperty().get()).isEqualTo("Backed up 1 case and 0 evidence files to backup.zip.");
        assertThat(model.busyProperty().get()).isFalse();
        assertThat(progress).contains(1.0);
        assertThat(model.canRestore()).isFalse();

        model.exportCase(id, out.resolve("case.zip"));
        assertThat(model.noticeProperty().get()).isEqualTo("Exported case 1 with 0 evidence files to case.zip.");

        model.importCase(out.resolve("case.zip"), opened -> { throw new AssertionError("refused, not opened"); });
        assertThat(model.noticeProperty().get()).contains("already has a case for AliExpress order 8123456789012");

        try (Library empty = Library.open(out.resolve("empty"))) {
            LibraryViewModel fresh = model(empty);
            assertThat(fresh.canRestore()).isTrue();
            boolean[] refreshed = {false};
            fresh.restore(out.resolve("backup.zip"), () -> refreshed[0] = true);
            assertThat(fresh.noticeProperty().get()).isEqualTo("Restored 1 case and 0 evidence files; every file "
                    + "matches its backup.");
            assertThat(refreshed[0]).isTrue();
            assertThat(fresh.canRestore()).isFalse();
        }
    }
}
