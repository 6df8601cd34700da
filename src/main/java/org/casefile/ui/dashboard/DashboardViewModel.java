package org.casefile.ui.dashboard;

import org.casefile.ui.common.Words;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.casefile.app.AgendaItem;
import org.casefile.app.AgendaService;
import org.casefile.app.CalendarFile;
import org.casefile.domain.DeadlineSettings;
import org.casefile.ui.common.BackgroundExecutor;
import org.casefile.ui.common.Messages;

/** The home view: what needs action across all cases, soonest first, and the calendar export of it. */
public final class DashboardViewModel {
    /** A to-do list longer than this helps nobody; the case list has the rest. */
    public static final int SHOWN = 60;

    private final AgendaService agenda;
    private final BackgroundExecutor executor;
    private final ObservableList<AgendaItem> items = FXCollections.observableArrayList();
    private final ObservableList<AgendaItem> dueSoon = FXCollections.observableArrayList();
    private final StringProperty notice = new SimpleStringProperty("");
    private LocalDate today;
    /** A case deleted with Undo still offered: its deadlines are not shown. */
    private Long hidden;

    public DashboardViewModel(AgendaService agenda, BackgroundExecutor executor) {
        this.agenda = agenda;
        this.executor = executor;
        this.today = agenda.today();
    }

    public ObservableList<AgendaItem> items() {
        return items;
    }

    public StringProperty noticeProperty() {
        return notice;
    }

    public LocalDate today() {
        return today;
    }

    /** Deadlines due within three days, as of the last refresh: what the reminder announces. */
    public ObservableList<AgendaItem> dueSoon() {
        return dueSoon;
    }

    public void refresh() {
        executor.submit(() -> agenda.overview(SHOWN), this::show, failure -> notice.set(Messages.of(failure)));
    }

    /** Shows deadlines read elsewhere (the window reads them with the case list, in one pass). */
    public void show(AgendaService.Overview loaded) {
        today = agenda.today();
        items.setAll(visible(loaded.needsAction()));
        dueSoon.setAll(visible(loaded.dueSoon()));
    }

    /** Leaves one case's deadlines out from the next refresh on (null: none). */
    public void hide(Long caseId) {
        hidden = caseId;
    }

    private List<AgendaItem> visible(List<AgendaItem> loaded) {
        Long gone = hidden;
        return gone == null ? loaded : loaded.stream().filter(i -> i.caseId() != gone).toList();
    }

    /** Writes every upcoming deadline of every open case (or of one case) to an iCalendar file. */
    public void exportCalendar(Path file, Long caseId, Consumer<Integer> done) {
        executor.submit(() -> {
            List<AgendaItem> pending = visible(agenda.pending().stream()
                    .filter(i -> caseId == null || i.caseId() == caseId).toList());
            return CalendarFile.write(pending, agenda.libraryId(), agenda.today(), agenda.now(), file);
        }, written -> {
            notice.set(Words.get("dashboard.calendarSaved", written, file.getFileName().toString()));
            done.accept(written);
        }, failure -> notice.set(Messages.of(failure)));
    }

    /** Reads the settings in the background, then hands them to {@code then} on the FX thread. */
    public void settings(Consumer<DeadlineSettings> then) {
        executor.submit(agenda::settings, then, failure -> notice.set(Messages.of(failure)));
    }

    public void saveSettings(DeadlineSettings settings, Runnable then) {
        executor.submit(() -> {
            agenda.saveSettings(settings);
            return settings;
        }, saved -> {
            notice.set(Words.get("dashboard.settingsSaved"));
            then.run();
        }, failure -> notice.set(Messages.of(failure)));
    }
}
