package org.casefile.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javax.imageio.ImageIO;
import org.casefile.TestCases;
import org.casefile.app.CaseService;
import org.casefile.app.EvidenceService;
import org.casefile.domain.Evidence;
import org.casefile.domain.EvidenceKind;
import org.casefile.domain.RedactionBox;
import org.casefile.domain.UploadDestination;
import org.casefile.library.Library;
import org.casefile.packet.image.TestPictures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * In the real window: boxes drawn, moved and removed over the large preview of an order-page screenshot and stored
 * for every copy that leaves; an upload kit made from the Export view into the folder the dialog names.
 */
class RedactionKitWindowTest extends WindowTestBase {
    @TempDir Path desktop;

    private long aCaseWith(Path picture) {
        try (Library lib = Library.open(library)) {
            CaseService cases = new CaseService(lib, TestCases.CLOCK);
            long id = cases.create(TestCases.ssd("8123456789012")).id();
            new EvidenceService(lib, cases, TestCases.CLOCK).importFiles(id, EvidenceKind.RECEIPT, List.of(picture),
                    o -> { }, () -> false);
            return id;
        }
    }

    private void openCase() {
        TableView<?> table = lookup("#caseTable").queryAs(TableView.class);
        WindowWait.until(() -> table.getItems().size() == 1);
        interact(() -> table.getSelectionModel().select(0));
        WindowWait.until(() -> lookup("#caseTitle").queryAs(Label.class).getText().contains("2TB"));
    }

    /** A point of the shown picture, given as a fraction of its width and height, on the screen. */
    private Point2D at(double fx, double fy) {
        ImageView view = lookup("#previewImage").queryAs(ImageView.class);
        Bounds bounds = view.localToScreen(view.getBoundsInLocal());
        return new Point2D(bounds.getMinX() + fx * bounds.getWidth(), bounds.getMinY() + fy * bounds.getHeight());
    }

    @Test
    void boxesAreDrawnMovedAndRemovedInTheLargePreview() throws Exception {
        Path screenshot = desktop.resolve("order-page.png");
        ImageIO.write(TestPictures.quarters(800, 600), "png", screenshot.toFile());
        long id = aCaseWith(screenshot);
        openApp();
        openCase();
        clickOn("Evidence");
        WindowWait.until(() -> lookup(".evidence-tile").tryQuery().isPresent());
        Node tile = lookup(".evidence-tile").query();
        doubleClickOn(tile);
        WindowWait.until(() -> lookup("#previewImage").tryQuery().map(n -> ((ImageView) n).getImage() != null)
                .orElse(false));
        Evidence item = context.evidence().evidence(id).get(0);

        // Drawn: from a tenth to three tenths of the picture, i.e. about 80,60 to 240,180 of its 800 x 600 pixels.
        drag(at(0.1, 0.1), MouseButton.PRIMARY).dropTo(at(0.3, 0.3));
        WindowWait.until(() -> context.redactions().boxes(id, item.id()).size() == 1);
        RedactionBox drawn = context.redactions().boxes(id, item.id()).get(0);
        assertThat(drawn.x()).isBetween(70, 90);
        assertThat(drawn.y()).isBetween(50, 70);
        assertThat(drawn.w()).isBetween(145, 175);
        assertThat(drawn.h()).isBetween(105, 135);
        WindowWait.until(() -> lookup(".redaction-box").queryAll().size() == 1);

        // Moved: dragged by half the picture's width.
        drag(at(0.2, 0.2), MouseButton.PRIMARY).dropTo(at(0.7, 0.2));
        WindowWait.until(() -> context.redactions().boxes(id, item.id()).get(0).x() > 400);
        RedactionBox moved = context.redactions().boxes(id, item.id()).get(0);
        assertThat(moved.w()).isEqualTo(drawn.w());
        assertThat(moved.y()).isEqualTo(drawn.y());

        // A second one, then the first removed with Delete.
        drag(at(0.1, 0.7), MouseButton.PRIMARY).dropTo(at(0.2, 0.9));
        WindowWait.until(() -> context.redactions().boxes(id, item.id()).size() == 2);
        Node first = lookup(".redaction-box").queryAll().iterator().next();
        clickOn(first);
        type(KeyCode.DELETE);
        WindowWait.until(() -> context.redactions().boxes(id, item.id()).size() == 1);
        assertThat(context.redactions().boxes(id, item.id()).get(0).y()).isGreaterThan(350);
        clickOn("#clearRedactions");
        WindowWait.until(() -> context.redactions().boxes(id, item.id()).isEmpty());
        assertThat(Files.size(context.evidence().file(item))).isEqualTo(item.size());
        clickOn("#closePreview");
    }

