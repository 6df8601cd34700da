package org.casefile.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.casefile.TestCases;
import org.casefile.domain.CaseStatus;
import org.casefile.domain.CaseSummary;
import org.casefile.domain.Outcome;
import org.casefile.domain.ClaimType;
import org.casefile.domain.PaymentMethod;
import org.casefile.domain.Platform;
import org.casefile.library.LibraryInUseException;
import org.casefile.ui.common.FxBackgroundExecutor;
import org.casefile.ui.common.WindowSettings;
import org.junit.jupiter.api.Test;

/** The real main window, headless: a buyer opens a case through the form, edits it, and finds it after a restart. */
class MainWindowTest extends WindowTestBase {


    @SuppressWarnings("unchecked")
    private TableView<CaseSummary> table() {
        return (TableView<CaseSummary>) lookup("#caseTable").queryAs(TableView.class);
    }

    /** Presses that dialog's own Cancel button (other views have buttons with the same text). */
    private void cancel(String dialogId) {
        javafx.scene.control.DialogPane pane = lookup(dialogId).queryAs(javafx.scene.control.DialogPane.class);
        clickOn(pane.lookupButton(javafx.scene.control.ButtonType.CANCEL));
    }

    @SuppressWarnings("unchecked")
    private <T> void choose(String id, T value) {
        ComboBox<T> box = inDialog(id, ComboBox.class);
        interact(() -> box.setValue(value));
    }

    @Test
    void createACaseEditItAndFindItAfterARestart() throws Exception {
        openApp();
        WindowWait.until(() -> lookup("#startView").query().isVisible());
        assertThat(stage.getTitle()).isEqualTo("Casefile");

        clickOn("#startNewCase");
        WindowWait.until(() -> lookup("#createCase").tryQuery().isPresent());
        choose("#platform", Platform.EBAY);
        type(inDialog("#orderNumber", TextField.class), "12-34567-89012");
        type(inDialog("#orderedOn", DatePicker.class).getEditor(), "2026-10-12");
        type(inDialog("#item", TextField.class), "Bluetooth speaker, 20 W");
        type(inDialog("#seller", TextField.class), "gadget_outlet_uk");
        type(inDialog("#paidAmount", TextField.class), "45.50");
        interact(() -> inDialog("#paidCurrency", ComboBox.class).getEditor().setText("GBP"));
        choose("#payment", PaymentMethod.DEBIT_CARD);
        choose("#claim", ClaimType.DAMAGED);
        type(inDialog("#protectionEnds", DatePicker.class).getEditor(), "2026-12-12");
        clickOn("#createCase");

        WindowWait.until(() -> table().getItems().size() == 1 && table().getSelectionModel().getSelectedItem() != null);
        CaseSummary row = table().getItems().get(0);
        assertThat(row.orderNumber()).isEqualTo("12-34567-89012");
        assertThat(row.item()).isEqualTo("Bluetooth speaker, 20 W");
        assertThat(row.platform()).isEqualTo(Platform.EBAY);
        assertThat(row.nextDeadline()).isNotNull();
        assertThat(library.resolve("cases/2026-10-12 eBay 12-34567-89012")).isDirectory();
        WindowWait.until(() -> "Bluetooth speaker, 20 W".equals(lookup("#caseTitle").queryAs(Label.class).getText()));

        TextField seller = lookup("#seller").queryAs(TextField.class);
        doubleClickOn(seller);
        interact(seller::selectAll);
        write("Harbour Gadgets");
        press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        WindowWait.until(() -> "Saved.".equals(lookup("#notice").queryAs(Label.class).getText()));
        assertThat(context.cases().get(row.id()).facts().seller()).isEqualTo("Harbour Gadgets");

        closeApp();
        assertThat(Files.readString(library.resolve(WindowSettings.FILE_NAME))).contains("window.width");
        assertThat(library.resolve("casefile.lock")).as("lock released on close").doesNotExist();

        openApp();
        WindowWait.until(() -> table().getItems().size() == 1 && lookup("#dashboard").query().isVisible());
        WindowWait.until(() -> lookup("12-34567-89012").tryQuery().isPresent());
        clickOn("12-34567-89012");
        WindowWait.until(() -> "Harbour Gadgets".equals(lookup("#seller").queryAs(TextField.class).getText()));
        assertThat(lookup("#startView").tryQuery().filter(Node::isVisible)).as("no start screen").isEmpty();
    }

