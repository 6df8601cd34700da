package org.casefile.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import org.casefile.TestCases;
import org.casefile.app.CaseService;
import org.casefile.app.EvidenceService;
import org.casefile.domain.Evidence;
import org.casefile.domain.EvidenceKind;
import org.casefile.domain.ImportOutcome;
import org.casefile.evidence.MediaTools;
import org.casefile.library.Library;
import org.casefile.ui.evidence.EvidenceView;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;
import org.junit.jupiter.api.io.TempDir;

/** The evidence grid in the real window: drops, thumbnails, the checklist, the large preview, 500 items, the watch. */
class EvidenceGridWindowTest extends WindowTestBase {
    @TempDir Path desktop;

    private long aCase() {
        try (Library lib = Library.open(library)) {
            return new CaseService(lib, TestCases.CLOCK).create(TestCases.ssd("8123456789012")).id();
        }
    }

    private Path picture(Path folder, String name, Color colour, int width, int height) throws Exception {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(colour);
        g.fillRect(0, 0, width, height);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width / 3, height / 3);
        g.dispose();
        Path file = folder.resolve(name);
        Files.createDirectories(folder);
        ImageIO.write(image, name.endsWith(".png") ? "png" : "jpeg", file.toFile());
        return file;
    }

    private Path fixture(String name) throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/evidence/" + name)) {
            Path file = desktop.resolve(name);
            Files.copy(in, file);
            return file;
        }
    }

    private void openCase() {
        TableView<?> table = lookup("#caseTable").queryAs(TableView.class);
        WindowWait.until(() -> table.getItems().size() == 1);
        interact(() -> table.getSelectionModel().select(0));
        WindowWait.until(() -> lookup("#caseTitle").queryAs(Label.class).getText().contains("2TB"));
        clickOn("Evidence");
    }

    private long ticked() {
        return lookup("#checklist").queryAs(javafx.scene.layout.VBox.class).getChildren().stream()
                .filter(n -> n.getAccessibleText() != null && n.getAccessibleText().startsWith("Done: ")).count();
    }

    /** Thumbnails on screen that finished loading. */
    private long loadedThumbnails() {
        return lookup("#evidenceGrid").lookup(".evidence-frame").queryAll().stream()
                .flatMap(frame -> ((javafx.scene.layout.StackPane) frame).getChildren().stream())
                .filter(n -> n instanceof ImageView view && view.getImage() != null
                        && view.getImage().getProgress() >= 1 && !view.getImage().isError()).count();
    }

    private static int rowOf(ListView<Object> grid, String name) {
        for (int i = 0; i < grid.getItems().size(); i++) {
            if (grid.getItems().get(i).toString().lines().anyMatch(name::equals)) {
                return i;
            }
        }
        throw new AssertionError(name + " is not in the grid");
    }

    private boolean thumbnailLoaded(String name) {
        for (Node tile : lookup(".evidence-tile").queryAll()) {
            if (tile.getUserData() instanceof Evidence e && e.originalName().equals(name)) {
                return tile.lookupAll(".image-view").stream().anyMatch(n -> n instanceof ImageView view
                        && view.getImage() != null && view.getImage().getProgress() >= 1
                        && !view.getImage().isError());
            }
        }
        return false;
    }

    private List<Evidence> tilesOnScreen() {
        List<Evidence> shown = new ArrayList<>();
        Node grid = lookup("#evidenceGrid").query();
        javafx.geometry.Bounds view = grid.localToScene(grid.getLayoutBounds());
        for (Node tile : lookup(".evidence-tile").queryAll()) {
            boolean visible = tile.getScene() != null;
            for (Node n = tile; n != null && visible; n = n.getParent()) {
                visible = n.isVisible();
            }
            if (visible && tile.getUserData() instanceof Evidence e
                    && view.intersects(tile.localToScene(tile.getLayoutBounds()))) {
                shown.add(e);
            }
        }
        return shown;
    }

    @Test
    void droppedFilesShowAsThumbnailsAndTickTheChecklist() throws Exception {
        long id = aCase();
        List<java.io.File> files = new ArrayList<>(List.of(
                picture(desktop, "listing screenshot.png", Color.BLUE, 400, 300).toFile(),
                picture(desktop, "IMG_0042.jpg", Color.ORANGE, 1600, 1200).toFile(),
                picture(desktop, "label on the box.jpg", Color.GRAY, 800, 600).toFile()));
        MediaTools tools = MediaTools.find();
        boolean video = tools.ffmpeg() != null && tools.ffprobe() != null;
        if (video) {
            files.add(fixture("clip.mp4").toFile());
        }
        openApp();
        openCase();
        WindowWait.until(() -> lookup("#checklist").tryQuery().isPresent());
        long before = ticked();
        assertThat(before).as("a new case: nothing of what the mediator looks for yet").isZero();

        EvidenceView view = lookup("#evidenceView").queryAs(EvidenceView.class);
        interact(() -> view.dropped(files));

        WindowWait.until(() -> context.evidence().evidence(id).size() == files.size()
                && lookup("#evidenceNotice").queryAs(Label.class).getText().startsWith("Imported " + files.size()));
        @SuppressWarnings("unchecked")
        ListView<Object> grid = lookup("#evidenceGrid").queryAs(ListView.class);
        for (java.io.File file : files) {
            // Scrolled to, each shows its thumbnail (the video its poster frame).
            int row = rowOf(grid, file.getName());
            interact(() -> grid.scrollTo(row));
            WindowWait.until(() -> thumbnailLoaded(file.getName()));
        }
        assertThat(context.evidence().evidence(id)).extracting(Evidence::kind).contains(EvidenceKind.LISTING,
                EvidenceKind.RECEIVED, EvidenceKind.LABEL);
        // The checklist is the grid's first line and scrolls away with the files: back to the top to read it.
        interact(() -> grid.scrollTo(0));
        WindowWait.until(() -> lookup("#checklist").tryQuery().isPresent() && ticked() == 4);
        assertThat(lookup("#checklist").queryAs(javafx.scene.layout.VBox.class).getChildren()).anyMatch(n ->
                "Missing: Messages showing you asked the seller first".equals(n.getAccessibleText()));
        assertThat(grid.getItems()).extracting(Object::toString).contains("Listing  (1)", "Label  (1)");
    }

    @Test
    void theDueSoonReminderCoversNoEvidenceTileAt1024x700() throws Exception {
        long id = aCase(); // its buyer protection ends within days: the reminder shows
        Path phone = fixture("phone-photo.jpg");
        try (Library lib = Library.open(library)) {
            new EvidenceService(lib, new CaseService(lib, TestCases.CLOCK), TestCases.CLOCK, MediaTools.none())
                    .importFiles(id, EvidenceKind.RECEIVED, List.of(phone), o -> { }, () -> false);
        }
        openApp();
        interact(() -> {
            stage.setWidth(1024);
            stage.setHeight(700);
        });
        WindowWait.until(() -> stage.getScene().getWidth() == 1024 && stage.getScene().getHeight() == 700);
        openCase();
        WindowWait.until(() -> lookup(".evidence-tile").tryQuery().isPresent()
                && lookup("#dueSoon").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        Node reminder = lookup("#dueSoon").query();
        Node tile = lookup(".evidence-tile").query();
        javafx.geometry.Bounds reminderBounds = reminder.localToScene(reminder.getLayoutBounds());
        javafx.geometry.Bounds tileBounds = tile.localToScene(tile.getLayoutBounds());
        assertThat(reminderBounds.intersects(tileBounds)).as("reminder %s over the first tile %s", reminderBounds,
                tileBounds).isFalse();
        Node list = lookup("#caseTable").query();
        assertThat(list.localToScene(list.getLayoutBounds()).getMaxX()).as("the reminder stays over the list")
                .isGreaterThanOrEqualTo(reminderBounds.getMaxX());
    }

    @Test
    void aDoubleClickOrEnterShowsTheEvidenceLargeAndUpright() throws Exception {
        long id = aCase();
        Path phone = fixture("phone-photo.jpg"); // 64 x 48 pixels with EXIF orientation 6: stands 48 x 64
        try (Library lib = Library.open(library)) {
            new EvidenceService(lib, new CaseService(lib, TestCases.CLOCK), TestCases.CLOCK, MediaTools.none())
                    .importFiles(id, EvidenceKind.RECEIVED, List.of(phone), o -> { }, () -> false);
        }
        Evidence photo = null;
        openApp();
        photo = context.evidence().evidence(id).get(0);
        openCase();
        WindowWait.until(() -> lookup(".evidence-tile").tryQuery().isPresent());
        Node tile = lookup(".evidence-tile").query();

        doubleClickOn(tile);
        WindowWait.until(() -> lookup("#previewImage").tryQuery().map(n -> ((ImageView) n).getImage() != null)
                .orElse(false));
        Image shown = lookup("#previewImage").queryAs(ImageView.class).getImage();
        assertThat(shown.getHeight()).as("upright").isGreaterThan(shown.getWidth());
        assertThat(lookup("#previewSha256").queryAs(TextField.class).getText()).isEqualTo(photo.sha256());
        assertThat(lookup("#previewName").queryAs(Label.class).getText()).isEqualTo("phone-photo.jpg");
        assertThat(lookup("#previewKind").queryAs(Label.class).getText()).isEqualTo("What arrived");
        assertThat(lookup("#previewTaken").queryAs(Label.class).getText()).contains("2026");
        assertThat(lookup("#previewSize").queryAs(Label.class).getText()).contains("64 × 48 px");
        clickOn("#closePreview");
        WindowWait.until(() -> lookup("#evidencePreview").tryQuery().isEmpty());

        interact(tile::requestFocus);
        type(KeyCode.ENTER);
        WindowWait.until(() -> lookup("#previewImage").tryQuery().map(n -> ((ImageView) n).getImage() != null)
                .orElse(false));
        interact(() -> ((Stage) lookup("#evidencePreview").query().getScene().getWindow()).close());
    }

    /** 500 small real pictures: the grid holds nodes only for what is on screen, and scrolls to the last one. */
    @Test
    void fiveHundredItemsScrollOnThumbnails() throws Exception {
        long id = aCase();
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            files.add(picture(desktop, String.format("photo-%03d.png", i), new Color(i * 40503 & 0xFFFFFF), 96,
                    72));
        }
        long start = System.nanoTime();
        try (Library lib = Library.open(library)) {
            List<ImportOutcome> outcomes = new EvidenceService(lib, new CaseService(lib, TestCases.CLOCK),
                    TestCases.CLOCK, MediaTools.none()).importFiles(id, EvidenceKind.RECEIVED, files, o -> { },
                    () -> false);
            assertThat(outcomes).allMatch(o -> o.status() == ImportOutcome.Status.IMPORTED);
        }
        System.out.printf("500 small PNGs imported in %d ms%n", (System.nanoTime() - start) / 1_000_000);
        openApp();
        openCase();
        @SuppressWarnings("unchecked")
        ListView<Object> grid = lookup("#evidenceGrid").queryAs(ListView.class);
        WindowWait.until(() -> !tilesOnScreen().isEmpty() && loadedThumbnails() > 0);
        assertThat(grid.getItems()).extracting(Object::toString).contains("What arrived  (500)");
        assertThat(tilesOnScreen().size()).as("nodes only for the rows on screen").isBetween(1, 120);

        start = System.nanoTime();
        int rows = grid.getItems().size();
        long[] onFxThread = {0, 0}; // total and worst step: the time the FX thread spends laying out new rows
        for (int row = 0; row < rows; row += 4) {
            int target = row;
            interact(() -> {
                long t = System.nanoTime();
                grid.scrollTo(target);
                grid.layout();
                long step = System.nanoTime() - t;
                onFxThread[0] += step;
                onFxThread[1] = Math.max(onFxThread[1], step);
            });
        }
        interact(() -> grid.scrollTo(rows - 1));
        long scrolled = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("scrolled %d rows of 500 thumbnails in %d steps, %d ms; FX thread layout %d ms in all, "
                + "worst step %d ms%n", rows, (rows + 3) / 4, scrolled, onFxThread[0] / 1_000_000,
                onFxThread[1] / 1_000_000);
        WindowWait.until(() -> tilesOnScreen().stream().anyMatch(e -> e.originalName().equals("photo-499.png")));
        WindowWait.until(() -> loadedThumbnails() >= Math.min(4, tilesOnScreen().size()));
        assertThat(tilesOnScreen().size()).isLessThan(150);
        Set<String> names = new java.util.HashSet<>();
        tilesOnScreen().forEach(e -> names.add(e.originalName()));
        assertThat(names).doesNotContain("photo-000.png");
    }

    /** A file put into the case folder with a file manager while the window is open becomes evidence, and shows. */
    @Test
    void aFileDroppedIntoTheCaseFolderBecomesEvidenceWhileTheWindowIsOpen() throws Exception {
        long id = aCase();
        Path caseFolder;
        try (Library lib = Library.open(library)) {
            caseFolder = lib.resolve(new CaseService(lib, TestCases.CLOCK).get(id).folder());
        }
        // Put there while Casefile was closed: taken when it opens.
        Path before = picture(caseFolder.resolve("listing"), "listing.png", Color.BLUE, 300, 200);
        Files.setLastModifiedTime(before, FileTime.from(Instant.now().minusSeconds(600)));
        openApp();
        WindowWait.until(() -> lookup("#statusBar").queryAs(Label.class).getText().startsWith("Found 1 file"));
        assertThat(context.evidence().evidence(id)).singleElement().extracting(Evidence::kind)
                .isEqualTo(EvidenceKind.LISTING);
        openCase();
        @SuppressWarnings("unchecked")
        ListView<Object> grid = lookup("#evidenceGrid").queryAs(ListView.class);
        WindowWait.until(() -> grid.getItems().stream().map(Object::toString).anyMatch("Listing  (1)"::equals));

        // Put there while it is open, as a file manager copies: written now, then left alone.
        Files.createDirectories(caseFolder.resolve("received"));
        Path noise = Files.writeString(caseFolder.resolve("received").resolve("notes.jpg"), "not a photo");
        picture(caseFolder.resolve("received"), "IMG_0100.jpg", Color.RED, 640, 480);
        org.casefile.ui.WindowWait.until(() -> context.evidence().evidence(id).size() == 2);
        WindowWait.until(() -> grid.getItems().stream().map(Object::toString).anyMatch("What arrived  (1)"::equals));
        assertThat(lookup("#refusedFiles").queryAs(ListView.class).getItems()).singleElement().asString()
                .startsWith("notes.jpg (in the case folder): It is not a photo");
        assertThat(noise).hasContent("not a photo");
        assertThat(context.evidence().evidence(id)).filteredOn(e -> e.kind() == EvidenceKind.RECEIVED)
                .singleElement().extracting(Evidence::path).asString().endsWith("/received/IMG_0100.jpg");
    }
}
