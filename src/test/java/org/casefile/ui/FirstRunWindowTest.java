package org.casefile.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import org.casefile.TestCases;
import org.casefile.app.AppVersion;
import org.casefile.app.JobProgress;
import org.casefile.app.Services;
import org.casefile.library.Library;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An empty library's first screen: three ways to begin, the guide, and Help → About. */
class FirstRunWindowTest extends WindowTestBase {
    @TempDir Path desktop;

    private void closeDialogWith(String id) {
        Node content = lookup(id).query();
        clickOn(lookup(".button").match(node -> node instanceof Button button && "Close".equals(button.getText())
                && button.getScene() == content.getScene()).queryButton());
        WindowWait.until(() -> lookup(id).tryQuery().isEmpty());
    }

    @Test
    void anEmptyLibraryOffersThreeChoicesAndTheGuideOpensFromStartAndHelp() {
        openApp();
        WindowWait.until(() -> lookup("#startView").query().isVisible());
        assertThat(lookup("#startNewCase").queryButton().getText()).isEqualTo("New case");
        assertThat(lookup("#openSample").queryButton().getText()).isEqualTo("Open a sample case");
        assertThat(lookup("#startRestore").queryButton().getText()).isEqualTo("Restore a backup");

        clickOn("#startGuide");
        WindowWait.until(() -> lookup("#disputeGuide").tryQuery().isPresent());
        assertThat(lookup("#disputeGuide").queryAs(javafx.scene.layout.VBox.class).getChildren())
                .as("title, intro and one box per rule").hasSize(10);
        assertThat(lookup("Never confirm receipt before checking the goods").tryQuery()).isEmpty();
        assertThat(lookup("6. Never confirm receipt before checking the goods").tryQuery()).isPresent();
        closeDialogWith("#disputeGuide");

        clickOn("#helpMenu");
        clickOn("How a dispute is won");
        WindowWait.until(() -> lookup("#disputeGuide").tryQuery().isPresent());
        closeDialogWith("#disputeGuide");
        assertThat(lookup("#startView").query().isVisible()).as("still the start screen").isTrue();
    }

    @Test
    void restoreABackupFromTheStartScreen() throws Exception {
        Path other = desktop.resolve("old computer");
        Path backup = desktop.resolve("casefile-backup.zip");
        try (Library lib = Library.open(other)) {
            Services services = Services.of(lib, TestCases.CLOCK);
            services.cases().create(TestCases.ssd("8123456789012"));
            services.backups().backup(backup, JobProgress.NONE, () -> false);
        }
        openAppOpeningZip(() -> backup);
        WindowWait.until(() -> lookup("#startView").query().isVisible());
        clickOn("#startRestore");
        TableView<?> table = lookup("#caseTable").queryAs(TableView.class);
        WindowWait.until(() -> table.getItems().size() == 1, 30);
        assertThat(lookup("#startView").query().isVisible()).isFalse();
        assertThat(lookup("#statusBar").queryAs(Label.class).getText()).startsWith("Restored");
    }

    @Test
    void aboutShowsVersionLicenceAndNotices() {
        openApp();
        clickOn("#helpMenu");
        clickOn("About Casefile");
        WindowWait.until(() -> lookup("#aboutNotices").tryQuery().isPresent());
        assertThat(lookup("#aboutVersion").queryAs(Label.class).getText()).contains(AppVersion.get())
                .contains("Apache-2.0");
        String notices = lookup("#aboutNotices").queryAs(TextArea.class).getText();
        assertThat(notices).contains("PDFBox").contains("sqlite-jdbc").contains("DejaVu").contains("WenQuanYi");
        closeDialogWith("#aboutNotices");
    }
}
