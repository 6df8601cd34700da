package org.casefile.ui;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.casefile.app.Adoption;
import org.casefile.app.EmailService;
import org.casefile.ui.cases.CaseDetailViewModel;
import org.casefile.ui.cases.CaseListViewModel;
import org.casefile.ui.common.BackgroundExecutor;
import org.casefile.ui.common.Messages;
import org.casefile.ui.common.Words;
import org.casefile.ui.common.Scheduler;
import org.casefile.ui.dashboard.DashboardViewModel;

/**
 * The main window without the window: which case is open, the status bar's message, the watch on other writers
 * of the library, emails dropped on the list, and deleting a case with Undo.
 */
public final class MainViewModel {
    /** How often the window asks SQLite whether another process (the command line) wrote to the library. */
    static final Duration WATCH_EVERY = Duration.ofSeconds(3);
    /** How long G1 may collect on its own once the start-up is done (see {@link HeapTrim}). */
    static final Duration TRIM_FOR = Duration.ofSeconds(10);
    /** How long after the first list read G1 collects as soon as the window is idle (see {@link HeapTrim#soon}). */
    static final Duration TRIM_SOON_FOR = Duration.ofSeconds(2);
    /** How long the status bar offers Undo after a delete; the delete is carried out when the offer ends. */
    static final Duration UNDO_FOR = Duration.ofSeconds(12);

    private final AppContext context;
    private final Scheduler scheduler;
    /** Slow housekeeping (the daily backup, walking the case folders) that must not hold up opening cases. */
    private final BackgroundExecutor housekeeping;
    private final CaseListViewModel list;
    private final CaseDetailViewModel detail;
    private final DashboardViewModel dashboard;
    private final ReadOnlyObjectWrapper<Long> openCase = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper undoOffered = new ReadOnlyBooleanWrapper();
    /** True while the status bar shows the case count, which a refresh may then bring up to date. */
    private boolean statusIsCount = true;
    /** SQLite's count of other processes' commits when the window last read the library; -1 before the first. */
    private long seenVersion = -1;
    private boolean asking;
    private Runnable stopWatching = () -> { };
    private Runnable endTrim = () -> { };
    private Runnable endTrimSoon = () -> { };
    /** The case deleted with Undo still offered; its rows and folder stay until the offer ends. */
    private Long pendingDelete;
    private Runnable endUndoOffer = () -> { };
    private boolean closed;
    private boolean listShown;
    private int startUpStepsDone;

    public MainViewModel(AppContext context, Scheduler scheduler) {
        this.context = context;
        this.scheduler = scheduler;
        this.housekeeping = context.executor().lane("casefile-housekeeping");
        this.list = new CaseListViewModel(context.search(), context.executor());
        this.detail = new CaseDetailViewModel(context.cases(), context.executor());
        this.dashboard = new DashboardViewModel(context.agenda(), context.executor());
        detail.setOnCaseChanged(() -> refresh(openCase.get()));
        list.problemProperty().addListener((p, before, now) -> say(now));
    }

    public CaseListViewModel list() {
        return list;
    }

    public CaseDetailViewModel detail() {
        return detail;
    }

    public DashboardViewModel dashboard() {
        return dashboard;
    }

    /** The case the workspace shows, or null for the home view. */
    public ReadOnlyObjectProperty<Long> openCaseProperty() {
        return openCase.getReadOnlyProperty();
    }

    /** The status bar's sentence. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** True while the status bar offers to bring back the case just deleted. */
    public ReadOnlyBooleanProperty undoOfferedProperty() {
        return undoOffered.getReadOnlyProperty();
    }

    /** Shows a sentence in the status bar (blank ones are ignored: they would hide the last real news). */
    public void say(String text) {
        if (text != null && !text.isBlank()) {
            status.set(text);
            statusIsCount = false;
        }
    }

    /** Opens a case in the workspace (null: the home view). */
    public void open(Long caseId) {
        if (java.util.Objects.equals(caseId, openCase.get())) {
            return;
        }
        openCase.set(caseId);
        detail.show(caseId);
    }

