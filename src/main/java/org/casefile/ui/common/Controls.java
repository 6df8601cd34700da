package org.casefile.ui.common;

import java.time.LocalDate;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.ListCell;
import javafx.util.StringConverter;
import org.casefile.domain.Choice;

/** Small factories for controls used across views, so each is set up the same way everywhere. */
public final class Controls {
    private Controls() {
    }

    /** A section heading inside a form or dialog. */
    /**
     * Buttons and menus keep their whole label when space runs short ("New case", never "Ne…"): the text beside
     * them wraps instead.
     */
    public static void keepWhole(javafx.scene.layout.Region... controls) {
        for (javafx.scene.layout.Region control : controls) {
            control.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
    }

    /**
     * Room around a dialog's own content, in line with its header's words: the theme leaves the content touching the
     * dialog's left and right edges.
     */
    public static javafx.geometry.Insets dialogContent() {
        return new javafx.geometry.Insets(10, 14, 0, 14);
    }

    /** A message beside buttons: takes the room left and wraps onto more lines rather than pushing them out. */
    public static void wrapBeside(javafx.scene.control.Label message) {
        message.setWrapText(true);
        message.setMinWidth(0);
        message.setMaxWidth(Double.MAX_VALUE);
        javafx.scene.layout.HBox.setHgrow(message, javafx.scene.layout.Priority.ALWAYS);
    }

    public static javafx.scene.control.Label heading(String text) {
        javafx.scene.control.Label label = new javafx.scene.control.Label(text);
        label.getStyleClass().add("form-section");
        return label;
    }

    /** A quieter line that explains, wrapping to the width it is given. */
    public static javafx.scene.control.Label hint(String text) {
        javafx.scene.control.Label label = new javafx.scene.control.Label(text);
        label.getStyleClass().add("row-detail");
        label.setWrapText(true);
        return label;
    }

    /** A text field bound to the form's value, with an id for tests and a prompt that doubles as its name. */
    public static javafx.scene.control.TextField text(StringProperty bound, String id, String prompt) {
        javafx.scene.control.TextField field = new javafx.scene.control.TextField();
        field.textProperty().bindBidirectional(bound);
        field.setId(id);
        field.setPromptText(prompt);
        return field;
    }

    /** A drop-down of a closed set of values, showing their labels. */
    public static <T extends Choice> ComboBox<T> choice(T[] values, ObjectProperty<T> bound, String id) {
        ComboBox<T> box = new ComboBox<>();
        box.getItems().setAll(values);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : Words.label(value);
            }

            @Override
            public T fromString(String text) {
                return null;
            }
        });
        box.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(T value, boolean empty) {
                super.updateItem(value, empty);
                setText(empty || value == null ? "" : Words.label(value));
            }
        });
        box.valueProperty().bindBidirectional(bound);
        box.setId(id);
        box.setMaxWidth(Double.MAX_VALUE);
        return box;
    }

    /**
     * A date picker typed and shown in the window's language ("30.10.2026"), whose form value stays ISO
     * (2026-10-30): text that cannot be read reaches the form as typed, so validation can say what is wrong, and a
     * date picked from the calendar fills the text.
     */
    public static DatePicker date(StringProperty bound, String id) {
        DatePicker picker = new DatePicker();
        picker.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate date) {
                return Typing.date(date);
            }

            @Override
            public LocalDate fromString(String text) {
                return text == null || text.isBlank() ? null : Typing.readDate(text).orElse(picker.getValue());
            }
        });
        javafx.scene.control.TextField editor = picker.getEditor();
        editor.setText(Typing.showIso(bound.get()));
        picker.setValue(Typing.readDate(bound.get()).orElse(null));
        editor.textProperty().addListener((property, before, now) -> {
            String iso = Typing.isoDate(now);
            if (!iso.equals(bound.get())) {
                bound.set(iso);
            }
        });
        bound.addListener((property, before, now) -> {
            if (!Typing.isoDate(editor.getText()).equals(now == null ? "" : now.strip())) {
                editor.setText(Typing.showIso(now));
            }
            LocalDate parsed = Typing.readDate(now).orElse(null);
            // Not while the buyer types: a new value rewrites the editor in the language's shape, and "2026. 10. 3"
            // (already a date in Korean) would become "2026. 10. 3." under the caret before the "0" arrives. The
            // picker takes the typed date when the field is left.
            if (editor.isFocused()) {
                return;
            }
            if (parsed != null && !parsed.equals(picker.getValue()) || now == null || now.isBlank()) {
                picker.setValue(parsed);
            }
        });
        picker.valueProperty().addListener((property, before, now) -> {
            if (now != null && !now.toString().equals(bound.get())) {
                bound.set(now.toString());
            }
        });
        picker.setPromptText(Typing.datePrompt());
        picker.setId(id);
        picker.setMaxWidth(Double.MAX_VALUE);
        return picker;
    }
}
