package org.casefile.ui.cases;

import org.casefile.ui.common.Words;
import java.util.EnumMap;
import java.util.Map;
import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.casefile.domain.CaseField;
import org.casefile.domain.ClaimType;
import org.casefile.domain.PaymentMethod;
import org.casefile.domain.Platform;
import org.casefile.domain.Resolution;
import org.casefile.ui.common.Controls;

/** The order facts form, used both to open a new case and to edit one; each field has its message beneath it. */
public final class CaseFormView extends VBox {
    private static final String[] CURRENCIES = {"GBP", "EUR", "USD", "AUD", "CAD", "CNY", "JPY", "KRW", "CHF",
            "SEK", "NOK", "DKK", "PLN", "NZD"};
    // Carriers' own names, the same in every language.
    private static final String[] CARRIERS = {"Royal Mail", "Evri", "DPD", "DHL", "UPS", // not window text
            "FedEx", "USPS", "Canada Post", "Australia Post", "Cainiao", "YunExpress", "4PX", // not window text
            "La Poste", "PostNL"}; // not window text

    private final CaseFormViewModel model;
    private final Map<CaseField, Node> controls = new EnumMap<>(CaseField.class);

    public CaseFormView(CaseFormViewModel model) {
        this.model = model;
        getStyleClass().add("case-form");
        setSpacing(18);

        ComboBox<Platform> platform = WindowChoices.of(Platform.values(), model.platform, "platform");
        platform.setPromptText(Words.get("form.platformPrompt"));
        TextField orderNumber = Controls.text(model.orderNumber, "orderNumber", Words.get("form.orderNumberPrompt"));
        TextField item = Controls.text(model.item, "item", Words.get("form.itemPrompt"));
        TextField seller = Controls.text(model.seller, "seller", Words.get("form.sellerPrompt"));
        TextField url = Controls.text(model.listingUrl, "listingUrl", "https://…");

        TextField amount = Controls.text(model.paidAmount, "paidAmount", Words.get("form.amountPrompt"));
        ComboBox<String> currency = new ComboBox<>();
        currency.getItems().setAll(CURRENCIES);
        currency.setEditable(true);
        currency.setId("paidCurrency");
        currency.setPrefWidth(100);
        currency.setMinWidth(90);
        currency.getEditor().textProperty().bindBidirectional(model.paidCurrency);
        currency.valueProperty().addListener((p, before, now) -> {
            if (now != null) {
                model.paidCurrency.set(now);
            }
        });
        HBox paid = new HBox(8, amount, currency);
        HBox.setHgrow(amount, Priority.ALWAYS);

        ComboBox<String> carrier = new ComboBox<>();
        carrier.getItems().setAll(CARRIERS);
        carrier.setEditable(true);
        carrier.setId("carrier");
        carrier.setMaxWidth(Double.MAX_VALUE);
        carrier.getEditor().textProperty().bindBidirectional(model.carrier);
        carrier.valueProperty().addListener((p, before, now) -> {
            if (now != null) {
                model.carrier.set(now);
            }
        });

        TextField refund = Controls.text(model.refundAmount, "refundAmount", Words.get("form.refundPrompt"));
        refund.disableProperty().bind(model.resolution.isNotEqualTo(Resolution.PARTIAL_REFUND));

        getChildren().addAll(
                section(Words.get("form.order"),
                        field(CaseField.PLATFORM, platform), field(CaseField.ORDER_NUMBER, orderNumber),
                        field(CaseField.ORDERED_ON, Controls.date(model.orderedOn, "orderedOn")),
                        field(CaseField.SELLER, seller),
                        wide(field(CaseField.ITEM, item)), wide(field(CaseField.LISTING_URL, url))),
                section(Words.get("form.payment"),
                        field(CaseField.PAID, paid),
                        field(CaseField.PAYMENT, prompt(WindowChoices.of(PaymentMethod.values(), model.payment, "payment"),
                                Words.get("form.paymentPrompt"))),
                        field(CaseField.COUNTRY, Controls.text(model.country, "country",
                                Words.get("form.countryPrompt")))),
                section(Words.get("form.delivery"),
                        field(CaseField.CARRIER, carrier),
                        field(CaseField.TRACKING_NUMBER, Controls.text(model.trackingNumber, "trackingNumber", "")),
                        field(CaseField.EXPECTED_DELIVERY, Controls.date(model.expectedDelivery, "expectedDelivery")),
                        field(CaseField.RECEIVED_ON, Controls.date(model.receivedOn, "receivedOn"))),
                section(Words.get("form.forTheBank"),
                        field(CaseField.BUYER_NAME, Controls.text(model.buyerName, "buyerName",
                                Words.get("form.buyerNamePrompt"))),
                        field(CaseField.CARD_LAST4, Controls.text(model.cardLast4, "cardLast4",
                                Words.get("form.cardLast4Prompt"))),
                        field(CaseField.STATEMENT_NAME, Controls.text(model.statementName, "statementName",
                                Words.get("form.statementNamePrompt"))),
                        field(CaseField.CHARGED_ON, Controls.date(model.chargedOn, "chargedOn")),
                        wide(field(CaseField.DELIVERY_ADDRESS, Controls.text(model.deliveryAddress,
                                "deliveryAddress", Words.get("form.deliveryAddressPrompt"))))),
                section(Words.get("form.claim"),
                        field(CaseField.CLAIM, prompt(WindowChoices.of(ClaimType.values(), model.claim, "claim"),
                                Words.get("form.claimPrompt"))),
                        field(CaseField.RESOLUTION, WindowChoices.of(Resolution.values(), model.resolution,
                                "resolution")),
                        field(CaseField.REFUND_ASKED, refund),
                        field(CaseField.PROTECTION_ENDS, Controls.date(model.protectionEnds, "protectionEnds"))));
    }

