package org.casefile.ui.cases;

import java.time.LocalDate;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.casefile.app.CaseDetails;
import org.casefile.domain.Case;
import org.casefile.domain.Deadline;
import org.casefile.domain.DeadlineKind;
import org.casefile.domain.DeadlineState;
import org.casefile.domain.Route;
import org.casefile.domain.Urgency;
import org.casefile.ui.common.Controls;
import org.casefile.ui.common.Dates;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The case's Deadlines tab: the next step, each deadline with its rule and source, the routes to a refund. */
final class DeadlinesPane extends ScrollPane {
    private final Supplier<LocalDate> today;
    private final Label nextStep = new Label();
    private final VBox deadlines = new VBox(10);
    private final VBox routes = new VBox(10);
    private CaseDetails shown;

    DeadlinesPane(Supplier<LocalDate> today, Consumer<Long> addToCalendar) {
        this.today = today;
        nextStep.setId("nextStep");
        nextStep.getStyleClass().add("next-step");
        nextStep.setWrapText(true);
        nextStep.setMaxWidth(Double.MAX_VALUE);
        nextStep.setGraphic(new FontIcon(Feather.ARROW_RIGHT_CIRCLE));
        Button calendar = new Button("Add to calendar…", new FontIcon(Feather.CALENDAR));
        calendar.setId("addCaseToCalendar");
        calendar.setOnAction(e -> {
            if (shown != null) {
                addToCalendar.accept(shown.theCase().id());
            }
        });
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Controls.keepWhole(calendar);
        HBox deadlinesTitle = new HBox(10, sectionTitle("Deadlines"), gap, calendar);
        deadlinesTitle.setAlignment(Pos.CENTER_LEFT);
        VBox next = new VBox(12, nextStep, deadlinesTitle, deadlines, sectionTitle("Routes to a refund"), routes);
        next.setPadding(new Insets(16, 24, 16, 24));
        setContent(next);
        setFitToWidth(true);
    }

    private static Label sectionTitle(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("form-section");
        return label;
    }

    void show(CaseDetails details) {
        shown = details;
        Case c = details.theCase();
        LocalDate now = today.get();
        nextStep.setText(details.nextStep() == null ? "This case is finished: nothing more to do."
                : "Next: " + details.nextStep().action()
                + (details.nextStep().by() == null ? "." : " — by " + Dates.day(details.nextStep().by()) + " ("
                + Dates.fromToday(details.nextStep().by(), now) + ").")
                + "\nSource: " + details.nextStep().source().label() + ".");
        deadlines.getChildren().clear();
        if (details.deadlines().isEmpty()) {
            deadlines.getChildren().add(new Label("Add the buyer-protection end date from the order page to see "
                    + "your deadlines."));
        }
        boolean openNow = !c.status().isFinished() && Urgency.openDisputeNow(details.deadlines(), now);
        for (Deadline d : details.deadlines()) {
            boolean urgent = openNow && d.kind() == DeadlineKind.OPEN_DISPUTE_BY;
            DeadlineState state = urgent ? DeadlineState.DUE_SOON : d.state(now);
            String when = urgent ? "protection ends within two weeks: open it now" : switch (state) {
                case DONE -> d.doneText();
                case MISSED -> "missed";
                default -> Dates.fromToday(d.date(), now);
            };
            deadlines.getChildren().add(row(switch (state) {
                case DONE -> Feather.CHECK_CIRCLE;
                case MISSED, DUE_SOON -> Feather.ALERT_TRIANGLE;
                case UPCOMING -> Feather.CALENDAR;
            }, Dates.day(d.date()) + "  —  " + d.kind().label() + "  (" + when + ")",
                    d.kind().rule() + " Source: " + d.kind().source().label() + ".\n" + d.source(), switch (state) {
                        case DONE -> "done";
                        case MISSED -> "missed";
                        case DUE_SOON -> "soon";
                        case UPCOMING -> "";
                    }));
        }
        routes.getChildren().clear();
        for (Route r : details.routes()) {
            routes.getChildren().add(row(r.eligible() ? Feather.CHECK : Feather.X, r.route().label()
                    + (r.eligible() ? "" : " — not open"), r.reason() + "\nSource: " + r.source().label() + ".",
                    r.eligible() ? "open" : "closed"));
        }
    }

    private static HBox row(Feather icon, String heading, String detail, String styleClass) {
        Label top = new Label(heading);
        top.getStyleClass().add("row-heading");
        Label bottom = new Label(detail);
        bottom.getStyleClass().add("row-detail");
        bottom.setWrapText(true);
        FontIcon glyph = new FontIcon(icon);
        glyph.getStyleClass().add("row-icon");
        HBox row = new HBox(12, glyph, new VBox(2, top, bottom));
        row.getStyleClass().add("info-row");
        if (!styleClass.isEmpty()) {
            row.getStyleClass().add(styleClass);
        }
        return row;
    }
}
