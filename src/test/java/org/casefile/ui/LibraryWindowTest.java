package org.casefile.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javax.imageio.ImageIO;
import org.casefile.TestCases;
import org.casefile.app.BackupService;
import org.casefile.app.JobProgress;
import org.casefile.app.Services;
import org.casefile.domain.EvidenceKind;
import org.casefile.domain.RedactionBox;
import org.casefile.email.Emails;
import org.casefile.library.Library;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Library → Back up library… and Library → Import case… in the real window. */
class LibraryWindowTest extends WindowTestBase {
    @TempDir Path desktop;

    @Test
    void backUpTheLibraryAndImportACaseFromTheMenu() throws Exception {
        try (Library lib = Library.open(library)) {
            Services services = Services.of(lib, TestCases.CLOCK);
            long id = services.cases().create(TestCases.ssd("8123456789012")).id();
            Path photo = desktop.resolve("IMG_0042.jpg");
            ImageIO.write(new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB), "jpeg", photo.toFile());
            services.evidence().importFiles(id, EvidenceKind.RECEIVED, List.of(photo), o -> { }, () -> false);
        }
        Path other = desktop.resolve("other library");
        Path bundle = desktop.resolve("from a friend.zip");
        try (Library lib = Library.open(other)) {
            Services services = Services.of(lib, TestCases.CLOCK);
            long id = services.cases().create(TestCases.ssd("5550001112223")).id();
            // A redacted screenshot and an email: both must arrive whole (boxes, words) through the menu.
            Path screenshot = desktop.resolve("address.png");
            ImageIO.write(new BufferedImage(80, 60, BufferedImage.TYPE_INT_RGB), "png", screenshot.toFile());
            long picture = services.evidence().importFiles(id, EvidenceKind.RECEIPT, List.of(screenshot), o -> { },
                    () -> false).get(0).evidenceId();
            services.redactions().set(id, picture, List.of(new RedactionBox(5, 5, 40, 20)));
            services.emails().importEmails(List.of(Emails.write(desktop, "order.eml",
                    Emails.aliExpressConfirmation("5550001112223"))), id, o -> { });
            services.bundles().exportCase(id, bundle, JobProgress.NONE, () -> false);
        }
        Path backup = desktop.resolve("backup.zip");
        openAppWithDialogs(backup, () -> bundle);
        TableView<?> table = lookup("#caseTable").queryAs(TableView.class);
        WindowWait.until(() -> table.getItems().size() == 1);
        Label status = lookup("#statusBar").queryAs(Label.class);

        clickOn("#libraryMenu");
        clickOn("Back up library…");
        WindowWait.until(() -> status.getText().startsWith("Backed up"));
        assertThat(status.getText()).isEqualTo("Backed up 1 case and 1 evidence file to backup.zip.");
        assertThat(library.resolve("backups").resolve("casefile-2026-11-26.db")).as("today's automatic copy")
                .exists();

        clickOn("#libraryMenu");
        clickOn("Import case…");
        WindowWait.until(() -> status.getText().startsWith("Imported"));
        assertThat(status.getText()).isEqualTo("Imported case 2 from from a friend.zip.");
        WindowWait.until(() -> table.getItems().size() == 2);
        assertThat(context.evidence().evidence(2)).extracting(e -> context.redactions().boxes(2, e.id()))
                .contains(List.of(new RedactionBox(5, 5, 40, 20)));
        assertThat(context.search().search("confirmed", 10)).extracting(h -> h.caseId() + " " + h.field())
                .contains("2 email");

        clickOn("#libraryMenu");
        WindowWait.until(() -> lookup("#restoreBackup").tryQuery().isPresent());
        assertThat(lookup("#libraryMenu").queryAs(javafx.scene.control.MenuButton.class).getItems().stream()
                .filter(item -> "restoreBackup".equals(item.getId())).findFirst().orElseThrow().isDisable())
                .as("restore only into an empty library").isTrue();
        press(javafx.scene.input.KeyCode.ESCAPE).release(javafx.scene.input.KeyCode.ESCAPE);

        Path restored = desktop.resolve("restored");
        BackupService.RestoreResult result = BackupService.restore(restored, backup, TestCases.CLOCK,
                JobProgress.NONE, () -> false);
        assertThat(result.cases()).isEqualTo(1);
        assertThat(result.verified().ok()).isTrue();
        assertThat(Files.list(desktop).map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".part")))
                .isEmpty();
    }
}
