package org.casefile.ui.messages;

import org.casefile.ui.common.WindowFonts;
import org.casefile.ui.common.Words;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import org.casefile.domain.Author;
import org.casefile.domain.Channel;
import org.casefile.domain.Message;
import org.casefile.ui.common.Dates;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** One message as a chat bubble: the buyer on the right, the seller on the left, the platform in the middle. */
final class MessageBubble extends ListCell<Message> {
    private final java.util.function.Function<Message, String> attachmentNames;

    MessageBubble(java.util.function.Function<Message, String> attachmentNames) {
        this.attachmentNames = attachmentNames;
    }

    /** Who wrote it: the seller's name when known, else "Seller" or "You" in the window's language. */
    static String who(Message message) {
        return message.authorName() != null ? message.authorName() : Words.label(message.author());
    }

    @Override
    protected void updateItem(Message message, boolean empty) {
        super.updateItem(message, empty);
        if (empty || message == null) {
            setGraphic(null);
            setText(null);
            return;
        }
        Label who = new Label(message.channel() == Channel.ORDER_CHAT
                ? Words.get("bubble.meta", who(message), Dates.time(message.at()))
                : Words.get("bubble.metaChannel", who(message), Dates.time(message.at()), Words.get(message.channel().phrase())));
        who.getStyleClass().add("bubble-meta");
        Text text = new Text(message.text());
        text.getStyleClass().add("bubble-text");
        WindowFonts.forAnyScript(text, message.text());
        VBox bubble = new VBox(4, who, text);
        Text translation = null;
        if (message.translation() != null) {
            Label mark = new Label(Words.get("bubble.yourTranslation"));
            mark.getStyleClass().add("bubble-meta");
            translation = new Text(message.translation());
            translation.getStyleClass().addAll("bubble-text", "bubble-translation");
            translation.setId("translation-" + message.id());
            WindowFonts.forAnyScript(translation, message.translation());
            bubble.getChildren().addAll(mark, translation);
        }
        bubble.getStyleClass().addAll("bubble", message.author().id());
        if (message.promise()) {
            Label promise = new Label(Words.get("bubble.promise"), new FontIcon(Feather.STAR));
            promise.getStyleClass().add("bubble-promise");
            bubble.getChildren().add(0, promise);
        }
        String attached = attachmentNames.apply(message);
        if (!attached.isEmpty()) {
            Label clip = new Label(attached, new FontIcon(Feather.PAPERCLIP));
            clip.getStyleClass().add("bubble-meta");
            clip.setWrapText(true);
            bubble.getChildren().add(clip);
        }
        if (getListView() != null) {
            bubble.maxWidthProperty().bind(getListView().widthProperty().multiply(0.72));
            // Text (not Label) so the cell's height follows the wrapped lines.
            text.wrappingWidthProperty().bind(bubble.maxWidthProperty().subtract(28));
            if (translation != null) {
                translation.wrappingWidthProperty().bind(bubble.maxWidthProperty().subtract(28));
            }
        }
        HBox row = new HBox(bubble);
        row.setAlignment(message.author() == Author.BUYER ? Pos.CENTER_RIGHT
                : message.author() == Author.PLATFORM ? Pos.CENTER : Pos.CENTER_LEFT);
        setText(null);
        setGraphic(row);
        setPrefWidth(0);
        String said = Words.get("bubble.accessible", who(message), Dates.time(message.at()), message.text());
        setAccessibleText(message.translation() == null ? said
                : said + Words.get("bubble.accessibleTranslation", message.translation()));
    }
}
