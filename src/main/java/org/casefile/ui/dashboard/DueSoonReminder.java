package org.casefile.ui.dashboard;

import org.casefile.ui.common.Words;
import atlantafx.base.controls.Notification;
import atlantafx.base.theme.Styles;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.layout.StackPane;
import javafx.util.Duration;
import org.casefile.app.AgendaItem;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * While the app runs, says so when a deadline falls due within three days: once per deadline per run, checked at
 * start and every half hour (dates change at midnight while the app stays open).
 */
public final class DueSoonReminder {
    private static final Duration EVERY = Duration.minutes(30);
    private static final double WIDTH = 420;
    private static final double MARGIN = 12;

    private final DashboardViewModel dashboard;
    private final StackPane host;
    private final Runnable showHome;
    /** The width of the case list, the only thing the reminder may cover (never the case pane's evidence). */
    private final javafx.beans.value.ObservableDoubleValue room;
    private final Set<String> told = new HashSet<>();
    private Timeline timer;

    public DueSoonReminder(DashboardViewModel dashboard, StackPane host, javafx.beans.value.ObservableDoubleValue room,
                           Runnable showHome) {
        this.dashboard = dashboard;
        this.host = host;
        this.room = room;
        this.showHome = showHome;
    }

    /** Announces what the home view's last refresh found due soon, and refreshes it every half hour. */
    public void start() {
        dashboard.dueSoon().addListener((javafx.collections.ListChangeListener<AgendaItem>) change ->
                remind(List.copyOf(dashboard.dueSoon())));
        remind(List.copyOf(dashboard.dueSoon()));
        timer = new Timeline(new KeyFrame(EVERY, e -> dashboard.refresh()));
        timer.setCycleCount(Timeline.INDEFINITE);
        timer.play();
    }

    public void stop() {
        if (timer != null) {
            timer.stop();
        }
    }

    private void remind(List<AgendaItem> dueSoon) {
        List<AgendaItem> fresh = dueSoon.stream()
                .filter(i -> told.add(i.caseId() + "/" + i.deadline().kind().id())).toList();
        if (fresh.isEmpty()) {
            return;
        }
        host.getChildren().removeIf(node -> "dueSoon".equals(node.getId()));
        AgendaItem first = fresh.get(0);
        String lead = fresh.size() > 1 ? Words.get("dueSoon.many", fresh.size())
                : first.now() ? Words.get("dueSoon.now") : Words.get("dueSoon.one");
        String text = lead + "\n" + AgendaWords.sentence(first, dashboard.today())
                + (fresh.size() > 1 ? "\n" + Words.get("dueSoon.more", fresh.size() - 1) : "");
        Notification notification = new Notification(text, new FontIcon(Feather.BELL));
        notification.setId("dueSoon");
        notification.getStyleClass().addAll(Styles.WARNING, Styles.ELEVATED_2);
        // As wide as the list allows (its rows stay in view above), taller when its words wrap in a narrow list.
        javafx.beans.binding.DoubleBinding width = javafx.beans.binding.Bindings.createDoubleBinding(
                () -> Math.min(WIDTH, room.get() - 2 * MARGIN), room);
        notification.prefWidthProperty().bind(width);
        notification.maxWidthProperty().bind(width);
        notification.setMaxHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        Button show = new Button(Words.get("dueSoon.show"));
        show.setId("dueSoonShow");
        show.setOnAction(e -> {
            host.getChildren().remove(notification);
            showHome.run();
        });
        // The notification's own close mark is not a button (mouse only): Dismiss is the keyboard's way to close it.
        Button dismiss = new Button(Words.get("dueSoon.dismiss"));
        dismiss.setId("dueSoonDismiss");
        dismiss.setOnAction(e -> host.getChildren().remove(notification));
        notification.setPrimaryActions(show, dismiss);
        notification.setOnClose(e -> host.getChildren().remove(notification));
        // Bottom left, over the end of the case list: never over a Save button, the home view's actions or evidence.
        StackPane.setAlignment(notification, Pos.BOTTOM_LEFT);
        StackPane.setMargin(notification, new Insets(MARGIN));
        host.getChildren().add(notification);
    }
}
