package org.casefile.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Screen;
import org.casefile.TestCases;
import org.casefile.domain.CaseSummary;
import org.casefile.ui.common.ScreenFit;
import org.casefile.ui.common.WindowSettings;
import org.casefile.domain.text.Language;
import org.casefile.ui.common.Words;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/**
 * The window on a small screen, as a new user meets it: it fits the screen, every button keeps its whole label and
 * stays inside the window, and nothing typed or saved is thrown away by a stray key.
 */
class SmallScreenWindowTest extends WindowTestBase {
    private static final List<String> ALWAYS_THERE = List.of("#newCase", "#libraryMenu", "#helpMenu", "#filter",
            "#openExport", "#deleteCase", "#saveCase", "#revertCase", "#caseTabs");

    @SuppressWarnings("unchecked")
    private TableView<CaseSummary> table() {
        return lookup("#caseTable").queryAs(TableView.class);
    }

    private void openWithACase() {
        openApp(opened -> opened.cases().create(TestCases.ssd("8123456789012")));
        WindowWait.until(() -> table().getItems().size() == 1);
        interact(() -> table().getSelectionModel().select(0));
        WindowWait.until(() -> lookup("#caseTitle").queryAs(Label.class).getText().startsWith("2TB"));
    }

    /** The text a label or button really shows: "Ne…" when JavaFX had to cut it. */
    private static String shown(Labeled labeled) {
        Node text = labeled.lookup(".text");
        return text instanceof Text t ? t.getText() : labeled.getText();
    }

    private void assertEveryControlReachableAt(double width, double height) {
        interact(() -> {
            stage.setWidth(width);
            stage.setHeight(height);
        });
        WindowWait.until(() -> stage.getWidth() == width && stage.getHeight() == height);
        Bounds window = stage.getScene().getRoot().localToScreen(stage.getScene().getRoot().getBoundsInLocal());
        for (String id : ALWAYS_THERE) {
            Node node = lookup(id).query();
            Bounds bounds = node.localToScreen(node.getBoundsInLocal());
            assertThat(window.contains(bounds)).as(id + " inside the " + width + "x" + height + " window").isTrue();
            if (node instanceof Labeled labeled && labeled.getText() != null) {
                assertThat(shown(labeled)).as(id + "'s label at " + width + "x" + height).isEqualTo(labeled.getText());
            }
        }
    }

    @Test
    void aWindowRememberedOnALargeScreenFitsTheScreenItOpensOn() throws Exception {
        Files.writeString(library.resolve(WindowSettings.FILE_NAME),
                "window.width=1920\nwindow.height=1080\nwindow.x=600\nwindow.y=300\n");
        openApp();
        Rectangle2D usable = Screen.getPrimary().getVisualBounds();

        assertThat(stage.getWidth()).isLessThanOrEqualTo(usable.getWidth());
        assertThat(stage.getHeight()).isLessThanOrEqualTo(usable.getHeight());
        assertThat(stage.getX()).isGreaterThanOrEqualTo(usable.getMinX());
        assertThat(stage.getY()).isGreaterThanOrEqualTo(usable.getMinY());
        assertThat(stage.getX() + stage.getWidth()).isLessThanOrEqualTo(usable.getMaxX());
        assertThat(stage.getY() + stage.getHeight()).isLessThanOrEqualTo(usable.getMaxY());
        assertThat(stage.getMinWidth()).isEqualTo(Math.min(ScreenFit.MIN_WIDTH, usable.getWidth()));
    }

    @Test
    void at1024x700AndAtTheSmallestSizeEveryButtonIsInsideTheWindowWithItsWholeLabel() {
        openWithACase();
        assertEveryControlReachableAt(1024, 700);
        assertEveryControlReachableAt(ScreenFit.MIN_WIDTH, ScreenFit.MIN_HEIGHT);
    }

    @ParameterizedTest
    @EnumSource(value = Language.class, names = "ENGLISH", mode = EnumSource.Mode.EXCLUDE)
    void inEveryLanguageTooEveryButtonIsInsideA1024x700Window(Language language) {
        Words.use(language);
        try {
            openWithACase();
            assertEveryControlReachableAt(1024, 700);
            assertEveryControlReachableAt(ScreenFit.MIN_WIDTH, ScreenFit.MIN_HEIGHT);
        } finally {
            Words.use(Language.ENGLISH);
        }
    }

