package org.casefile.ui.cases;

import org.casefile.ui.common.Words;
import javafx.beans.property.SimpleStringProperty;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.casefile.domain.CasefileException;
import org.casefile.domain.ReturnAttempt;
import org.casefile.ui.common.Controls;
import org.casefile.ui.common.Typing;

/** Records the attempt to send the goods back, which card schemes ask the cardholder to certify. */
final class ReturnDialog extends Dialog<ReturnAttempt> {
    private final ButtonType record = new ButtonType(Words.get("dialog.record"), ButtonBar.ButtonData.OK_DONE);

    ReturnDialog(Window owner, ReturnAttempt existing) {
        initOwner(owner);
        setTitle(Words.get("return.title"));
        setHeaderText(Words.get("return.header"));
        ToggleGroup how = new ToggleGroup();
        RadioButton sent = radio(Words.get("return.sent"), "returnSent", how);
        RadioButton refused = radio(Words.get("return.refused"), "returnRefused", how);
        RadioButton noAddress = radio(Words.get("return.noAddress"), "returnNoAddress", how);
        SimpleStringProperty sentOn = new SimpleStringProperty(existing == null || existing.sentOn() == null ? ""
                : existing.sentOn().toString());
        SimpleStringProperty receivedOn = new SimpleStringProperty(existing == null
                || existing.sellerReceivedOn() == null ? "" : existing.sellerReceivedOn().toString());
        TextField carrier = new TextField(existing == null || existing.carrier() == null ? "" : existing.carrier());
        carrier.setId("returnCarrier");
        TextField tracking = new TextField(existing == null || existing.tracking() == null ? "" : existing.tracking());
        tracking.setId("returnTracking");
        var sentPicker = Controls.date(sentOn, "returnSentOn");
        var receivedPicker = Controls.date(receivedOn, "returnSellerReceived");
        GridPane details = new GridPane();
        details.setHgap(10);
        details.setVgap(8);
        details.setPadding(new Insets(0, 0, 0, 24));
        details.addRow(0, new Label(Words.get("return.sentOn")), sentPicker);
        details.addRow(1, new Label(Words.get("return.carrier")), carrier);
        details.addRow(2, new Label(Words.get("return.tracking")), tracking);
        details.addRow(3, new Label(Words.get("return.received")), receivedPicker);
        details.disableProperty().bind(sent.selectedProperty().not());
        (existing == null || existing.kind() == ReturnAttempt.Kind.SENT ? sent
                : existing.kind() == ReturnAttempt.Kind.REFUSED ? refused : noAddress).setSelected(true);
        Label problem = new Label();
        problem.getStyleClass().add("field-error");
        problem.setId("returnProblem");
        problem.setWrapText(true);
        VBox content = new VBox(10, sent, details, refused, noAddress, problem);
        content.setPadding(org.casefile.ui.common.Controls.dialogContent());
        getDialogPane().setContent(content);
        getDialogPane().getButtonTypes().setAll(record, ButtonType.CANCEL);
        getDialogPane().setId("returnDialog");

        ReturnAttempt[] result = new ReturnAttempt[1];
        Button recordButton = (Button) getDialogPane().lookupButton(record);
        recordButton.setId("recordReturn");
        recordButton.addEventFilter(ActionEvent.ACTION, event -> {
            try {
                result[0] = sent.isSelected()
                        ? ReturnAttempt.sent(sentOn.get().isBlank() ? null : Typing.requireDate(sentOn.get()),
                        carrier.getText(), tracking.getText(),
                        receivedOn.get().isBlank() ? null : Typing.requireDate(receivedOn.get()))
                        : refused.isSelected() ? ReturnAttempt.refused() : ReturnAttempt.noAddress();
            } catch (CasefileException e) {
                problem.setText(Words.get(e.phrase()));
                event.consume();
            }
        });
        setResultConverter(button -> button == record ? result[0] : null);
    }

    private static RadioButton radio(String text, String id, ToggleGroup group) {
        RadioButton button = new RadioButton(text);
        button.setId(id);
        button.setToggleGroup(group);
        return button;
    }
}
