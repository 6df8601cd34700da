package org.casefile.ui.cases;

import org.casefile.ui.common.Words;
import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.stage.Window;
import org.casefile.app.CaseService;
import org.casefile.domain.Case;
import org.casefile.ui.common.BackgroundExecutor;
import org.casefile.ui.common.Messages;
import org.casefile.ui.common.ScrollToFocus;

/** "New case": the order facts form; the case is saved only when every field checks out. */
public final class NewCaseDialog extends Dialog<Case> {
    private final ButtonType createType = new ButtonType(Words.get("newCase.create"), ButtonBar.ButtonData.OK_DONE);

    public NewCaseDialog(Window owner, CaseService cases, BackgroundExecutor executor) {
        CaseFormViewModel form = new CaseFormViewModel();
        setTitle(Words.get("newCase.title"));
        setHeaderText(Words.get("newCase.header"));
        initOwner(owner);
        setResizable(true);

        CaseFormView formView = new CaseFormView(form);
        formView.setPrefWidth(720);
        ScrollPane scroll = new ScrollPane(formView);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(560);
        ScrollToFocus.install(scroll);
        Label problem = new Label();
        problem.setId("newCaseProblem");
        problem.getStyleClass().add("field-error");
        problem.setWrapText(true);
        problem.managedProperty().bind(problem.textProperty().isNotEmpty());
        BorderPane content = new BorderPane(scroll);
        content.setTop(problem);
        BorderPane.setMargin(problem, new javafx.geometry.Insets(0, 0, 10, 0));
        getDialogPane().setContent(content);
        getDialogPane().setMinWidth(780);
        getDialogPane().getButtonTypes().setAll(createType, ButtonType.CANCEL);
        getDialogPane().setId("newCaseDialog");

        Button create = (Button) getDialogPane().lookupButton(createType);
        create.setId("createCase");
        create.addEventFilter(ActionEvent.ACTION, event -> {
            // The dialog stays open until the case is saved; a problem is shown, never a silent loss.
            event.consume();
            problem.setText("");
            if (!form.validate(cases.today())) {
                problem.setText(Words.get("newCase.correct"));
                formView.focusFirstError();
                return;
            }
            create.setDisable(true);
            executor.submit(() -> cases.create(form.input()), created -> {
                setResult(created);
                close();
            }, failure -> {
                create.setDisable(false);
                problem.setText(Messages.of(failure));
            });
        });
        setResultConverter(button -> null);
        // Escape, Cancel or the window's close button on a form with something typed in: ask before throwing it away.
        // Not when the main window itself is closing: there is nothing left to keep editing in.
        setOnCloseRequest(event -> {
            boolean windowClosing = getOwner() != null && !getOwner().isShowing();
            if (getResult() == null && form.dirtyProperty().get() && !windowClosing && !confirmDiscard()) {
                event.consume();
            }
        });
        setOnShown(e -> Platform.runLater(() -> formView.firstField().requestFocus()));
    }

    /** "Keep editing" is the default: Enter or a second Escape never loses what was typed. */
    private boolean confirmDiscard() {
        ButtonType discard = new ButtonType(Words.get("newCase.discard"), ButtonBar.ButtonData.OTHER);
        ButtonType keep = new ButtonType(Words.get("newCase.keepEditing"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, Words.get("newCase.notSaved"), discard, keep);
        alert.initOwner(getDialogPane().getScene().getWindow());
        alert.setTitle(Words.get("newCase.title"));
        alert.setHeaderText(Words.get("newCase.throwAway"));
        alert.getDialogPane().setId("discardNewCase");
        ((Button) alert.getDialogPane().lookupButton(keep)).setDefaultButton(true);
        ((Button) alert.getDialogPane().lookupButton(discard)).setDefaultButton(false);
        return alert.showAndWait().orElse(keep) == discard;
    }
}
