package org.casefile.ui.cases;

import org.casefile.ui.common.Words;
import org.casefile.ui.common.Controls;
import java.util.function.BiFunction;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.casefile.domain.DescriptionWriter;
import org.casefile.domain.Discrepancy;
import org.casefile.ui.common.ScrollToFocus;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** "Advertised versus received" rows and the description for the marketplace's dispute form. */
final class ClaimDescriptionView extends ScrollPane {

    ClaimDescriptionView(ClaimDescriptionViewModel model) {
        setFitToWidth(true);
        ScrollToFocus.install(this);
        VBox content = new VBox(12, Controls.heading(Words.get("claim.rows")),
                Controls.hint(Words.get("claim.rowsHint")), table(model), addRow(model), Controls.heading(Words.get("claim.description")),
                Controls.hint(Words.get("claim.descriptionHint")),
                text(model), actions(model));
        content.setPadding(new Insets(16, 24, 16, 24));
        setContent(content);
    }



    private static TableView<Discrepancy> table(ClaimDescriptionViewModel model) {
        TableView<Discrepancy> table = new TableView<>(model.rows());
        table.setId("discrepancies");
        table.setEditable(true);
        table.setPrefHeight(150);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.getStyleClass().add(atlantafx.base.theme.Styles.DENSE);
        table.setPlaceholder(new Label(Words.get("claim.noRows")));
        table.getColumns().add(column(Words.get("claim.what"), Discrepancy::attribute,
                (row, text) -> new Discrepancy(row.id(), row.caseId(), text, row.advertised(), row.received()),
                model));
        table.getColumns().add(column(Words.get("claim.listingSays"), Discrepancy::advertised,
                (row, text) -> new Discrepancy(row.id(), row.caseId(), row.attribute(), text, row.received()),
                model));
        table.getColumns().add(column(Words.get("claim.youReceived"), Discrepancy::received,
                (row, text) -> new Discrepancy(row.id(), row.caseId(), row.attribute(), row.advertised(), text),
                model));
        TableColumn<Discrepancy, Discrepancy> remove = new TableColumn<>("");
        remove.setMaxWidth(60);
        remove.setMinWidth(60);
        remove.setCellValueFactory(cell -> new javafx.beans.property.ReadOnlyObjectWrapper<>(cell.getValue()));
        remove.setCellFactory(column -> new TableCell<>() {
            @Override
            protected void updateItem(Discrepancy row, boolean empty) {
                super.updateItem(row, empty);
                if (empty || row == null) {
                    setGraphic(null);
                    return;
                }
                Button button = new Button(null, new FontIcon(Feather.X));
                button.getStyleClass().addAll(atlantafx.base.theme.Styles.BUTTON_ICON,
                        atlantafx.base.theme.Styles.FLAT);
                button.setAccessibleText(Words.get("claim.remove", row.attribute()));
                button.setOnAction(e -> model.remove(row));
                setGraphic(button);
            }
        });
        table.getColumns().add(remove);
        return table;
    }

    /** A text column edited in place; an edit that would leave a cell empty is refused with a message. */
    private static TableColumn<Discrepancy, String> column(String title,
                                                          java.util.function.Function<Discrepancy, String> value,
                                                          BiFunction<Discrepancy, String, Discrepancy> change,
                                                          ClaimDescriptionViewModel model) {
        TableColumn<Discrepancy, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        column.setCellFactory(TextFieldTableCell.forTableColumn());
        column.setOnEditCommit(edit -> {
            try {
                model.update(change.apply(edit.getRowValue(), edit.getNewValue()));
            } catch (org.casefile.domain.CasefileException e) {
                model.noticeProperty().set(Words.get(e.phrase()));
                edit.getTableView().refresh();
            }
        });
        return column;
    }

    private static HBox addRow(ClaimDescriptionViewModel model) {
        TextField attribute = field(model.attribute, "newAttribute", Words.get("claim.whatPrompt"));
        TextField advertised = field(model.advertised, "newAdvertised", Words.get("claim.listingSaysPrompt"));
        TextField received = field(model.received, "newReceived", Words.get("claim.youReceivedPrompt"));
        Button add = new Button(Words.get("claim.addRow"), new FontIcon(Feather.PLUS));
        add.setId("addDiscrepancy");
        add.setMinWidth(Region.USE_PREF_SIZE);
        add.disableProperty().bind(model.attribute.isEmpty().or(model.advertised.isEmpty())
                .or(model.received.isEmpty()));
        add.setOnAction(e -> {
            model.add();
            attribute.requestFocus();
        });
        received.setOnAction(e -> add.fire());
        HBox row = new HBox(8, attribute, advertised, received, add);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private static TextField field(javafx.beans.property.StringProperty bound, String id, String prompt) {
        TextField field = org.casefile.ui.common.Controls.text(bound, id, prompt);
        field.setAccessibleText(prompt);
        HBox.setHgrow(field, Priority.ALWAYS);
        return field;
    }

    private static TextArea text(ClaimDescriptionViewModel model) {
        TextArea area = new TextArea();
        area.setId("description");
        area.setWrapText(true);
        area.setPrefRowCount(9);
        area.setAccessibleText(Words.get("claim.description"));
        area.textProperty().bindBidirectional(model.descriptionProperty());
        return area;
    }

    private static HBox actions(ClaimDescriptionViewModel model) {
        Label notice = new Label();
        notice.setId("descriptionNotice");
        notice.getStyleClass().add("notice");
        notice.setWrapText(true);
        notice.textProperty().bind(model.noticeProperty());
        Label count = new Label();
        count.getStyleClass().add("row-detail");
        count.textProperty().bind(Bindings.createStringBinding(() -> Words.get("claim.length",
                model.descriptionProperty().get().length(), DescriptionWriter.MAX_LENGTH),
                model.descriptionProperty()));

        Button redraft = new Button(Words.get("claim.redraft"), new FontIcon(Feather.REFRESH_CW));
        redraft.setId("redraft");
        redraft.setOnAction(e -> {
            if (!model.savedProperty().get() && !model.editedProperty().get() || confirmRedraft(redraft)) {
                model.redraft();
            }
        });
        Button copy = new Button(Words.get("claim.copy"), new FontIcon(Feather.COPY));
        copy.setId("copyDescription");
        copy.setOnAction(e -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(model.descriptionProperty().get());
            Clipboard.getSystemClipboard().setContent(content);
            model.noticeProperty().set(Words.get("claim.copied"));
        });
        Button save = new Button(Words.get("claim.save"), new FontIcon(Feather.CHECK));
        save.setId("saveDescription");
        save.getStyleClass().add("accent");
        save.disableProperty().bind(model.editedProperty().not().and(model.savedProperty()));
        save.setOnAction(e -> model.save());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Controls.wrapBeside(notice);
        Controls.keepWhole(count, redraft, copy, save);
        // The buttons wrap where the pane is narrow (French beside the list): kept on one row they widened the whole
        // tab past the pane, and its text and table were cut at the right.
        HBox row = new HBox(10, notice, spacer, ActionLine.buttons(count, redraft, copy, save));
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private static boolean confirmRedraft(Button owner) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, Words.get("claim.replaceText"), ButtonType.OK,
                ButtonType.CANCEL);
        alert.setHeaderText(Words.get("claim.replaceHeader"));
        if (owner.getScene() != null) {
            alert.initOwner(owner.getScene().getWindow());
        }
        return alert.showAndWait().filter(ButtonType.OK::equals).isPresent();
    }
}
