package org.casefile.ui.export;

import javafx.beans.property.ObjectProperty;
import javafx.scene.control.ComboBox;
import javafx.util.StringConverter;
import org.casefile.domain.text.Language;
import org.casefile.ui.common.Words;

/** The packet's language, each named in itself; a Section 75 letter is English whatever is chosen. */
final class LanguageChoice {
    private LanguageChoice() {
    }

    static ComboBox<Language> of(ObjectProperty<Language> bound) {
        ComboBox<Language> box = new ComboBox<>();
        box.setId("exportLanguage");
        box.getItems().setAll(Language.values());
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(Language value) {
                return value == null ? "" : value.ownName();
            }

            @Override
            public Language fromString(String text) {
                return null;
            }
        });
        box.valueProperty().bindBidirectional(bound);
        box.setAccessibleText(Words.get("export.language"));
        return box;
    }
}
