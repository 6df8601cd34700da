package org.casefile.ui.messages;

import org.casefile.ui.common.Words;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.casefile.domain.Message;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The conversation with the seller as a chat thread, with the actions that build it up. */
public final class MessagesView extends BorderPane {
    private final MessagesViewModel model;
    private final ListView<Message> thread;

    public MessagesView(MessagesViewModel model) {
        this.model = model;
        thread = new ListView<>(model.thread());
        thread.setId("thread");
        thread.setCellFactory(list -> new MessageBubble(model::attachmentNames));
        thread.getStyleClass().add("thread");
        thread.setAccessibleText(Words.get("messages.name"));
        Label empty = new Label(Words.get("messages.empty"));
        empty.setWrapText(true);
        empty.getStyleClass().add("placeholder");
        empty.setPadding(new Insets(24));
        thread.setPlaceholder(empty);
        model.thread().addListener((javafx.collections.ListChangeListener<Message>) change ->
                thread.scrollTo(Math.max(0, model.thread().size() - 1)));

        Button paste = button(Words.get("messages.paste"), Feather.CLIPBOARD, "pasteChat", this::paste);
        paste.getStyleClass().add("accent");
        Button add = button(Words.get("messages.add"), Feather.PLUS, "addMessage", () -> edit(null));
        Button edit = button(Words.get("messages.edit"), Feather.EDIT_2, "editMessage", () -> edit(selected()));
        Button promise = button(Words.get("bubble.promise"), Feather.STAR, "flagPromise",
                () -> model.togglePromise(selected()));
        Button delete = button(Words.get("messages.delete"), Feather.TRASH_2, "deleteMessage", this::delete);
        Button offer = button(Words.get("messages.offer"), Feather.TAG, "recordOfferButton", this::offer);
        for (Button needsSelection : new Button[] {edit, promise, delete}) {
            needsSelection.disableProperty().bind(thread.getSelectionModel().selectedItemProperty().isNull());
        }
        // Wraps onto a second row when the pane is narrow, instead of pushing the thread off the side.
        FlowPane tools = new FlowPane(8, 8, paste, add, edit, promise, delete, offer);
        tools.setAlignment(Pos.CENTER_LEFT);

        Label reminder = new Label();
        reminder.setId("disputeReminder");
        reminder.getStyleClass().add("reminder");
        reminder.setWrapText(true);
        reminder.setMaxWidth(Double.MAX_VALUE);
        reminder.setMinWidth(0);
        reminder.setGraphic(new FontIcon(Feather.ALERT_CIRCLE));
        reminder.textProperty().bind(model.reminderProperty());
        reminder.visibleProperty().bind(model.reminderProperty().isNotEmpty());
        reminder.managedProperty().bind(reminder.visibleProperty());

        Label notice = new Label();
        notice.setId("messagesNotice");
        notice.getStyleClass().add("notice");
        notice.textProperty().bind(model.noticeProperty());
        notice.setWrapText(true);
        // Takes a line only when it says something: on a 600-pixel screen that line is the thread's.
        notice.managedProperty().bind(notice.textProperty().isNotEmpty());
        // The thread gives way first when the pane is short; it scrolls, the buttons above it could not.
        thread.setMinHeight(0);

        VBox top = new VBox(10, reminder, tools);
        top.setMinWidth(0);
        setMinWidth(0);
        top.setPadding(new Insets(12, 16, 8, 16));
        setTop(top);
        setCenter(thread);
        notice.setPadding(new Insets(6, 16, 6, 16));
        setBottom(notice);
    }

    private static Button button(String text, Feather icon, String id, Runnable action) {
        Button button = new Button(text, new FontIcon(icon));
        button.setId(id);
        button.setOnAction(e -> action.run());
        button.setMinWidth(Region.USE_PREF_SIZE);
        return button;
    }

    private Message selected() {
        return thread.getSelectionModel().getSelectedItem();
    }

    private Window window() {
        return getScene() == null ? null : getScene().getWindow();
    }

    private void paste() {
        new PasteChatDialog(window(), model).showAndWait().ifPresent(model::importChat);
    }

    private void edit(Message existing) {
        MessageDialog dialog = new MessageDialog(window(), model.caseId(), existing, model.sellerName(), model.now(),
                model.evidence(), existing == null ? List.of() : model.attachments(existing));
        dialog.showAndWait().ifPresent(message -> model.save(message, dialog.attached()));
    }

    private void delete() {
        Message message = selected();
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, message.text(), ButtonType.OK, ButtonType.CANCEL);
        alert.setHeaderText(Words.get("messages.deleteHeader", MessageBubble.who(message)));
        alert.initOwner(window());
        alert.showAndWait().filter(ButtonType.OK::equals).ifPresent(ok -> model.delete(message));
    }

    private void offer() {
        new OfferDialog(window(), model, model.paid()).showAndWait()
                .ifPresent(a -> model.recordOffer(a.amount(), a.at(), a.decision(), a.reason()));
    }
}
