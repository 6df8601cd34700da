package org.casefile.ui.cases;

import org.casefile.ui.common.Words;
import java.time.LocalDateTime;
import javafx.beans.property.SimpleObjectProperty;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.casefile.domain.CaseStatus;
import org.casefile.domain.Outcome;
import org.casefile.ui.common.Controls;
import org.casefile.ui.common.DateTimeField;

/** Records a status change: when it happened (it may have been days ago), a note, and the outcome on resolution. */
final class StatusDialog extends Dialog<StatusDialog.Change> {
    private final ButtonType record = new ButtonType(Words.get("dialog.record"), ButtonBar.ButtonData.OK_DONE);

    record Change(CaseStatus status, Outcome outcome, String note, LocalDateTime at) {
    }

    StatusDialog(Window owner, CaseStatus status, LocalDateTime now) {
        initOwner(owner);
        setTitle(Words.get("status.title"));
        setHeaderText(Words.get("status.header", Words.get(status.phrase())));
        DateTimeField when = new DateTimeField(now, "status");
        TextField note = new TextField();
        note.setId("statusNote");
        note.setPromptText(Words.get("status.notePrompt"));
        SimpleObjectProperty<Outcome> outcome = new SimpleObjectProperty<>();
        ComboBox<Outcome> outcomeBox = WindowChoices.of(Outcome.values(), outcome, "statusOutcome");
        Label problem = new Label();
        problem.getStyleClass().add("field-error");
        problem.setId("statusProblem");

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(10);
        grid.setPadding(org.casefile.ui.common.Controls.dialogContent());
        grid.addRow(0, label(Words.get("status.when"), when), when);
        grid.addRow(1, label(Words.get("status.note"), note), note);
        GridPane.setColumnSpan(note, 2);
        if (status == CaseStatus.RESOLVED) {
            grid.addRow(2, label(Words.get("status.outcome"), outcomeBox), outcomeBox);
            GridPane.setColumnSpan(outcomeBox, 2);
        }
        grid.add(problem, 0, 3, 3, 1);
        getDialogPane().setContent(grid);
        getDialogPane().getButtonTypes().setAll(record, ButtonType.CANCEL);
        getDialogPane().setId("statusDialog");

        Button recordButton = (Button) getDialogPane().lookupButton(record);
        recordButton.setId("recordStatus");
        recordButton.addEventFilter(ActionEvent.ACTION, event -> {
            try {
                if (when.value().isAfter(now.plusMinutes(1))) {
                    problem.setText(Words.get("status.future"));
                    event.consume();
                }
            } catch (org.casefile.domain.CasefileException e) {
                problem.setText(Words.get(e.phrase()));
                event.consume();
            }
        });
        setResultConverter(button -> button == record
                ? new Change(status, outcome.get(), note.getText(), when.value())
                : null);
    }

    private static Label label(String text, javafx.scene.Node control) {
        Label label = new Label(text);
        label.setLabelFor(control);
        control.setAccessibleText(text);
        return label;
    }
}
