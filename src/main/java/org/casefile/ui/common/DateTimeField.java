package org.casefile.ui.common;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import javafx.beans.property.SimpleStringProperty;
import javafx.geometry.Pos;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import org.casefile.domain.CasefileException;

/** A date (with its calendar) and a time, as the dialogs that record when something happened ask for them. */
public final class DateTimeField extends HBox {
    private final SimpleStringProperty day;
    private final TextField time;

    public DateTimeField(LocalDateTime initial, String id) {
        super(8);
        setAlignment(Pos.CENTER_LEFT);
        day = new SimpleStringProperty(initial.toLocalDate().toString());
        DatePicker date = Controls.date(day, id + "Date"); // not window text
        time = new TextField(String.format("%02d:%02d", initial.getHour(), initial.getMinute()));
        time.setId(id + "Time"); // not window text
        time.setPrefColumnCount(5);
        time.setAccessibleText(Words.get("dateTime.time"));
        getChildren().addAll(date, time);
    }

    /** The date and time entered; a clear message when either cannot be read. */
    public LocalDateTime value() {
        try {
            return LocalDate.parse(day.get().strip()).atTime(LocalTime.parse(time.getText().strip()));
        } catch (DateTimeParseException | NullPointerException e) {
            throw new CasefileException(Words.get("dateTime.unreadable", Typing.date(LocalDate.of(2026, 10, 5))));
        }
    }
}
