package org.casefile.ui.messages;

import org.casefile.ui.common.Words;
import javafx.beans.property.SimpleObjectProperty;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.casefile.domain.Author;
import org.casefile.domain.CasefileException;
import org.casefile.domain.Channel;
import org.casefile.domain.Message;
import org.casefile.ui.common.Controls;
import org.casefile.ui.common.DateTimeField;

/** Adds a message, or edits one: who, where, when, what, and whether it is a promise. */
final class MessageDialog extends Dialog<Message> {
    private final ButtonType saveType = new ButtonType(Words.get("message.save"), ButtonBar.ButtonData.OK_DONE);

    private final javafx.collections.ObservableSet<Long> attached = javafx.collections.FXCollections.observableSet();

    /** The evidence ids ticked in the dialog. */
    java.util.List<Long> attached() {
        return java.util.List.copyOf(attached);
    }

    MessageDialog(Window owner, long caseId, Message existing, String sellerName, java.time.LocalDateTime now,
                  java.util.List<org.casefile.domain.Evidence> evidence, java.util.List<Long> alreadyAttached) {
        initOwner(owner);
        setTitle(Words.get(existing == null ? "message.addTitle" : "message.editTitle"));
        setHeaderText(existing == null ? Words.get("message.addHeader") : null);
        SimpleObjectProperty<Author> author = new SimpleObjectProperty<>(existing == null ? Author.SELLER
                : existing.author());
        SimpleObjectProperty<Channel> channel = new SimpleObjectProperty<>(existing == null ? Channel.ORDER_CHAT
                : existing.channel());
        DateTimeField when = new DateTimeField(existing == null ? now : existing.at(), "message");
        TextField name = new TextField(existing == null ? (sellerName == null ? "" : sellerName)
                : existing.authorName() == null ? "" : existing.authorName());
        name.setId("messageName");
        name.setPromptText(Words.get("message.namePrompt"));
        TextArea text = new TextArea(existing == null ? "" : existing.text());
        text.setId("messageText");
        text.setWrapText(true);
        text.setPrefRowCount(6);
        TextArea translation = new TextArea(existing == null || existing.translation() == null ? ""
                : existing.translation());
        translation.setId("messageTranslation");
        translation.setWrapText(true);
        translation.setPrefRowCount(3);
        translation.setPromptText(Words.get("message.translationPrompt"));
        translation.setAccessibleText(Words.get("bubble.yourTranslation"));
        CheckBox promise = new CheckBox(Words.get("message.promise"));
        promise.setId("messagePromise");
        promise.setSelected(existing != null && existing.promise());
        Label problem = new Label();
        problem.getStyleClass().add("field-error");

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(10);
        grid.setPadding(new Insets(10, 0, 0, 0));
        grid.addRow(0, new Label(Words.get("message.from")), Controls.choice(Author.values(), author, "messageAuthor"),
                name);
        grid.addRow(1, new Label(Words.get("message.where")), Controls.choice(Channel.values(), channel,
                "messageChannel"));
        grid.addRow(2, new Label(Words.get("status.when")), when);
        GridPane.setColumnSpan(when, 2);
        grid.add(text, 0, 3, 3, 1);
        grid.add(translation, 0, 4, 3, 1);
        grid.add(promise, 0, 8, 3, 1);
        attached.addAll(alreadyAttached);
        if (!evidence.isEmpty()) {
            javafx.scene.control.ListView<org.casefile.domain.Evidence> files =
                    new javafx.scene.control.ListView<>(javafx.collections.FXCollections.observableList(evidence));
            files.setId("messageAttachments");
            files.setPrefHeight(Math.min(150, 30 * evidence.size() + 6));
            files.setCellFactory(list -> new javafx.scene.control.ListCell<>() {
                @Override
                protected void updateItem(org.casefile.domain.Evidence item, boolean empty) {
                    super.updateItem(item, empty);
                    if (empty || item == null) {
                        setGraphic(null);
                        return;
                    }
                    CheckBox box = new CheckBox(Words.get("message.attachment", item.originalName(),
                            Words.get(item.kind().phrase())));
                    box.setMnemonicParsing(false); // IMG_2026… keeps its underscore
                    box.setSelected(attached.contains(item.id()));
                    box.selectedProperty().addListener((p, was, now) -> {
                        if (now) {
                            attached.add(item.id());
                        } else {
                            attached.remove(item.id());
                        }
                    });
                    setGraphic(box);
                }
            });
            grid.add(new Label(Words.get("message.attached")), 0, 5, 3, 1);
            grid.add(files, 0, 6, 3, 1);
        }
        grid.add(problem, 0, 7, 3, 1);
        getDialogPane().setContent(grid);
        getDialogPane().getButtonTypes().setAll(saveType, ButtonType.CANCEL);
        getDialogPane().setId("messageDialog");

        Message[] result = new Message[1];
        Button save = (Button) getDialogPane().lookupButton(saveType);
        save.setId("saveMessage");
        save.addEventFilter(ActionEvent.ACTION, event -> {
            try {
                result[0] = new Message(existing == null ? 0 : existing.id(), caseId, when.value(), author.get(),
                        author.get() == Author.SELLER ? name.getText() : null, channel.get(), text.getText(),
                        promise.isSelected(), translation.getText());
            } catch (CasefileException e) {
                problem.setText(Words.get(e.phrase()));
                event.consume();
            }
        });
        setResultConverter(button -> button == saveType ? result[0] : null);
        setOnShown(e -> javafx.application.Platform.runLater(text::requestFocus));
    }
}
