package org.casefile.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import org.casefile.TestCases;
import org.casefile.app.CaseService;
import org.casefile.domain.Evidence;
import org.casefile.domain.EvidenceKind;
import org.casefile.library.Library;
import org.casefile.ui.common.FileDialogs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Adding evidence from the window: picked files are imported in the background, shown, and refusals explained. */
class EvidenceWindowTest extends WindowTestBase {
    @TempDir Path desktop;

    @Test
    void pickedFilesAreImportedByGuessedKindAndRefusalsAreExplained() throws Exception {
        long id;
        try (Library lib = Library.open(library)) {
            id = new CaseService(lib, TestCases.CLOCK).create(TestCases.ssd("8123456789012")).id();
        }
        Path listing = desktop.resolve("listing screenshot.png");
        ImageIO.write(new BufferedImage(400, 300, BufferedImage.TYPE_INT_RGB), "png", listing.toFile());
        Path photo = desktop.resolve("IMG_0042.jpg");
        ImageIO.write(new BufferedImage(1600, 1200, BufferedImage.TYPE_INT_RGB), "jpeg", photo.toFile());
        Path noise = Files.writeString(desktop.resolve("IMG_0043.jpg"), "not a picture");

        List<Path> opened = new java.util.concurrent.CopyOnWriteArrayList<>();
        openApp(app -> {
            app.useFileDialogs(new FileDialogs() {
                @Override
                public Path askSave(Window owner, String title, String name, String description, String extension) {
                    return null;
                }

                @Override
                public List<Path> askOpen(Window owner, String title) {
                    return List.of(listing, photo, noise);
                }
            });
            app.useOpener(opened::add);
        });
        TableView<?> table = lookup("#caseTable").queryAs(TableView.class);
        WindowWait.until(() -> table.getItems().size() == 1);
        interact(() -> table.getSelectionModel().select(0));
        WindowWait.until(() -> lookup("#caseTitle").queryAs(Label.class).getText().contains("2TB"));
        clickOn("Evidence");
        clickOn("#addEvidence");

        WindowWait.until(() -> context.evidence().evidence(id).size() == 2
                && lookup("#evidenceNotice").queryAs(Label.class).getText().startsWith("Imported 2"));
        List<Evidence> stored = context.evidence().evidence(id);
        assertThat(stored).extracting(Evidence::kind).containsExactlyInAnyOrder(EvidenceKind.LISTING,
                EvidenceKind.RECEIVED);
        assertThat(lookup("#refusedFiles").queryAs(ListView.class).getItems()).singleElement().asString()
                .startsWith("IMG_0043.jpg: It is not a photo");
        ListView<?> grid = lookup("#evidenceGrid").queryAs(ListView.class);
        WindowWait.until(() -> grid.getItems().stream().map(Object::toString).toList()
                .containsAll(List.of("What arrived  (1)", "Listing  (1)", "IMG_0042.jpg")));
        assertThat(context.cases().details(id).timeline()).anyMatch(e -> e.type().equals("evidence")
                && e.text().contains("IMG_0042.jpg"));

        clickOn("#openCaseFolder");
        WindowWait.until(() -> opened.size() == 1);
        assertThat(opened.get(0)).isEqualTo(library.resolve("cases/2026-10-01 AliExpress 8123456789012"));

        clickOn("#checkEvidence");
        WindowWait.until(() -> lookup("#evidenceNotice").queryAs(Label.class).getText()
                .equals("All 2 files match what was imported."));

    }
}