    /** The first field, for focus when the form opens. */
    public Node firstField() {
        return controls.get(CaseField.PLATFORM);
    }

    /** Puts the keyboard on the first field with a message, so the user sees what to fix first. */
    public void focusFirstError() {
        for (CaseField field : CaseField.values()) {
            if (!model.error(field).get().isEmpty()) {
                Node control = controls.get(field);
                Node focusable = control instanceof HBox box ? box.getChildren().get(0) : control;
                focusable.requestFocus();
                return;
            }
        }
    }

    private static <T> ComboBox<T> prompt(ComboBox<T> box, String prompt) {
        box.setPromptText(prompt);
        return box;
    }


    /** A label, the control and its error message; the label is the control's accessible name. */
    private Field field(CaseField caseField, Node control) {
        controls.put(caseField, control);
        Label label = new Label(Words.get(caseField.phrase()));
        label.getStyleClass().add("field-label");
        label.setLabelFor(control);
        control.setAccessibleText(label.getText());
        Label error = new Label();
        error.getStyleClass().add("field-error");
        error.setId("error-" + caseField.name());
        error.setWrapText(true);
        error.textProperty().bind(model.error(caseField));
        error.visibleProperty().bind(error.textProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        VBox box = new VBox(4, label, control, error);
        return new Field(box, false);
    }

    private static Field wide(Field field) {
        return new Field(field.node(), true);
    }

    private record Field(Node node, boolean wide) {
    }

    /** A titled block of fields laid out two to a row. */
    private static VBox section(String title, Field... fields) {
        Label heading = new Label(title);
        heading.getStyleClass().add("form-section");
        GridPane grid = new GridPane();
        grid.setHgap(20);
        grid.setVgap(10);
        for (int i = 0; i < 2; i++) {
            ColumnConstraints column = new ColumnConstraints();
            column.setPercentWidth(50);
            column.setHalignment(HPos.LEFT);
            column.setHgrow(Priority.ALWAYS);
            grid.getColumnConstraints().add(column);
        }
        int row = 0;
        int col = 0;
        for (Field field : fields) {
            if (field.wide()) {
                if (col != 0) {
                    row++;
                }
                grid.add(field.node(), 0, row, 2, 1);
                row++;
                col = 0;
            } else {
                grid.add(field.node(), col, row);
                col = (col + 1) % 2;
                if (col == 0) {
                    row++;
                }
            }
        }
        VBox section = new VBox(8, heading, grid);
        section.setPadding(new Insets(0, 0, 4, 0));
        return section;
    }
}
