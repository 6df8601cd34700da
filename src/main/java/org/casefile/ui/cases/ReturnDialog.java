package org.casefile.ui.cases;

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
import org.casefile.domain.CaseFactsInput;
import org.casefile.domain.CasefileException;
import org.casefile.domain.ReturnAttempt;
import org.casefile.ui.common.Controls;

/** Records the attempt to send the goods back, which card schemes ask the cardholder to certify. */
final class ReturnDialog extends Dialog<ReturnAttempt> {
    static final ButtonType RECORD = new ButtonType("Record", ButtonBar.ButtonData.OK_DONE);

    ReturnDialog(Window owner, ReturnAttempt existing) {
        initOwner(owner);
        setTitle("Return of the goods");
        setHeaderText("Did you send the item back, or could you not?");
        ToggleGroup how = new ToggleGroup();
        RadioButton sent = radio("I sent it back", "returnSent", how);
        RadioButton refused = radio("The seller refused the return", "returnRefused", how);
        RadioButton noAddress = radio("The seller gave no return address", "returnNoAddress", how);
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
        details.addRow(0, new Label("Sent on"), sentPicker);
        details.addRow(1, new Label("Carrier"), carrier);
        details.addRow(2, new Label("Tracking"), tracking);
        details.addRow(3, new Label("Seller received it on"), receivedPicker);
        details.disableProperty().bind(sent.selectedProperty().not());
        (existing == null || existing.kind() == ReturnAttempt.Kind.SENT ? sent
                : existing.kind() == ReturnAttempt.Kind.REFUSED ? refused : noAddress).setSelected(true);
        Label problem = new Label();
        problem.getStyleClass().add("field-error");
        problem.setId("returnProblem");
        problem.setWrapText(true);
        getDialogPane().setContent(new VBox(10, sent, details, refused, noAddress, problem));
        getDialogPane().getButtonTypes().setAll(RECORD, ButtonType.CANCEL);
        getDialogPane().setId("returnDialog");

        ReturnAttempt[] result = new ReturnAttempt[1];
        Button record = (Button) getDialogPane().lookupButton(RECORD);
        record.setId("recordReturn");
        record.addEventFilter(ActionEvent.ACTION, event -> {
            try {
                result[0] = sent.isSelected()
                        ? ReturnAttempt.sent(sentOn.get().isBlank() ? null : CaseFactsInput.date(sentOn.get()),
                        carrier.getText(), tracking.getText(),
                        receivedOn.get().isBlank() ? null : CaseFactsInput.date(receivedOn.get()))
                        : refused.isSelected() ? ReturnAttempt.refused() : ReturnAttempt.noAddress();
            } catch (CasefileException e) {
                problem.setText(e.getMessage());
                event.consume();
            }
        });
        setResultConverter(button -> button == RECORD ? result[0] : null);
    }

    private static RadioButton radio(String text, String id, ToggleGroup group) {
        RadioButton button = new RadioButton(text);
        button.setId(id);
        button.setToggleGroup(group);
        return button;
    }
}
