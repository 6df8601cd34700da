package org.casefile.app;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.casefile.domain.CaseSummary;
import org.casefile.domain.Deadline;
import org.casefile.domain.DeadlineSettings;
import org.casefile.domain.DeadlineState;
import org.casefile.store.Database;

/** Deadlines across all cases: the home view's to-do list, the {@code deadlines} command and calendar files. */
public final class AgendaService {
    /** Missed deadlines older than this are history, not a to-do. */
    static final int MISSED_SHOWN_DAYS = 30;

    private final Database database;
    private final Clock clock;

    public AgendaService(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The present on the agenda's clock: what calendar files are stamped with. */
    public java.time.Instant now() {
        return clock.instant();
    }

    /**
     * Every deadline still to act on (missed ones included), soonest first: of every open case, and the payment
     * routes left to a case the marketplace closed without a refund.
     */
    public List<AgendaItem> pending() {
        LocalDate today = today();
        List<AgendaItem> items = new ArrayList<>();
        database.read(session -> {
            CasePass.everyCase(session, (c, deadlines) -> CasePass.agenda(c, deadlines, today, items));
            return null;
        });
        return soonestFirst(items);
    }

    private static List<AgendaItem> soonestFirst(List<AgendaItem> items) {
        items.sort(Comparator.comparing((AgendaItem i) -> i.deadline().date()).thenComparing(i -> i.deadline().kind())
                .thenComparing(AgendaItem::caseId));
        return items;
    }

    /**
     * The home view, soonest first, at most {@code max}: every upcoming deadline, and of the missed ones (within
     * {@link #MISSED_SHOWN_DAYS} days) only each case's latest: once protection has ended, "open the dispute by"
     * adds nothing.
     */
    public List<AgendaItem> needsAction(int max) {
        return needsAction(pending(), max);
    }

    /** The home view and the reminder from one pass over the library. */
    public Overview overview(int max) {
        List<AgendaItem> pending = pending();
        return new Overview(needsAction(pending, max), dueSoon(pending));
    }

    public record Overview(List<AgendaItem> needsAction, List<AgendaItem> dueSoon) {
    }

    /**
     * The case list's rows and the home view (at most {@code max}) from one read of the library: what the window
     * shows at start and after every change.
     */
    public Board board(int max) {
        LocalDate today = today();
        List<CaseSummary> rows = new ArrayList<>();
        List<AgendaItem> items = new ArrayList<>();
        database.read(session -> {
            CasePass.everyCase(session, (c, deadlines) -> {
                rows.add(CasePass.row(c, deadlines, today));
                CasePass.agenda(c, deadlines, today, items);
            });
            return null;
        });
        List<AgendaItem> pending = soonestFirst(items);
        return new Board(rows, new Overview(needsAction(pending, max), dueSoon(pending)));
    }

    /** Every case's row in the case list, and the home view. */
    public record Board(List<CaseSummary> cases, Overview agenda) {
    }

    private List<AgendaItem> needsAction(List<AgendaItem> pending, int max) {
        LocalDate oldest = today().minusDays(MISSED_SHOWN_DAYS);
        Map<Long, AgendaItem> latestMissed = new HashMap<>();
        for (AgendaItem item : pending) {
            if (item.state() == DeadlineState.MISSED && !item.deadline().date().isBefore(oldest)) {
                latestMissed.merge(item.caseId(), item,
                        (a, b) -> a.deadline().date().isAfter(b.deadline().date()) ? a : b);
            }
        }
        return pending.stream()
                .filter(i -> i.state() != DeadlineState.MISSED || latestMissed.get(i.caseId()) == i)
                .limit(max).toList();
    }

    /** Deadlines due within {@link Deadline#DUE_SOON_DAYS} days, for the running app's reminder. */
    public List<AgendaItem> dueSoon() {
        return dueSoon(pending());
    }

    private static List<AgendaItem> dueSoon(List<AgendaItem> pending) {
        return pending.stream().filter(i -> i.state() == DeadlineState.DUE_SOON).toList();
    }

    public DeadlineSettings settings() {
        return database.read(session -> session.settings().deadlineSettings());
    }

    public void saveSettings(DeadlineSettings settings) {
        database.write(session -> {
            session.settings().save(settings);
            return null;
        });
    }

    public String libraryId() {
        return database.read(session -> session.settings().libraryId());
    }
}
