package org.casefile.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.casefile.TestCases;
import org.casefile.domain.text.Language;
import org.casefile.ui.common.Words;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The words JavaFX writes itself (a dialog's Cancel, a text field's Copy menu) follow the window's language, not the
 * computer's: the delete confirmation and the seller field's menu read in German and Korean on an English JVM.
 */
class JavaFxOwnWordsWindowTest extends WindowTestBase {
    @ParameterizedTest
    @CsvSource({"GERMAN, Abbrechen, Kopieren", "KOREAN, 취소, 복사", "ENGLISH, Cancel, Copy"})
    void aConfirmDialogsButtonsAndATextFieldsMenuSpeakTheWindowsLanguage(Language language, String cancel,
                                                                         String copy) {
        Words.use(language);
        openApp(opened -> opened.cases().create(TestCases.ssd("8123456789012")));
        TableView<?> table = lookup("#caseTable").queryAs(TableView.class);
        WindowWait.until(() -> table.getItems().size() == 1);
        interact(() -> table.getSelectionModel().select(0));
        WindowWait.until(() -> lookup("#caseTitle").queryAs(Label.class).getText().startsWith("2TB"));

        clickOn("#deleteCase");
        WindowWait.until(() -> lookup("#deleteCaseDialog").tryQuery().isPresent());
        DialogPane dialog = lookup("#deleteCaseDialog").queryAs(DialogPane.class);
        assertThat(((Button) dialog.lookupButton(ButtonType.CANCEL)).getText()).isEqualTo(cancel);
        assertThat(dialog.getButtonTypes()).extracting(ButtonType::getText)
                .contains(Words.get("case.deleteTitle"), cancel);
        push(KeyCode.ESCAPE);
        WindowWait.until(() -> lookup("#deleteCaseDialog").tryQuery().isEmpty());

        rightClickOn("#seller");
        WindowWait.until(() -> lookup(node -> node instanceof Labeled l && l.isVisible() && copy.equals(l.getText()))
                .tryQuery().isPresent());
        push(KeyCode.ESCAPE);
    }
}