    @Test
    void aLongStatusMessageWrapsInsteadOfCuttingTheButtons() {
        openWithACase();
        interact(() -> {
            stage.setWidth(1024);
            stage.setHeight(700);
        });
        TextField seller = lookup("#seller").queryAs(TextField.class);
        interact(() -> seller.setText("x".repeat(300)));
        clickOn("#saveCase");
        WindowWait.until(() -> !lookup("#notice").queryAs(Label.class).getText().isEmpty());

        for (String id : List.of("#saveCase", "#revertCase", "#newCase")) {
            Labeled button = lookup(id).queryAs(Labeled.class);
            assertThat(shown(button)).as(id).isEqualTo(button.getText());
        }
    }

    @Test
    void deleteAsksWithCancelAsTheDefaultOffersUndoAndTheStatusBarNoLongerNamesTheCase() {
        openWithACase();
        clickOn("#deleteCase");
        WindowWait.until(() -> lookup("#deleteCaseDialog").tryQuery().isPresent());
        DialogPane dialog = lookup("#deleteCaseDialog").queryAs(DialogPane.class);
        assertThat(((Button) dialog.lookupButton(ButtonType.CANCEL)).isDefaultButton()).isTrue();

        type(KeyCode.ENTER);
        WindowWait.until(() -> lookup("#deleteCaseDialog").tryQuery().isEmpty());
        assertThat(context.cases().isEmpty()).as("Enter kept the case").isFalse();

        clickOn("#deleteCase");
        WindowWait.until(() -> lookup("#deleteCaseDialog").tryQuery().isPresent());
        clickOn("Delete case");
        TableView<?> table = lookup("#caseTable").queryAs(TableView.class);
        WindowWait.until(() -> lookup("#undoDelete").query().isVisible());
        assertThat(table.getItems()).isEmpty();
        assertThat(lookup("#statusBar").queryAs(Label.class).getText()).startsWith("Case deleted")
                .doesNotContain("8123456789012");

        clickOn("#undoDelete");
        WindowWait.until(() -> table.getItems().size() == 1 && lookup("#caseTitle").query().isVisible());
        assertThat(lookup("#caseTitle").queryAs(Label.class).getText()).isEqualTo("2TB portable SSD, black");
        assertThat(lookup("#undoDelete").query().isVisible()).isFalse();

        // Deleted again, then the window closes while Undo is still offered: the confirmed delete is carried out.
        clickOn("#deleteCase");
        WindowWait.until(() -> lookup("#deleteCaseDialog").tryQuery().isPresent());
        clickOn("Delete case");
        WindowWait.until(() -> lookup("#undoDelete").query().isVisible());
        assertThat(context.cases().isEmpty()).as("kept until the offer ends").isFalse();
        interact(stage::hide);
        WindowWait.until(() -> context.cases().isEmpty());
    }

    @Test
    void escapeOnAHalfFilledNewCaseAsksFirstAndOnAnEmptyOneJustCloses() {
        openApp();
        WindowWait.until(() -> lookup("#startView").query().isVisible());
        press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        WindowWait.until(() -> lookup("#createCase").tryQuery().isPresent());
        type(KeyCode.ESCAPE);
        WindowWait.until(() -> lookup("#newCaseDialog").tryQuery().isEmpty());
        assertThat(lookup("#discardNewCase").tryQuery()).as("nothing typed, nothing asked").isEmpty();

        press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        WindowWait.until(() -> lookup("#createCase").tryQuery().isPresent());
        TextField item = lookup("#newCaseDialog").lookup("#item").queryAs(TextField.class);
        interact(item::requestFocus);
        clickOn(item).write("Wireless earbuds");
        WindowWait.until(() -> item.getText().equals("Wireless earbuds"));
        type(KeyCode.ESCAPE);
        WindowWait.until(() -> lookup("#discardNewCase").tryQuery().isPresent());
        type(KeyCode.ENTER); // the default: keep editing
        WindowWait.until(() -> lookup("#discardNewCase").tryQuery().isEmpty());
        assertThat(lookup("#newCaseDialog").lookup("#item").queryAs(TextField.class).getText())
                .isEqualTo("Wireless earbuds");

        type(KeyCode.ESCAPE);
        WindowWait.until(() -> lookup("#discardNewCase").tryQuery().isPresent());
        clickOn("Discard");
        WindowWait.until(() -> lookup("#newCaseDialog").tryQuery().isEmpty());
        assertThat(context.cases().isEmpty()).isTrue();
    }
}
