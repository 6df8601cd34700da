package org.casefile.ui.cases;

import javafx.beans.property.ObjectProperty;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.util.StringConverter;
import org.casefile.domain.Choice;
import org.casefile.ui.common.Controls;
import org.casefile.ui.common.Words;

/**
 * {@link Controls#choice} with each value named in the window's language ("Litige ouvert", not "Dispute opened"),
 * in the list and in the closed box. Belongs in {@code Controls.choice} once that file is free to change.
 */
public final class WindowChoices {
    private WindowChoices() {
    }

    public static <T extends Choice> ComboBox<T> of(T[] values, ObjectProperty<T> bound, String id) {
        ComboBox<T> box = Controls.choice(values, bound, id);
        StringConverter<T> names = new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : Words.get(value.phrase());
            }

            @Override
            public T fromString(String text) {
                return null;
            }
        };
        box.setConverter(names);
        box.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(T value, boolean empty) {
                super.updateItem(value, empty);
                setText(empty ? "" : names.toString(value));
            }
        });
        return box;
    }
}
