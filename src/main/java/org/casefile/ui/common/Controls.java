package org.casefile.ui.common;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
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
     * A date picker whose typed text is the form's value (ISO, e.g. 2026-10-01): what the user typed reaches
     * validation as typed, and a date picked from the calendar fills the text.
     */
    public static DatePicker date(StringProperty bound, String id) {
        DatePicker picker = new DatePicker();
        picker.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate date) {
                return date == null ? "" : date.toString();
            }

            @Override
            public LocalDate fromString(String text) {
                try {
                    return text == null || text.isBlank() ? null : LocalDate.parse(text.strip());
                } catch (DateTimeParseException e) {
                    return picker.getValue();
                }
            }
        });
        picker.getEditor().textProperty().bindBidirectional(bound);
        picker.setPromptText("YYYY-MM-DD");
        picker.setId(id);
        picker.setMaxWidth(Double.MAX_VALUE);
        picker.valueProperty().addListener((property, before, now) -> {
            if (now != null && !now.toString().equals(bound.get())) {
                bound.set(now.toString());
            }
        });
        bound.addListener((property, before, now) -> {
            try {
                LocalDate parsed = now == null || now.isBlank() ? null : LocalDate.parse(now.strip());
                if (parsed == null || !parsed.equals(picker.getValue())) {
                    picker.setValue(parsed);
                }
            } catch (DateTimeParseException e) {
                // keep the typed text; validation will say what is wrong
            }
        });
        return picker;
    }
}