    @Test
    void anUploadKitIsMadeFromTheExportView() throws Exception {
        Path photo = desktop.resolve("label.jpg");
        BufferedImage picture = TestPictures.quarters(1200, 900);
        ImageIO.write(picture, "jpeg", photo.toFile());
        aCaseWith(photo);
        Path target = desktop.resolve("Upload kit");
        openAppSavingTo(target);
        openCase();
        clickOn("#openExport");
        @SuppressWarnings("unchecked")
        ComboBox<UploadDestination> where = lookup("#kitDestination").queryAs(ComboBox.class);
        interact(() -> where.getSelectionModel().select(UploadDestination.EBAY));
        interact(() -> lookup("#makeKit").query().requestFocus());
        interact(() -> ((javafx.scene.control.Button) lookup("#makeKit").query()).fire());
        WindowWait.until(() -> lookup("#kitNotice").queryAs(Label.class).getText().startsWith("Kit for"), 90);
        assertThat(lookup("#kitNotice").queryAs(Label.class).getText()).contains("1 file to upload");
        assertThat(target.resolve("UPLOAD.txt")).exists();
        assertThat(target.resolve("ExhibitA.jpg")).exists();
    }
    /** The kit speaks the language chosen for the packet in the export window (here Korean in a German window). */
    @Test
    void anUploadKitIsWrittenInTheExportWindowsLanguage() throws Exception {
        Path photo = desktop.resolve("label.jpg");
        ImageIO.write(TestPictures.quarters(1200, 900), "jpeg", photo.toFile());
        aCaseWith(photo);
        Path target = desktop.resolve("Upload kit");
        org.casefile.ui.common.Words.use(org.casefile.domain.text.Language.GERMAN);
        try {
            openAppSavingTo(target);
            openCase();
            clickOn("#openExport");
            @SuppressWarnings("unchecked")
            ComboBox<org.casefile.domain.text.Language> language = lookup("#exportLanguage").queryAs(ComboBox.class);
            assertThat(language.getValue()).isEqualTo(org.casefile.domain.text.Language.GERMAN);
            interact(() -> language.getSelectionModel().select(org.casefile.domain.text.Language.KOREAN));
            @SuppressWarnings("unchecked")
            ComboBox<UploadDestination> where = lookup("#kitDestination").queryAs(ComboBox.class);
            interact(() -> where.getSelectionModel().select(UploadDestination.EBAY));
            interact(() -> ((javafx.scene.control.Button) lookup("#makeKit").query()).fire());
            WindowWait.until(() -> Files.exists(target.resolve("UPLOAD.txt")), 90);
        } finally {
            org.casefile.ui.common.Words.use(org.casefile.domain.text.Language.ENGLISH);
        }
        org.casefile.packet.PacketText korean = org.casefile.packet.PacketText.of(
                org.casefile.domain.text.Language.KOREAN);
        assertThat(Files.readString(target.resolve("UPLOAD.txt"))).contains(korean.get("kit.todo"),
                korean.get("kit.where.EBAY")).doesNotContain("What to do", "Was zu tun ist");
    }
}
