package org.casefile.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.FlowPane;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.casefile.TestCases;
import org.casefile.app.CaseService;
import org.casefile.app.EvidenceService;
import org.casefile.domain.EvidenceKind;
import org.casefile.library.Library;
import org.casefile.ui.common.FileDialogs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exporting from the window: the export window previews the pages, saves where the dialog says, reports the result. */
class ExportWindowTest extends WindowTestBase {
    @TempDir Path desktop;

    @Test
    void thePacketIsPreviewedSavedAndOpened() throws Exception {
        long id;
        try (Library lib = Library.open(library)) {
            CaseService cases = new CaseService(lib, TestCases.CLOCK);
            id = cases.create(TestCases.ssd("8123456789012")).id();
            Path photo = desktop.resolve("IMG_0042.jpg");
            ImageIO.write(new BufferedImage(1600, 1200, BufferedImage.TYPE_INT_RGB), "jpeg", photo.toFile());
            new EvidenceService(lib, cases, TestCases.CLOCK).importFiles(id, EvidenceKind.RECEIVED, List.of(photo),
                    o -> { }, () -> false);
        }
        Path target = desktop.resolve("packet.pdf");
        List<Path> opened = new java.util.concurrent.CopyOnWriteArrayList<>();
        List<String> suggested = new java.util.concurrent.CopyOnWriteArrayList<>();
        openApp(app -> {
            app.useFileDialogs(new FileDialogs() {
                @Override
                public Path askSave(Window owner, String title, String name, String description, String extension) {
                    suggested.add(name);
                    return target;
                }

                @Override
                public List<Path> askOpen(Window owner, String title) {
                    return List.of();
                }
            });
            app.useOpener(opened::add);
        });
        TableView<?> table = lookup("#caseTable").queryAs(TableView.class);
        WindowWait.until(() -> table.getItems().size() == 1);
        interact(() -> table.getSelectionModel().select(0));
        WindowWait.until(() -> lookup("#caseTitle").queryAs(Label.class).getText().contains("2TB"));

        clickOn("#openExport");
        WindowWait.until(() -> lookup("#previewPages").tryQuery().isPresent()
                && !lookup("#previewPages").queryAs(FlowPane.class).getChildren().isEmpty(), 90);
        assertThat(lookup("#exportPlan").queryAs(Label.class).getText()).startsWith("1 exhibit, 0 pairs, about");
        assertThat(lookup("#previewStatus").queryAs(Label.class).getText()).endsWith("as they will be sent.");

        clickOn("#exportPacket");
        WindowWait.until(() -> lookup("#exportNotice").queryAs(Label.class).getText().startsWith("Saved packet.pdf"),
                90);
        assertThat(suggested).containsExactly("Casefile AliExpress 8123456789012 Marketplace dispute.pdf");
        assertThat(target).exists();
        try (PDDocument document = Loader.loadPDF(target.toFile())) {
            assertThat(document.getNumberOfPages()).isPositive();
            assertThat(new PDFTextStripper().getText(document)).contains("8123456789012");
            assertThat(lookup("#exportNotice").queryAs(Label.class).getText())
                    .contains(document.getNumberOfPages() + " page");
        }
        assertThat(Files.list(desktop)).as("no temporary file is left beside it")
                .allMatch(f -> !f.getFileName().toString().endsWith(".part"));

        clickOn("#openPacket");
        WindowWait.until(() -> opened.size() == 1);
        assertThat(opened).containsExactly(target.toAbsolutePath());
    }
}
