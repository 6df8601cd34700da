package org.casefile.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.casefile.TestCases;
import org.casefile.domain.CaseSummary;
import org.junit.jupiter.api.Test;

/**
 * The main flow by keyboard alone, in the real window: a new case typed into the form and saved with Enter, the case
 * list walked with the arrow keys, the case's tabs switched from the keyboard. Every button without words has a name
 * a screen reader can announce.
 */
class KeyboardWindowTest extends WindowTestBase {

    @SuppressWarnings("unchecked")
    private TableView<CaseSummary> table() {
        return (TableView<CaseSummary>) lookup("#caseTable").queryAs(TableView.class);
    }

    private Scene dialogScene() {
        return lookup("#newCaseDialog").query().getScene();
    }

    /** The focused node of that scene, or the ancestor carrying {@code id} (a date picker's editor, say). */
    private static boolean focusIsIn(Scene scene, String id) {
        for (Node n = scene.getFocusOwner(); n != null; n = n.getParent()) {
            if (id.equals(n.getId())) {
                return true;
            }
        }
        return false;
    }

    /** Presses Tab until the keyboard is on {@code id}, as a person would; fails if it never gets there. */
    private void tabTo(Scene scene, String id) {
        for (int presses = 0; presses < 40; presses++) {
            if (focusIsIn(scene, id)) {
                return;
            }
            type(KeyCode.TAB);
        }
        throw new AssertionError("Tab never reached #" + id + "; focus is on " + scene.getFocusOwner());
    }

    private void shortcut(KeyCode key) {
        press(KeyCode.CONTROL, key).release(key, KeyCode.CONTROL);
    }

    /** A choice box by keyboard: F4 opens its list, Down picks the first entry, Enter takes it. */
    private void chooseFirst(Scene scene, String id) {
        tabTo(scene, id);
        type(KeyCode.F4);
        type(KeyCode.DOWN);
        type(KeyCode.ENTER);
        ComboBox<?> box = (ComboBox<?>) scene.getRoot().lookup("#" + id);
        WindowWait.until(() -> box.getValue() != null && !box.isShowing());
    }

    @Test
    void theMainFlowWorksByKeyboardAlone() {
        openApp(opened -> {
            opened.cases().create(TestCases.ssd("8190000000000001"));
            opened.cases().create(TestCases.ssd("8190000000000002"));
        });
        WindowWait.until(() -> table().getItems().size() == 2 && table().isFocused());

        // New case: Ctrl+N, every field reached with Tab and typed, saved with Enter.
        shortcut(KeyCode.N);
        WindowWait.until(() -> lookup("#newCaseDialog").tryQuery().isPresent()
                && focusIsIn(dialogScene(), "platform"));
        Scene dialog = dialogScene();
        targetWindow(dialog.getWindow());   // where TestFX's write() sends its typed characters
        chooseFirst(dialog, "platform");
        tabTo(dialog, "orderNumber");
        write("12-34567-89012");
        tabTo(dialog, "orderedOn");
        write("2026-10-12");
        tabTo(dialog, "item");
        write("Bluetooth speaker, 20 W");
        tabTo(dialog, "paidAmount");
        write("45.50");
        tabTo(dialog, "paidCurrency");
        shortcut(KeyCode.A);                // it starts filled in: type over it
        write("EUR");
        chooseFirst(dialog, "claim");
        tabTo(dialog, "seller");
        write("gadget_outlet_uk");
        type(KeyCode.ENTER);

        WindowWait.until(() -> table().getItems().size() == 3 && lookup("#newCaseDialog").tryQuery().isEmpty());
        assertThat(context.cases().list().stream().map(CaseSummary::item)).contains("Bluetooth speaker, 20 W");
        assertThat(context.cases().list().stream().filter(c -> c.orderNumber().equals("12-34567-89012"))
                .findFirst().orElseThrow().item()).isEqualTo("Bluetooth speaker, 20 W");
        assertThat(context.cases().list().stream().filter(c -> c.orderNumber().equals("12-34567-89012"))
                .map(c -> context.cases().get(c.id()).facts().paid().toString())).containsExactly("45.50 EUR");

        // The case list: Ctrl+F to the filter, Tab to the list, arrows from case to case.
        Scene main = stage.getScene();
        targetWindow(stage);
        shortcut(KeyCode.F);
        WindowWait.until(() -> focusIsIn(main, "filter"));
        tabTo(main, "caseTable");
        type(KeyCode.HOME);
        WindowWait.until(() -> table().getSelectionModel().getSelectedIndex() == 0);
        for (int row = 1; row < 3; row++) {
            type(KeyCode.DOWN);
            int expected = row;
            WindowWait.until(() -> table().getSelectionModel().getSelectedIndex() == expected
                    && table().getItems().get(expected).item()
                            .equals(lookup("#caseTitle").queryAs(Label.class).getText()));
        }
        type(KeyCode.UP);
        WindowWait.until(() -> table().getSelectionModel().getSelectedIndex() == 1);

        // The case's views: Tab to the tab strip, then Ctrl+Tab and the arrow keys.
        tabTo(main, "caseTabs");
        TabPane tabs = lookup("#caseTabs").queryAs(TabPane.class);
        assertThat(tabs.getSelectionModel().getSelectedItem().getId()).isEqualTo("tab-overview");
        shortcut(KeyCode.TAB);
        WindowWait.until(() -> "tab-evidence".equals(tabs.getSelectionModel().getSelectedItem().getId()));
        type(KeyCode.RIGHT);
        WindowWait.until(() -> "tab-compare".equals(tabs.getSelectionModel().getSelectedItem().getId()));
        type(KeyCode.LEFT);
        type(KeyCode.LEFT);
        WindowWait.until(() -> "tab-overview".equals(tabs.getSelectionModel().getSelectedItem().getId()));

        // The due-soon reminder (a deadline of these cases falls today) is closed from the keyboard too.
        WindowWait.until(() -> lookup("#dueSoon").tryQuery().isPresent());
        tabTo(main, "dueSoonDismiss");
        type(KeyCode.SPACE);
        WindowWait.until(() -> lookup("#dueSoon").tryQuery().isEmpty());

        // Buttons with only an icon are announced by their accessible text.
        List<Button> iconOnly = new ArrayList<>();
        collectButtons(main.getRoot(), iconOnly);
        assertThat(iconOnly).as("icon-only buttons found (the home button at least)").isNotEmpty();
        assertThat(iconOnly).allSatisfy(button -> assertThat(button.getAccessibleText())
                .as("accessible text of %s", button).isNotBlank());
    }

    private static void collectButtons(Node node, List<Button> iconOnly) {
        if (node instanceof Button button && (button.getText() == null || button.getText().isBlank())) {
            iconOnly.add(button);
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collectButtons(child, iconOnly);
            }
        }
    }
}
