package org.casefile.ui.cases;

import java.time.LocalDateTime;
import javafx.beans.property.SimpleObjectProperty;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
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
    static final ButtonType RECORD = new ButtonType("Record", ButtonBar.ButtonData.OK_DONE);

    record Change(CaseStatus status, Outcome outcome, String note, LocalDateTime at) {
    }

    StatusDialog(Window owner, CaseStatus status, LocalDateTime now) {
        initOwner(owner);
        setTitle("Change status");
        setHeaderText("The case is now: " + status.label());
        DateTimeField when = new DateTimeField(now, "status");
        TextField note = new TextField();
        note.setId("statusNote");
        note.setPromptText("e.g. Opened the dispute with photos attached");
        SimpleObjectProperty<Outcome> outcome = new SimpleObjectProperty<>();
        ComboBox<Outcome> outcomeBox = Controls.choice(Outcome.values(), outcome, "statusOutcome");
        Label problem = new Label();
        problem.getStyleClass().add("field-error");
        problem.setId("statusProblem");

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(10);
        grid.setPadding(new Insets(10, 0, 0, 0));
        grid.addRow(0, label("When", when), when);
        grid.addRow(1, label("Note", note), note);
        GridPane.setColumnSpan(note, 2);
        if (status == CaseStatus.RESOLVED) {
            grid.addRow(2, label("Outcome", outcomeBox), outcomeBox);
            GridPane.setColumnSpan(outcomeBox, 2);
        }
        grid.add(problem, 0, 3, 3, 1);
        getDialogPane().setContent(grid);
        getDialogPane().getButtonTypes().setAll(RECORD, ButtonType.CANCEL);
        getDialogPane().setId("statusDialog");

        Button record = (Button) getDialogPane().lookupButton(RECORD);
        record.setId("recordStatus");
        record.addEventFilter(ActionEvent.ACTION, event -> {
            try {
                if (when.value().isAfter(now.plusMinutes(1))) {
                    problem.setText("That is in the future; record it when it has happened.");
                    event.consume();
                }
            } catch (org.casefile.domain.CasefileException e) {
                problem.setText(e.getMessage());
                event.consume();
            }
        });
        setResultConverter(button -> button == RECORD
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
