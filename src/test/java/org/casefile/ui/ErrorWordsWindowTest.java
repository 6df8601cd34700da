package org.casefile.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import org.casefile.TestCases;
import org.casefile.app.JobProgress;
import org.casefile.app.Services;
import org.casefile.domain.CasefileException;
import org.casefile.domain.text.Language;
import org.casefile.library.Library;
import org.casefile.ui.common.Words;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A refusal reaches the window's status bar in the window's language, not in the command line's English: a damaged
 * backup chosen for Restore backup… and a file that is no case bundle chosen for Import case….
 */
class ErrorWordsWindowTest extends WindowTestBase {
    @TempDir Path desktop;

    @ParameterizedTest
    @EnumSource(value = Language.class, names = {"GERMAN", "KOREAN"})
    void aDamagedBackupAndABundleThatIsNoneAreRefusedInTheWindowsLanguage(Language language) throws Exception {
        Path backup = desktop.resolve("backup.zip");
        Files.write(backup, new byte[] {1, 2, 3, 4, 5, 6, 7, 8}); // cut off: too short to be a zip
        Path bundle = desktop.resolve("holiday photos.zip");
        Files.write(bundle, new byte[200]); // zeros: no zip's end at all
        CasefileException restoreRefusal;
        CasefileException importRefusal;
        try (Library other = Library.open(desktop.resolve("another library"))) {
            Services services = Services.of(other, TestCases.CLOCK);
            restoreRefusal = (CasefileException) catchThrowable(() -> services.backups().restore(backup,
                    JobProgress.NONE, () -> false));
            importRefusal = (CasefileException) catchThrowable(() -> services.bundles().importCase(bundle,
                    JobProgress.NONE, () -> false));
        }
        assertThat(restoreRefusal.getMessage()).isEqualTo("The backup backup.zip was refused: it is too short to be "
                + "a zip file (cut off, or not a zip at all). Nothing in the library was changed.");
        assertThat(importRefusal.getMessage()).isEqualTo("The case bundle holiday photos.zip was refused: its end is "
                + "missing (the file is cut off, or not a zip file). Nothing in the library was changed.");

        Words.use(language);
        Path[] chosen = {backup};
        openAppOpeningZip(() -> chosen[0]);
        Label status = lookup("#statusBar").queryAs(Label.class);

        choose("restoreBackup");
        String restoreSaid = Words.get(restoreRefusal.phrase());
        WindowWait.until(() -> restoreSaid.equals(status.getText()));
        assertThat(restoreSaid).isNotEqualTo(restoreRefusal.getMessage()).contains("backup.zip")
                .doesNotContain("was refused", "too short");

        chosen[0] = bundle;
        choose("importCase");
        String importSaid = Words.get(importRefusal.phrase());
        WindowWait.until(() -> importSaid.equals(status.getText()));
        assertThat(importSaid).isNotEqualTo(importRefusal.getMessage()).contains("holiday photos.zip")
                .doesNotContain("was refused", "end is missing");
    }

    /** Fires an item of the Library menu, as a click on it does. */
    private void choose(String id) {
        MenuButton menu = lookup("#libraryMenu").queryAs(MenuButton.class);
        interact(() -> menu.getItems().stream().filter(item -> id.equals(item.getId())).findFirst().orElseThrow()
                .fire());
    }
}
