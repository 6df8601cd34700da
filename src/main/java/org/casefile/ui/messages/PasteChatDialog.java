package org.casefile.ui.messages;

import org.casefile.ui.common.Words;
import javafx.animation.PauseTransition;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.Duration;
import org.casefile.domain.chat.DateOrder;
import org.casefile.domain.chat.ParsedChat;
import org.casefile.ui.common.Dates;

/** Paste a copied chat; the preview shows, as you type, what will be imported and every line that will not. */
public final class PasteChatDialog extends Dialog<ParsedChat> {
    private final ButtonType importType = new ButtonType(Words.get("paste.import"), ButtonBar.ButtonData.OK_DONE);

    PasteChatDialog(Window owner, MessagesViewModel model) {
        this(owner, model, "");
    }

    /** The dialog with {@code text} already pasted (Ctrl+V in the evidence view with a chat on the clipboard). */
    public PasteChatDialog(Window owner, MessagesViewModel model, String text) {
        initOwner(owner);
        setTitle(Words.get("paste.title"));
        setHeaderText(Words.get("paste.header"));
        setResizable(true);
        TextArea pasted = new TextArea();
        pasted.setId("pastedChat");
        pasted.setPromptText(Words.get("paste.prompt"));
        pasted.setWrapText(true);
        pasted.setText(text);
        SimpleObjectProperty<DateOrder> order = new SimpleObjectProperty<>(model.defaultDateOrder());
        // The question wraps and the choice stays whole: "Jour d’abord (31/12/2026)" must be read in full.
        Label datesLike = new Label(Words.get("paste.datesLike"));
        org.casefile.ui.common.Controls.wrapBeside(datesLike);
        javafx.scene.control.ComboBox<DateOrder> orderChoice = org.casefile.ui.cases.WindowChoices.of(
                DateOrder.values(), order, "dateOrder");
        org.casefile.ui.common.Controls.keepWhole(orderChoice);
        HBox orderRow = new HBox(8, datesLike, orderChoice);
        orderRow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);

        ListView<String> preview = new ListView<>();
        preview.setId("chatPreview");
        preview.setPlaceholder(new Label(Words.get("paste.nothingRead")));
        ListView<String> notRead = new ListView<>();
        notRead.setId("chatNotRead");
        notRead.setPrefHeight(110);
        notRead.setPlaceholder(new Label(Words.get("paste.everyLineRead")));
        Label summary = new Label();
        summary.setId("chatSummary");
        summary.getStyleClass().add("row-heading");

        // The buyer's translations, by message text: the preview is read again on every pause in typing.
        java.util.Map<String, String> translations = new java.util.HashMap<>();
        java.util.List<String> shownTexts = new java.util.ArrayList<>();
        TextArea translation = new TextArea();
        translation.setId("chatTranslation");
        translation.setWrapText(true);
        translation.setPrefRowCount(2);
        translation.setPromptText(Words.get("paste.translationPrompt"));
        translation.setAccessibleText(Words.get("paste.translationName"));
        translation.setDisable(true);
        preview.getSelectionModel().selectedIndexProperty().addListener((p, before, now) -> {
            int i = now.intValue();
            translation.setDisable(i < 0 || i >= shownTexts.size());
            translation.setText(i < 0 || i >= shownTexts.size() ? "" : translations.getOrDefault(shownTexts.get(i),
                    ""));
        });
        translation.textProperty().addListener((p, before, now) -> {
            int i = preview.getSelectionModel().getSelectedIndex();
            if (i >= 0 && i < shownTexts.size() && !translation.isDisabled()) {
                if (now.isBlank()) {
                    translations.remove(shownTexts.get(i));
                } else {
                    translations.put(shownTexts.get(i), now);
                }
            }
        });

        VBox left = new VBox(8, pasted, orderRow);
        VBox.setVgrow(pasted, javafx.scene.layout.Priority.ALWAYS);
        VBox right = new VBox(8, summary, preview, new Label(Words.get("paste.translationLabel")), translation,
                new Label(Words.get("paste.notImported")), notRead);
        VBox.setVgrow(preview, javafx.scene.layout.Priority.ALWAYS);
        SplitPane split = new SplitPane(left, right);
        getDialogPane().setContent(split);
        // The header text would otherwise decide the width; a side-by-side preview needs room.
        getDialogPane().setMinSize(960, 600);
        getDialogPane().setPrefSize(1000, 660);
        for (ListView<String> list : java.util.List.of(preview, notRead)) {
            list.setCellFactory(view -> new javafx.scene.control.ListCell<>() {
                @Override
                protected void updateItem(String line, boolean empty) {
                    super.updateItem(line, empty);
                    setText(empty ? null : line);
                    setWrapText(true);
                    setPrefWidth(0);
                }
            });
        }
        getDialogPane().setPadding(new Insets(8));
        getDialogPane().getButtonTypes().setAll(importType, ButtonType.CANCEL);
        getDialogPane().setId("pasteChatDialog");
        Button importButton = (Button) getDialogPane().lookupButton(importType);
        importButton.setId("importChat");
        importButton.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        ButtonBar.setButtonUniformSize(importButton, false);

        ParsedChat[] parsed = {model.preview("", order.get())};
        Runnable refresh = () -> {
            parsed[0] = model.preview(pasted.getText(), order.get());
            shownTexts.clear();
            parsed[0].messages().forEach(m -> shownTexts.add(m.text()));
            preview.getItems().setAll(parsed[0].messages().stream().map(m -> Words.get("paste.previewLine",
                    Dates.time(m.at()), m.authorName() == null ? Words.get(m.author().phrase()) : m.authorName(),
                    m.text().replace('\n', ' ')) + (translations.containsKey(m.text())
                    ? "\n    " + Words.get("paste.previewTranslation", translations.get(m.text())) : "")).toList());
            notRead.getItems().setAll(parsed[0].unparsed().stream().map(u -> Words.get("paste.notReadLine",
                    u.line(), Words.get(u.reason()), u.text())).toList());
            int count = parsed[0].messages().size();
            summary.setText(Words.get("paste.summary", count,
                    Words.get(order.get().inline())));
            importButton.setText(Words.get("paste.importCount", count));
            importButton.setDisable(count == 0);
        };
        // Reading waits for a pause in typing, so a long paste never makes typing lag.
        PauseTransition pause = new PauseTransition(Duration.millis(150));
        pause.setOnFinished(e -> refresh.run());
        pasted.textProperty().addListener((p, before, now) -> pause.playFromStart());
        order.addListener((p, before, now) -> refresh.run());
        refresh.run();
        setResultConverter(button -> {
            if (button != importType) {
                return null;
            }
            refresh.run();
            return parsed[0].withTranslations(translations);
        });
        setOnShown(e -> javafx.application.Platform.runLater(pasted::requestFocus));
    }
}