    @Test
    void invalidInputShowsItsMessageAndSavesNothing() throws Exception {
        openApp();
        WindowWait.until(() -> lookup("#startView").query().isVisible());
        press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        WindowWait.until(() -> lookup("#createCase").tryQuery().isPresent());
        choose("#platform", Platform.ALIEXPRESS);
        type(inDialog("#orderNumber", TextField.class), "8123456789012");
        type(inDialog("#orderedOn", DatePicker.class).getEditor(), "2026-10-01");
        type(inDialog("#paidAmount", TextField.class), "abc");
        clickOn("#createCase");

        Label paidError = inDialog("#error-PAID", Label.class);
        WindowWait.until(paidError::isVisible);
        assertThat(paidError.getText()).contains("is not an amount");
        assertThat(inDialog("#error-ITEM", Label.class).getText()).isEqualTo("This is needed.");
        assertThat(inDialog("#error-CLAIM", Label.class).getText()).isEqualTo("This is needed.");
        assertThat(inDialog("#newCaseProblem", Label.class).getText()).contains("fields marked in red");

        cancel("#newCaseDialog");
        // Something was typed: it asks before throwing the form away.
        WindowWait.until(() -> lookup("#discardNewCase").tryQuery().isPresent());
        clickOn("Discard");
        WindowWait.until(() -> lookup("#newCaseDialog").tryQuery().isEmpty());
        assertThat(context.cases().isEmpty()).isTrue();
        try (Stream<Path> folders = Files.list(library.resolve("cases"))) {
            assertThat(folders).isEmpty();
        }
        assertThat(lookup("#startView").query().isVisible()).isTrue();
    }

    @Test
    void theSampleCaseOpensFromTheStartScreenAndTheFilterFindsIt() {
        openApp();
        WindowWait.until(() -> lookup("#startView").query().isVisible());
        clickOn("#openSample");
        // Real work behind the window (the sample's photos are drawn and imported): a busy machine's patience.
        WindowWait.until(() -> table().getItems().size() == 1 && lookup("#caseTitle").queryAs(Label.class).getText()
                .contains("2TB"), 60);
        assertThat(lookup("#startView").query().isVisible()).isFalse();

        press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        write("no such order");
        WindowWait.until(() -> table().getItems().isEmpty());
        interact(() -> lookup("#filter").queryAs(TextField.class).setText("yunda"));
        WindowWait.until(() -> table().getItems().size() == 1);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aStatusChangeIsRecordedWithItsNoteAndOutcomeOrCancelled() {
        openApp();
        WindowWait.until(() -> lookup("#startView").query().isVisible());
        clickOn("#openSample");
        WindowWait.until(() -> lookup("#caseTitle").queryAs(Label.class).getText().contains("2TB"), 60);
        long id = table().getItems().get(0).id();
        ComboBox<CaseStatus> status = lookup("#statusBox").queryAs(ComboBox.class);

        interact(() -> status.setValue(CaseStatus.RESOLVED));
        WindowWait.until(() -> lookup("#recordStatus").tryQuery().isPresent());
        interact(() -> lookup("#statusDialog").lookup("#statusOutcome").queryAs(ComboBox.class)
                .setValue(Outcome.FULL_REFUND));
        clickOn(lookup("#statusNote").queryAs(TextField.class)).write("Refunded in full");
        clickOn("#recordStatus");
        WindowWait.until(() -> context.cases().get(id).status() == CaseStatus.RESOLVED);
        assertThat(context.cases().get(id).outcome()).isEqualTo(Outcome.FULL_REFUND);
        assertThat(context.cases().details(id).history()).last()
                .satisfies(change -> assertThat(change.note()).isEqualTo("Refunded in full"));

        interact(() -> status.setValue(CaseStatus.ESCALATED));
        WindowWait.until(() -> lookup("#recordStatus").tryQuery().isPresent());
        cancel("#statusDialog");
        WindowWait.until(() -> status.getValue() == CaseStatus.RESOLVED);
        assertThat(context.cases().get(id).status()).isEqualTo(CaseStatus.RESOLVED);
    }

    @Test
    void aSecondWindowOnTheSameLibraryIsRefused() {
        openApp();
        assertThatThrownBy(() -> AppContext.open(library, TestCases.CLOCK, new FxBackgroundExecutor()))
                .isInstanceOf(LibraryInUseException.class)
                .hasMessageContaining("already open in another Casefile window");
    }
}
