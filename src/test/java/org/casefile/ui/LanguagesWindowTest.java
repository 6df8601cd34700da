package org.casefile.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import org.casefile.TestCases;
import org.casefile.app.CaseDetails;
import org.casefile.app.CaseService;
import org.casefile.domain.CaseStatus;
import org.casefile.domain.Deadline;
import org.casefile.domain.text.Language;
import org.casefile.library.Library;
import org.casefile.ui.common.Words;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The window in each of its six languages at 1280×800: no button, label, tab or check box shows its text cut
 * ("…"). With {@code -Dcasefile.screenshots=DIR} it also saves what it looked at, to be looked at by a person.
 */
class LanguagesWindowTest extends WindowTestBase {
    @ParameterizedTest
    @EnumSource(Language.class)
    void theFirstRunScreenAndTheNewCaseFormKeepTheirWordsWhole(Language language) {
        Words.use(language);
        openApp();
        WindowWait.until(() -> lookup("#startView").query().isVisible());
        assertThat(lookup("#startNewCase").queryButton().getText()).isEqualTo(Words.get("start.newCase"));
        assertWhole(stage.getScene(), language, "start");

        clickOn("#startNewCase");
        WindowWait.until(() -> lookup("#newCaseDialog").tryQuery().isPresent());
        assertWhole(lookup("#newCaseDialog").query().getScene(), language, "new-case");
        push(KeyCode.ESCAPE);
        WindowWait.until(() -> lookup("#newCaseDialog").tryQuery().isEmpty());
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void theHomeViewSettingsAndEveryCaseTabKeepTheirWordsWhole(Language language) {
        TableView<?> table = openAppOnOneCaseIn(language);
        assertWhole(stage.getScene(), language, "home");
        // The to-do line in the window's language: protection ends 14 days after the test clock's today.
        String left = Words.get("dashboard.left", 14L);
        assertThat(lookup(node -> node instanceof Text t && t.getText() != null && t.getText().endsWith(left))
                .tryQuery()).as("a to-do line ending \"%s\"", left).isPresent();

        clickOn("#languageSettings");
        WindowWait.until(() -> lookup("#settingsDialog").tryQuery().isPresent());
        assertWhole(lookup("#settingsDialog").query().getScene(), language, "settings");
        push(KeyCode.ESCAPE);
        WindowWait.until(() -> lookup("#settingsDialog").tryQuery().isEmpty());

        interact(() -> table.getSelectionModel().select(0));
        WindowWait.until(() -> lookup("#caseTitle").tryQuery().filter(Node::isVisible).isPresent());
        TabPane tabs = lookup("#caseTabs").queryAs(TabPane.class);
        assertThat(tabs.getTabs()).extracting(javafx.scene.control.Tab::getText)
                .contains(Words.get("case.tab.deadlines"), Words.get("case.tab.overview"));
        javafx.scene.control.ComboBox<?> status = lookup("#statusBox").queryAs(javafx.scene.control.ComboBox.class);
        assertThat(status.getButtonCell().getText()).isEqualTo(Words.get(CaseStatus.NEW.phrase()));
        for (int i = 0; i < tabs.getTabs().size(); i++) {
            int index = i;
            interact(() -> tabs.getSelectionModel().select(index));
            WindowWait.until(() -> tabs.getSelectionModel().getSelectedIndex() == index);
            assertWhole(stage.getScene(), language, "case-" + tabs.getTabs().get(i).getId());
        }

        // Settings… from the header, with a case open.
        clickOn("#openSettings");
        WindowWait.until(() -> lookup("#settingsDialog").tryQuery().isPresent());
        push(KeyCode.ESCAPE);
        WindowWait.until(() -> lookup("#settingsDialog").tryQuery().isEmpty());
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void theDeadlinesTabNamesEachDateInTheWindowsLanguage(Language language) {
        Words.use(language);
        long id;
        try (Library lib = Library.open(library)) {
            id = new CaseService(lib, TestCases.CLOCK).create(TestCases.ssd("8123456789012")).id();
        }
        openApp();
        TableView<?> table = lookup("#caseTable").queryAs(TableView.class);
        WindowWait.until(() -> table.getItems().size() == 1);
        interact(() -> table.getSelectionModel().select(0));
        WindowWait.until(() -> lookup("#caseTitle").tryQuery().filter(Node::isVisible).isPresent());
        TabPane tabs = lookup("#caseTabs").queryAs(TabPane.class);
        interact(() -> tabs.getSelectionModel().select(tabs.getTabs().stream()
                .filter(t -> "tab-deadlines".equals(t.getId())).findFirst().orElseThrow()));
        // The first deadline's heading: its rule's name, then its date in the language's conventions, whole.
        CaseDetails details;
        try (Library lib = Library.open(library)) {
            details = new CaseService(lib, TestCases.CLOCK).details(id);
        }
        Deadline first = details.deadlines().get(0);
        String heading = Words.get(first.kind().phrase()) + (language == Language.KOREAN ? ": " : " ")
                + Words.date(first.date());
        WindowWait.until(() -> lookup(node -> node instanceof Labeled l && l.isVisible() && l.getText() != null
                && l.getText().startsWith(heading)).tryQuery().isPresent());
        assertThat(lookup("#nextStep").queryAs(Labeled.class).getText())
                .contains(Words.get(details.nextStep().actionPhrase()), Words.get(details.nextStep().source().phrase()));
        assertWhole(stage.getScene(), language, "deadlines");
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void theExportWindowSpeaksTheWindowsLanguageAndKeepsItsWordsWhole(Language language) {
        Words.use(language);
        try (Library lib = Library.open(library)) {
            new CaseService(lib, TestCases.CLOCK).create(TestCases.ssd("8123456789012"));
        }
        openApp();
        TableView<?> table = lookup("#caseTable").queryAs(TableView.class);
        WindowWait.until(() -> table.getItems().size() == 1);
        interact(() -> table.getSelectionModel().select(0));
        WindowWait.until(() -> lookup("#caseTitle").tryQuery().filter(Node::isVisible).isPresent());

        clickOn("#openExport");
        WindowWait.until(() -> lookup("#exportLanguage").tryQuery().isPresent());
        @SuppressWarnings("unchecked")
        javafx.scene.control.ComboBox<Language> packetLanguage = lookup("#exportLanguage")
                .queryAs(javafx.scene.control.ComboBox.class);
        assertThat(packetLanguage.getValue()).as("the packet's language follows the window's").isEqualTo(language);
        WindowWait.until(() -> !lookup("#exportPlan").queryAs(javafx.scene.control.Label.class).getText().isBlank(),
                60);
        assertThat(lookup("#exportOriginals").queryAs(javafx.scene.control.CheckBox.class).getText())
                .isEqualTo(Words.get("export.originals"));
        @SuppressWarnings("unchecked")
        javafx.scene.control.ComboBox<org.casefile.domain.PacketProfile> route = lookup("#exportProfile")
                .queryAs(javafx.scene.control.ComboBox.class);
        assertThat(route.getButtonCell().getText()).as("the route in the window's language")
                .isEqualTo(Words.label(route.getValue())).isNotBlank();
        assertWhole(packetLanguage.getScene(), language, "export");
    }

    private void assertWhole(Scene scene, Language language, String view) {
        List<String> cut = new ArrayList<>();
        interact(() -> cut.addAll(WholeWords.cutIn(scene, language, view)));
        assertThat(cut).as("text cut short in the %s view in %s", view, language.code()).isEmpty();
    }
}
