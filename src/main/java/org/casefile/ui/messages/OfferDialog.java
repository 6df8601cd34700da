package org.casefile.ui.messages;

import org.casefile.ui.common.Words;
import java.time.LocalDateTime;
import java.util.Optional;
import javafx.beans.property.SimpleObjectProperty;
import javafx.event.ActionEvent;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.casefile.domain.CasefileException;
import org.casefile.domain.Money;
import org.casefile.domain.OfferDecision;
import org.casefile.ui.common.Controls;
import org.casefile.ui.common.DateTimeField;

/** Records a seller's offer and the buyer's answer; accepting a risky one asks "are you sure" first. */
final class OfferDialog extends Dialog<OfferDialog.Answer> {
    private final ButtonType recordType = new ButtonType(Words.get("offer.record"), ButtonBar.ButtonData.OK_DONE);

    record Answer(Money amount, LocalDateTime at, OfferDecision decision, String reason) {
    }

    OfferDialog(Window owner, MessagesViewModel model, Money paid) {
        initOwner(owner);
        setTitle(Words.get("offer.title"));
        setHeaderText(Words.get("offer.header"));
        TextField amount = new TextField();
        amount.setId("offerAmount");
        amount.setPromptText(Words.get("offer.amountPrompt", paid.currency().getCurrencyCode()));
        DateTimeField when = new DateTimeField(model.now(), "offer");
        SimpleObjectProperty<OfferDecision> decision = new SimpleObjectProperty<>(OfferDecision.OPEN);
        TextField reason = new TextField();
        reason.setId("offerReason");
        reason.setPromptText(Words.get("offer.reasonPrompt"));
        reason.disableProperty().bind(decision.isNotEqualTo(OfferDecision.REJECTED));
        Label problem = new Label();
        problem.getStyleClass().add("field-error");
        problem.setWrapText(true);

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(10);
        grid.setPadding(org.casefile.ui.common.Controls.dialogContent());
        grid.addRow(0, new Label(Words.get("offer.amount")), amount);
        grid.addRow(1, new Label(Words.get("status.when")), when);
        grid.addRow(2, new Label(Words.get("offer.answer")), Controls.choice(OfferDecision.values(), decision,
                "offerDecision"));
        grid.addRow(3, new Label(Words.get("offer.reason")), reason);
        GridPane.setColumnSpan(reason, 2);
        grid.add(problem, 0, 4, 3, 1);
        getDialogPane().setContent(grid);
        getDialogPane().getButtonTypes().setAll(recordType, ButtonType.CANCEL);
        getDialogPane().setId("offerDialog");

        Answer[] answer = new Answer[1];
        Button record = (Button) getDialogPane().lookupButton(recordType);
        record.setId("recordOffer");
        record.addEventFilter(ActionEvent.ACTION, event -> {
            try {
                Money money = Money.offer(amount.getText(), paid);
                LocalDateTime at = when.value();
                if (decision.get() == OfferDecision.REJECTED && reason.getText().isBlank()) {
                    throw new CasefileException(Words.get("offer.sayWhy"));
                }
                if (decision.get() == OfferDecision.ACCEPTED && !confirmed(model.warningBeforeAccepting(money))) {
                    event.consume();
                    return;
                }
                answer[0] = new Answer(money, at, decision.get(), reason.getText());
            } catch (CasefileException e) {
                problem.setText(Words.get(e.phrase()));
                event.consume();
            }
        });
        setResultConverter(button -> button == recordType ? answer[0] : null);
    }

    /** The "are you sure" for a risky acceptance; true when there is nothing to ask or the buyer is sure. */
    private boolean confirmed(Optional<String> warning) {
        if (warning.isEmpty()) {
            return true;
        }
        ButtonType sure = new ButtonType(Words.get("offer.sure"), ButtonBar.ButtonData.OK_DONE);
        ButtonType back = new ButtonType(Words.get("offer.back"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.WARNING, warning.get(), sure, back);
        alert.setHeaderText(Words.get("offer.acceptHeader"));
        alert.initOwner(getDialogPane().getScene().getWindow());
        alert.getDialogPane().setId("acceptWarning");
        return alert.showAndWait().filter(sure::equals).isPresent();
    }
}
