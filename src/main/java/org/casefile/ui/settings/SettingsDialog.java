package org.casefile.ui.settings;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.casefile.domain.text.Language;
import org.casefile.ui.common.LanguageSetting;
import org.casefile.ui.common.Words;

/**
 * Settings: the window's language, following the computer's unless chosen here. The views are built once, so a new
 * language shows from the next start (the dialog says so) rather than half the window changing at once.
 */
public final class SettingsDialog extends Dialog<Optional<Language>> {
    /** The choice "follow the computer" is the empty one. */
    private static final Optional<Language> COMPUTER = Optional.empty();

    public SettingsDialog(Window owner) {
        if (owner != null) {
            initOwner(owner);
        }
        setTitle(Words.get("settings.title"));
        setHeaderText(Words.get("settings.header"));
        Optional<LanguageSetting> setting = Words.setting();

        List<Optional<Language>> choices = new ArrayList<>();
        choices.add(COMPUTER);
        for (Language language : Language.values()) {
            choices.add(Optional.of(language));
        }
        ComboBox<Optional<Language>> language = new ComboBox<>();
        language.getItems().setAll(choices);
        language.setId("windowLanguage");
        language.setAccessibleText(Words.get("settings.language"));
        language.setConverter(new StringConverter<>() {
            @Override
            public String toString(Optional<Language> choice) {
                return choice == null ? "" : choice.map(Language::ownName).orElseGet(() ->
                        Words.get("settings.followComputer", Language.of(Words.computerLocale()).ownName()));
            }

            @Override
            public Optional<Language> fromString(String text) {
                return COMPUTER;
            }
        });
        language.setValue(setting.flatMap(LanguageSetting::chosen));
        Label label = new Label(Words.get("settings.language"));
        label.setLabelFor(language);
        Label nextStart = new Label(Words.get("settings.nextStart"));
        nextStart.setWrapText(true);
        nextStart.setMaxWidth(420);
        Label problem = new Label();
        problem.getStyleClass().add("field-error");
        problem.setId("settingsProblem");
        problem.setWrapText(true);
        VBox content = new VBox(8, label, language, nextStart, problem);
        content.setPadding(org.casefile.ui.common.Controls.dialogContent());
        getDialogPane().setContent(content);
        getDialogPane().setId("settingsDialog");

        ButtonType save = new ButtonType(Words.get("settings.save"), ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().setAll(save, ButtonType.CANCEL);
        Button saveButton = (Button) getDialogPane().lookupButton(save);
        saveButton.setId("saveSettings");
        saveButton.addEventFilter(ActionEvent.ACTION, event -> {
            try {
                if (setting.isPresent()) {
                    setting.get().choose(language.getValue());
                }
            } catch (IOException e) {
                problem.setText(Words.get("settings.notSaved", e.getMessage()));
                event.consume();
            }
        });
        setResultConverter(button -> button == save ? language.getValue() : null);
    }
}
