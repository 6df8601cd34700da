package org.casefile.ui.dashboard;

import org.casefile.ui.common.Words;
import org.casefile.ui.settings.SettingsDialog;
import java.util.function.LongConsumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import org.casefile.app.AgendaItem;
import org.casefile.domain.DeadlineState;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** "What needs doing": one line per deadline to act on, across all open cases; a click opens the case. */
public final class DashboardView extends BorderPane {

    public DashboardView(DashboardViewModel model, LongConsumer openCase, Runnable addToCalendar,
                         Runnable editSettings) {
        setId("dashboard");
        getStyleClass().add("dashboard");
        Label title = new Label(Words.get("dashboard.title"));
        title.getStyleClass().add("case-title");
        Label subtitle = new Label(Words.get("dashboard.subtitle"));
        subtitle.getStyleClass().add("case-subtitle");
        subtitle.setWrapText(true);

        Button calendar = new Button(Words.get("dashboard.calendar"), new FontIcon(Feather.CALENDAR));
        calendar.setId("addAllToCalendar");
        calendar.setOnAction(e -> addToCalendar.run());
        Button settings = new Button(Words.get("dashboard.deadlineSettings"), new FontIcon(Feather.SETTINGS));
        settings.setId("deadlineSettings");
        settings.getStyleClass().add("flat");
        settings.setOnAction(e -> editSettings.run());
        // The window's language: here until the main window's menus have a Settings entry.
        Button language = new Button(Words.get("dashboard.language"), new FontIcon(Feather.GLOBE));
        language.setId("languageSettings");
        language.getStyleClass().add("flat");
        language.setOnAction(e -> new SettingsDialog(getScene().getWindow()).showAndWait());
        org.casefile.ui.common.Controls.keepWhole(calendar, settings, language);
        // Wraps when the pane beside the list is narrow (French on a 900-pixel screen): a row would hold the pane
        // wider than the window and put its right part out of reach.
        javafx.scene.layout.FlowPane actions = new javafx.scene.layout.FlowPane(10, 8, calendar, settings, language);
        actions.setAlignment(Pos.CENTER_LEFT);

        VBox header = new VBox(4, title, subtitle, actions);
        VBox.setMargin(actions, new Insets(10, 0, 0, 0));
        header.setPadding(new Insets(18, 24, 12, 24));
        header.getStyleClass().add("case-header");

        ListView<AgendaItem> list = new ListView<>(model.items());
        list.setId("agenda");
        list.setAccessibleText(Words.get("dashboard.title"));
        list.setCellFactory(view -> new AgendaCell(model));
        Label empty = new Label(Words.get("dashboard.empty"));
        empty.setWrapText(true);
        empty.getStyleClass().add("placeholder");
        empty.setPadding(new Insets(24));
        list.setPlaceholder(empty);
        list.setOnMouseClicked(e -> open(list, openCase));
        list.setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER) {
                open(list, openCase);
            }
        });

        Label notice = new Label();
        notice.setId("dashboardNotice");
        notice.getStyleClass().add("notice");
        notice.setWrapText(true);
        notice.textProperty().bind(model.noticeProperty());
        notice.managedProperty().bind(notice.textProperty().isNotEmpty());
        notice.setPadding(new Insets(8, 24, 8, 24));

        setTop(header);
        setCenter(list);
        setBottom(notice);
    }

    private static void open(ListView<AgendaItem> list, LongConsumer openCase) {
        AgendaItem chosen = list.getSelectionModel().getSelectedItem();
        if (chosen != null) {
            openCase.accept(chosen.caseId());
        }
    }

    /** Two lines: what to do and by when (red when due soon or missed), then which order it is. */
    private static final class AgendaCell extends ListCell<AgendaItem> {
        private final DashboardViewModel model;

        AgendaCell(DashboardViewModel model) {
            this.model = model;
        }

        @Override
        protected void updateItem(AgendaItem item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            Text what = new Text(AgendaWords.sentence(item, model.today()));
            what.getStyleClass().add("what");
            Label which = new Label(Words.get("dashboard.which", Words.get(item.platform().phrase()), item.item()));
            which.getStyleClass().add("row-detail");
            FontIcon icon = new FontIcon(switch (item.state()) {
                case MISSED, DUE_SOON -> Feather.ALERT_TRIANGLE;
                default -> Feather.CALENDAR;
            });
            icon.getStyleClass().add("row-icon");
            VBox text = new VBox(2, what, which);
            HBox.setHgrow(text, Priority.ALWAYS);
            text.setMinWidth(0);
            if (getListView() != null) {
                // Wrap within the list's width rather than cutting the sentence off.
                what.wrappingWidthProperty().bind(getListView().widthProperty().subtract(80));
            }
            Region spacer = new Region();
            HBox row = new HBox(12, icon, text, spacer);
            row.getStyleClass().add("agenda-row");
            if (item.state() == DeadlineState.MISSED) {
                row.getStyleClass().add("missed");
            } else if (item.state() == DeadlineState.DUE_SOON) {
                row.getStyleClass().add("soon");
            }
            setText(null);
            setGraphic(row);
            setPrefWidth(0);
            setAccessibleText(what.getText());
        }
    }
}