    /**
     * Reads the list again, then the home view's deadlines, then opens {@code select} if given. Read before the
     * first list load (the worker runs in order), the library's version makes a later write from elsewhere noticed.
     */
    public void refresh(Long select) {
        if (seenVersion == -1) {
            context.executor().submit(() -> context.cases().changesByOthers(), version -> seenVersion = version,
                    failure -> { });
        }
        // The list's rows and the home view's deadlines come from one read of every case.
        context.executor().submit(() -> context.agenda().board(DashboardViewModel.SHOWN), board -> {
            list.show(board.cases());
            dashboard.show(board.agenda());
            if (!listShown) {
                listShown = true;
                HeapTrim.soon(); // the read's garbage goes now, then collections when idle again
                endTrimSoon = scheduler.after(TRIM_SOON_FOR, () -> {
                    HeapTrim.whenIdle();
                    onHousekeeping(HeapTrim::trimNative); // the JIT's scratch from the read and the first paint
                });
                startUpStepDone();
            }
            if (statusIsCount) {
                int count = list.total();
                status.set(Words.get("main.caseCount", count));
            }
            if (select != null) {
                open(select);
            }
        }, failure -> list.problemProperty().set(Messages.of(failure)));
    }

    /** After the window's first frame: today's backup, files put into case folders by hand, the watch. */
    public void windowShown() {
        // The list read and the folder walk below make the heap grow: from now on it shrinks after each collection.
        HeapTrim.start();
        // At most one copy a day, the newest seven kept; copying a large library takes seconds.
        housekeeping.submit(() -> context.backups().dailyBackup(), done -> { }, failure -> say(Messages.of(failure)));
        // Walking 10,000 case folders takes most of a second.
        housekeeping.submit(() -> context.evidence().filesInCaseFolders(), files -> {
            adopt(files);
            startUpStepDone();
        }, unreadable -> startUpStepDone());
        stopWatching = scheduler.every(WATCH_EVERY, this::checkOtherWriters);
    }

    /**
     * The first list read and the folder walk, the start-up's two big jobs: once both are done, G1 has a few more
     * seconds to hand back what they made the heap grow by, then the trim ends.
     */
    private void startUpStepDone() {
        if (++startUpStepsDone == 2 && !closed) {
            onHousekeeping(HeapTrim::trimNative); // their scratch memory in the C heap goes back now
            endTrim = scheduler.after(TRIM_FOR, () -> onHousekeeping(HeapTrim::done));
        }
    }

    /** The trim's calls may take a moment (the first starts the management server): never on the FX thread. */
    private void onHousekeeping(Runnable work) {
        housekeeping.submit(() -> {
            work.run();
            return null;
        }, done -> { }, failure -> { });
    }

    /** Files put into case folders while Casefile was closed become evidence now. */
    private void adopt(List<Path> files) {
        if (files.isEmpty() || closed) {
            return;
        }
        context.executor().submit(() -> context.evidence().adoptAllUnrecorded(files), this::adopted,
                failure -> say(Messages.of(failure)));
    }

    private void adopted(Adoption adoption) {
        int found = adoption.outcomes().size();
        if (found == 0) {
            return;
        }
        int left = adoption.leftAlone().size();
        say(Words.get("main.adopted", found, adoption.imported())
                + (left == 0 ? "" : " " + Words.get("main.adoptedLeft", left)));
        if (adoption.imported() > 0) {
            refresh(openCase.get());
        }
    }

    /**
     * The command line may write to the library while the window is open: if another process committed since the
     * last look, what is shown from the library is read again (unsaved edits in the form stay as they are).
     */
    public void checkOtherWriters() {
        if (asking || closed) {
            return; // the worker is busy with longer work; ask again next time
        }
        asking = true;
        context.executor().submit(() -> context.cases().changesByOthers(), version -> {
            asking = false;
            if (seenVersion != -1 && version != seenVersion) {
                say(Words.get("main.changedElsewhere"));
                if (openCase.get() != null) {
                    detail.reload();
                } else {
                    refresh(null);
                }
            }
            seenVersion = version;
        }, failure -> asking = false);
    }

