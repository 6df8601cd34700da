package org.casefile.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Window;
import org.casefile.TestCases;
import org.casefile.app.PhoneService;
import org.casefile.app.SampleCases;
import org.casefile.app.Services;
import org.casefile.domain.CaseStatus;
import org.casefile.domain.text.Language;
import org.casefile.library.Library;
import org.casefile.ui.cases.CaseListView;
import org.casefile.ui.common.Words;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every main view and dialog in each of the six languages, on the sample case and a few more with real data so no
 * list is empty: nothing drawn cut short ("…"). With {@code -Dcasefile.screenshots=DIR} each is saved as a picture,
 * to be looked at by a person.
 */
class EveryViewLanguagesWindowTest extends WindowTestBase {
    /** A chat as a buyer copies it from an order page, in English: the preview's own words are the window's. */
    private static final String CHAT = """
            2026-11-10 09:15 Yunda Digital Store: We have sent a new one, tracking LP00698765432101CN
            2026-11-10 10:02 Me: Thank you, I will wait until Friday.
            """;

    private static final String SHOWCASE = "2TB portable SSD, USB-C 3.2, black";

    @TempDir Path desktop;
    private long showcase;

    @AfterEach
    void phonePageBindingCleared() {
        System.clearProperty(PhoneService.BIND_PROPERTY);
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void theCaseItsTabsAndItsDialogs(Language language) {
        openSample(language);
        assertWhole(stage.getScene(), language, "home");
        openShowcase();
        TabPane tabs = lookup("#caseTabs").queryAs(TabPane.class);
        for (int i = 0; i < tabs.getTabs().size(); i++) {
            int index = i;
            interact(() -> tabs.getSelectionModel().select(index));
            WindowWait.until(() -> tabs.getSelectionModel().getSelectedIndex() == index);
            if ("tab-evidence".equals(tabs.getTabs().get(i).getId())) {
                WindowWait.until(() -> lookup(".evidence-tile").queryAll().size() == 4);
            }
            assertWhole(stage.getScene(), language, "case-" + tabs.getTabs().get(i).getId());
        }

        select(tabs, "tab-overview");
        @SuppressWarnings("unchecked")
        ComboBox<CaseStatus> status = lookup("#statusBox").queryAs(ComboBox.class);
        interact(() -> status.setValue(CaseStatus.SELLER_RESPONDED));
        assertDialog("#statusDialog", language, "status");
        clickOn("#recordReturnOpen");
        assertDialog("#returnDialog", language, "return");

        select(tabs, "tab-messages");
        // The seller's Chinese is drawn with the bundled font in every language: no boxes on a desktop without one.
        WindowWait.until(() -> lookup(node -> node instanceof Text t && t.getStyleClass().contains("bubble-text")
                && t.getText().startsWith("亲") && t.getFont().getFamily().equals("WenQuanYi Micro Hei"))
                .tryQuery().isPresent());
        clickOn("#pasteChat");
        WindowWait.until(() -> lookup("#pastedChat").tryQuery().isPresent());
        interact(() -> lookup("#pastedChat").queryAs(TextArea.class).setText(CHAT));
        WindowWait.until(() -> !lookup("#chatSummary").queryAs(Label.class).getText().isBlank());
        assertDialog("#pasteChatDialog", language, "paste");
        clickOn("#recordOfferButton");
        assertDialog("#offerDialog", language, "offer");

        select(tabs, "tab-compare");
        clickOn("#newPair");
        assertDialog("#newPairDialog", language, "new-pair");

        select(tabs, "tab-evidence");
        WindowWait.until(() -> lookup(".evidence-tile").tryQuery().isPresent());
        System.setProperty(PhoneService.BIND_PROPERTY, "127.0.0.1"); // tests never listen beyond this computer
        clickOn("#addFromPhone");
        assertDialog("#phoneLink", language, "phone");
        Node tile = lookup(".evidence-tile").query();
        doubleClickOn(tile);
        WindowWait.until(() -> lookup("#previewImage").tryQuery().isPresent());
        assertWhole(lookup("#previewImage").query().getScene(), language, "redaction");
        clickOn("#closePreview");
        WindowWait.until(() -> lookup("#previewImage").tryQuery().isEmpty());
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void theExportAndKitWindowAndDeletingWithUndo(Language language) {
        openSample(language);
        openShowcase();
        clickOn("#openExport");
        WindowWait.until(() -> lookup("#exportPlan").tryQuery().isPresent());
        WindowWait.until(() -> !lookup("#exportPlan").queryAs(Label.class).getText().isBlank(), 60);
        Scene export = lookup("#exportPlan").query().getScene();
        assertWhole(export, language, "export");
        Node kit = lookup("#kitDestination").query();
        interact(() -> {
            for (Node up = kit.getParent(); up != null; up = up.getParent()) {
                if (up instanceof ScrollPane scroll) {
                    scroll.setVvalue(scroll.getVmax());
                }
            }
        });
        assertWhole(export, language, "export-kit");
        interact(() -> export.getWindow().hide());

        // A case with no evidence yet: the export window lists what a mediator looks for and is missing.
        interact(() -> table().getSelectionModel().select(table().getItems().stream()
                .filter(c -> c.id() != showcase).findFirst().orElseThrow()));
        WindowWait.until(() -> !lookup("#caseTitle").queryAs(Label.class).getText().equals(SHOWCASE));
        clickOn("#openExport");
        WindowWait.until(() -> lookup("#exportMissing").tryQuery().filter(Node::isVisible).isPresent(), 60);
        Scene missing = lookup("#exportMissing").query().getScene();
        assertWhole(missing, language, "export-missing");
        interact(() -> missing.getWindow().hide());
        openShowcase();

        clickOn("#deleteCase");
        WindowWait.until(() -> lookup("#deleteCaseDialog").tryQuery().isPresent());
        DialogPane confirm = lookup("#deleteCaseDialog").queryAs(DialogPane.class);
        assertWhole(confirm.getScene(), language, "delete");
        interact(() -> confirm.getButtonTypes().stream().filter(type -> type != ButtonType.CANCEL).findFirst()
                .map(type -> (Button) confirm.lookupButton(type)).orElseThrow().fire());
        WindowWait.until(() -> lookup("#undoDelete").tryQuery().filter(Node::isVisible).isPresent());
        assertWhole(stage.getScene(), language, "undo");
        clickOn("#undoDelete");
        WindowWait.until(() -> table().getItems().stream().anyMatch(c -> c.id() == showcase));
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void theMenusTheGuideTheFormsAndSettings(Language language) {
        openSample(language);
        clickOn("#newCase");
        assertDialog("#newCaseDialog", language, "new-case");
        clickOn("#deadlineSettings");
        assertDialog("#days-aliexpress", language, "deadline-settings");

        clickOn("#libraryMenu");
        assertWhole(popup(), language, "library-menu");
        clickOn(Words.get("main.backup"));
        Label status = lookup("#statusBar").queryAs(Label.class);
        WindowWait.until(() -> status.getText().contains("backup.zip"), 60);
        assertWhole(stage.getScene(), language, "backup");

        clickOn("#helpMenu");
        clickOn(Words.get("guide.title"));
        WindowWait.until(() -> lookup("#disputeGuide").tryQuery().isPresent());
        assertWhole(lookup("#disputeGuide").query().getScene(), language, "guide");
        interact(() -> lookup("#disputeGuide").query().getScene().getWindow().hide());

        clickOn("#languageSettings");
        assertDialog("#settingsDialog", language, "settings");
    }

    /** The sample case, to look around in, and five more with chats so the home view's lists are full. */
    private void openSample(Language language) {
        Words.use(language);
        try (Library lib = Library.open(library)) {
            SampleCases samples = Services.of(lib, TestCases.CLOCK).samples();
            showcase = samples.addShowcase();
            samples.add(5, 4);
        }
        Path backup = desktop.resolve("backup.zip");
        openAppSavingTo(backup);
        WindowWait.until(() -> table().getItems().size() == 6 && lookup("#dashboard").query().isVisible());
    }

    private void openShowcase() {
        // The due-soon reminder floats over the window's lower left, where the French evidence grid has its first
        // tile: the buyer closes it, as they would to click there.
        if (lookup("#dueSoonDismiss").tryQuery().filter(Node::isVisible).isPresent()) {
            clickOn("#dueSoonDismiss");
        }
        interact(() -> table().getItems().stream().filter(c -> c.id() == showcase).findFirst()
                .ifPresent(c -> table().getSelectionModel().select(c)));
        WindowWait.until(() -> lookup("#caseTitle").tryQuery().filter(Node::isVisible).isPresent()
                && lookup("#caseTitle").queryAs(Label.class).getText().equals(SHOWCASE));
    }

    private CaseListView table() {
        return lookup("#caseTable").queryAs(CaseListView.class);
    }

    private void select(TabPane tabs, String id) {
        interact(() -> tabs.getSelectionModel().select(tabs.getTabs().stream()
                .filter(t -> id.equals(t.getId())).findFirst().orElseThrow()));
    }

    /** The dialog holding {@code id}, looked at, then closed as Escape or its window's close box would. */
    private void assertDialog(String id, Language language, String view) {
        WindowWait.until(() -> lookup(id).tryQuery().isPresent());
        Scene scene = lookup(id).query().getScene();
        assertWhole(scene, language, view);
        if (scene.getRoot() instanceof DialogPane pane) {
            // JavaFX's own OK, Cancel and Close speak the window's language too.
            Map<ButtonType, String> standard = Map.of(ButtonType.OK, "dialog.ok", ButtonType.CANCEL, "dialog.cancel",
                    ButtonType.CLOSE, "dialog.close");
            for (ButtonType type : standard.keySet()) {
                String key = standard.get(type);
                if (pane.getButtonTypes().contains(type)) {
                    assertThat(((Button) pane.lookupButton(type)).getText()).as("%s in the %s view", type, view)
                            .isEqualTo(Words.get(key));
                }
            }
        }
        push(KeyCode.ESCAPE);
        if (lookup(id).tryQuery().isPresent()) {
            interact(() -> scene.getWindow().hide());
        }
        WindowWait.until(() -> lookup(id).tryQuery().isEmpty());
    }

    /** The open menu's own little window. */
    private Scene popup() {
        WindowWait.until(() -> Window.getWindows().stream()
                .anyMatch(w -> w instanceof javafx.scene.control.ContextMenu && w.isShowing()));
        return Window.getWindows().stream().filter(w -> w instanceof javafx.scene.control.ContextMenu
                && w.isShowing()).findFirst().orElseThrow().getScene();
    }

    private void assertWhole(Scene scene, Language language, String view) {
        List<String> cut = new ArrayList<>();
        interact(() -> cut.addAll(WholeWords.cutIn(scene, language, view)));
        assertThat(cut).as("text cut short in the %s view in %s", view, language.code()).isEmpty();
    }
}
