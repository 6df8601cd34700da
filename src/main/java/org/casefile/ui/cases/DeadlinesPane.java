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
import org.casefile.domain.NextStep;
import org.casefile.domain.Route;
import org.casefile.domain.Urgency;
import org.casefile.ui.common.Controls;
import org.casefile.ui.common.Dates;
import org.casefile.ui.common.Words;
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
        Button calendar = new Button(Words.get("deadlines.calendar"), new FontIcon(Feather.CALENDAR));
        calendar.setId("addCaseToCalendar");
        calendar.setOnAction(e -> {
            if (shown != null) {
                addToCalendar.accept(shown.theCase().id());
            }
        });
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Controls.keepWhole(calendar);
        HBox deadlinesTitle = new HBox(10, sectionTitle(Words.get("deadlines.title")), gap, calendar);
        deadlinesTitle.setAlignment(Pos.CENTER_LEFT);
        VBox next = new VBox(12, nextStep, deadlinesTitle, deadlines, sectionTitle(Words.get("deadlines.routes")), routes);
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
        nextStep.setText(nextStepText(details, now));
        deadlines.getChildren().clear();
        if (details.deadlines().isEmpty()) {
            deadlines.getChildren().add(new Label(Words.get("deadlines.none")));
        }
        boolean openNow = !c.status().isFinished() && Urgency.openDisputeNow(details.deadlines(), now);
        for (Deadline d : details.deadlines()) {
            boolean urgent = openNow && d.kind() == DeadlineKind.OPEN_DISPUTE_BY;
            DeadlineState state = urgent ? DeadlineState.DUE_SOON : d.state(now);
            String when = urgent ? Words.get("deadlines.openNow") : switch (state) {
                case DONE -> Words.get(d.doneTextPhrase());
                case MISSED -> Words.get("deadlines.missed");
                default -> Dates.fromToday(d.date(), now);
            };
            // The date follows the rule's name ("Open the dispute by 20 Dec 2026"); the heading wraps, never cut.
            deadlines.getChildren().add(row(switch (state) {
                case DONE -> Feather.CHECK_CIRCLE;
                case MISSED, DUE_SOON -> Feather.ALERT_TRIANGLE;
                case UPCOMING -> Feather.CALENDAR;
            }, Words.get("deadlines.line", Words.get(d.kind().phrase()), Dates.day(d.date()), when),
                    Words.get("deadlines.rule", Words.get(d.kind().rulePhrase()), Words.get(d.kind().source().phrase()),
                            Words.get(d.sourcePhrase())), switch (state) {
                        case DONE -> "done";
                        case MISSED -> "missed";
                        case DUE_SOON -> "soon";
                        case UPCOMING -> "";
                    }));
        }
        routes.getChildren().clear();
        for (Route r : details.routes()) {
            String name = Words.get(r.route().phrase());
            routes.getChildren().add(row(r.eligible() ? Feather.CHECK : Feather.X,
                    r.eligible() ? name : Words.get("deadlines.routeClosed", name),
                    Words.get("deadlines.because", Words.get(r.reasonPhrase()), Words.get(r.source().phrase())),
                    r.eligible() ? "open" : "closed"));
        }
    }

    /** "Next: … — by 20 Dec 2026 (in 3 days)." and the rule's source, or that the case is finished. */
    private static String nextStepText(CaseDetails details, LocalDate now) {
        NextStep step = details.nextStep();
        if (step == null) {
            return Words.get("deadlines.finished");
        }
        String action = Words.get(step.actionPhrase());
        String source = Words.get(step.source().phrase());
        return step.by() == null ? Words.get("deadlines.next", action, source)
                : Words.get("deadlines.nextBy", action, Dates.day(step.by()), Dates.fromToday(step.by(), now), source);
    }

    private static HBox row(Feather icon, String heading, String detail, String styleClass) {
        Label top = new Label(heading);
        top.getStyleClass().add("row-heading");
        top.setWrapText(true);
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