    /** Files the dropped emails into the cases they are about, then opens the case opened or joined. */
    public void emailsDropped(List<Path> files) {
        say(Words.get("main.readingEmails", files.size()));
        context.executor().submit(() -> context.emails().importEmails(files, null, o -> { }), outcomes -> {
            List<String> said = new ArrayList<>();
            Long show = null;
            for (EmailService.EmailOutcome o : outcomes) {
                said.add(Words.get(o.summary()));
                String name = o.email().file().getFileName().toString();
                o.skippedPhrases().forEach(part -> said.add(Words.get("main.emailSkipped", name, Words.get(part))));
                if (o.kept()) {
                    show = o.openedCase() != null ? o.openedCase() : context.evidence().caseOf(o.evidenceId());
                }
            }
            say(String.join("  ·  ", said));
            refresh(show != null ? show : openCase.get());
        }, failure -> say(Messages.of(failure)));
    }

    /** After the new-case form: the list without its filter, the new case open. */
    public void created(long caseId, String folder) {
        list.filterProperty().set("");
        refresh(caseId);
        say(Words.get("main.opened", caseId, folder));
    }

    public void openSample() {
        say(Words.get("main.makingSample"));
        context.executor().submit(() -> context.samples().addShowcase(), id -> {
            refresh(id);
            say(Words.get("main.sample"));
        }, failure -> say(Messages.of(failure)));
    }

    /**
     * Deletes a case the user confirmed, with Undo: it leaves the list and the home view at once, but its rows and
     * folder stay until the offer ends (or the window closes), so Undo brings back the very same case and a crash
     * meanwhile loses nothing. The status bar does not name it.
     */
    public void delete(long caseId) {
        carryOutPendingDelete();
        pendingDelete = caseId;
        list.hide(caseId);
        dashboard.hide(caseId);
        if (Long.valueOf(caseId).equals(openCase.get())) {
            open(null);
        }
        dashboard.refresh();
        say(Words.get("main.deleted"));
        undoOffered.set(true);
        endUndoOffer = scheduler.after(UNDO_FOR, this::carryOutPendingDelete);
    }

    /** Brings back the case deleted last, as it was, and opens it. */
    public void undoDelete() {
        Long id = pendingDelete;
        if (id == null) {
            return;
        }
        endOffer();
        list.hide(null);
        dashboard.hide(null);
        refresh(id);
        say(Words.get("main.undone"));
    }

    private void carryOutPendingDelete() {
        Long id = pendingDelete;
        if (id == null) {
            return;
        }
        endOffer();
        context.executor().submit(() -> {
            context.cases().delete(id);
            return id;
        }, deleted -> {
            if (closed) {
                return;
            }
            if (Words.get("main.deleted").equals(status.get())) {
                say(Words.get("main.deletedToTrash"));
            }
            list.hide(null);
            dashboard.hide(null);
            refresh(openCase.get());
        }, failure -> {
            list.hide(null);
            dashboard.hide(null);
            say(Messages.of(failure));
        });
    }

    private void endOffer() {
        pendingDelete = null;
        endUndoOffer.run();
        endUndoOffer = () -> { };
        undoOffered.set(false);
    }

    /**
     * The window closes: the watch stops and a delete still offering Undo is carried out (it was confirmed). The
     * daily backup stops where it is (a large library's copy takes seconds the buyer would wait for a window that
     * is gone; the next start makes it), and the worker finishes queued work before the library closes.
     */
    public void close() {
        stopWatching.run();
        endTrim.run();
        endTrimSoon.run();
        carryOutPendingDelete();
        closed = true;
        context.backups().stopDailyBackup();
        housekeeping.shutdown();
    }
}
