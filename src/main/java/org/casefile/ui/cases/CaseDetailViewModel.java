package org.casefile.ui.cases;

import org.casefile.ui.common.Words;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.casefile.app.CaseDetails;
import org.casefile.app.CaseService;
import org.casefile.domain.CaseStatus;
import org.casefile.domain.Outcome;
import org.casefile.ui.common.BackgroundExecutor;
import org.casefile.ui.common.Messages;

/** The selected case: its facts in an editable form, its status, deadlines and routes. */
public final class CaseDetailViewModel {
    private final CaseService cases;
    private final BackgroundExecutor executor;
    private final CaseFormViewModel form = new CaseFormViewModel();
    private final ObjectProperty<CaseDetails> details = new SimpleObjectProperty<>();
    private final StringProperty notice = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private Runnable onCaseChanged = () -> { };

    public CaseDetailViewModel(CaseService cases, BackgroundExecutor executor) {
        this.cases = cases;
        this.executor = executor;
    }

    public CaseFormViewModel form() {
        return form;
    }

    public ReadOnlyObjectProperty<CaseDetails> detailsProperty() {
        return details;
    }

    /** A short sentence about the last action: "Saved.", or what went wrong. */
    public StringProperty noticeProperty() {
        return notice;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    /** Called after a save or status change, so the list can refresh. */
    public void setOnCaseChanged(Runnable onCaseChanged) {
        this.onCaseChanged = onCaseChanged;
    }

    public boolean isShowing(long caseId) {
        return details.get() != null && details.get().theCase().id() == caseId;
    }

    public void show(Long caseId) {
        if (caseId == null) {
            details.set(null);
            return;
        }
        run(() -> cases.details(caseId), loaded -> {
            details.set(loaded);
            form.load(loaded.theCase().facts());
            notice.set("");
        });
    }

    /** Saves the edited facts when they are valid; otherwise the form shows what is wrong and nothing is saved. */
    public void save() {
        CaseDetails current = details.get();
        if (current == null || !form.validate(cases.today())) {
            notice.set(current == null ? "" : Words.get("detail.notSaved"));
            return;
        }
        long id = current.theCase().id();
        run(() -> {
            cases.update(id, form.input());
            return cases.details(id);
        }, saved -> {
            details.set(saved);
            form.load(saved.theCase().facts());
            notice.set(Words.get("notice.saved"));
            onCaseChanged.run();
        });
    }

    public java.time.LocalDateTime now() {
        return cases.now();
    }

    /** Reads the shown case again after something changed it elsewhere (a message, an offer). */
    public void reload() {
        CaseDetails current = details.get();
        if (current != null) {
            long id = current.theCase().id();
            run(() -> cases.details(id), loaded -> {
                details.set(loaded);
                onCaseChanged.run();
            });
        }
    }

    public void revert() {
        CaseDetails current = details.get();
        if (current != null) {
            form.load(current.theCase().facts());
            notice.set("");
        }
    }

    public void changeStatus(CaseStatus status, Outcome outcome, String note, java.time.LocalDateTime at) {
        CaseDetails current = details.get();
        if (current == null || status == null || (status == current.theCase().status() && outcome == null)) {
            return;
        }
        long id = current.theCase().id();
        run(() -> {
            cases.changeStatus(id, status, outcome, at, note);
            return cases.details(id);
        }, changed -> {
            details.set(changed);
            String now = Words.get("detail.statusNow", Words.get(status.phrase()));
            notice.set(changed.flagPhrases().isEmpty() ? now : now + " " + Words.get("detail.statusNote",
                    String.join(" ", changed.flagPhrases().stream().map(Words::get).toList())));
            onCaseChanged.run();
        });
    }

    /** Records how the buyer tried to send the goods back. */
    public void recordReturn(org.casefile.domain.ReturnAttempt attempt) {
        CaseDetails current = details.get();
        if (current == null || attempt == null) {
            return;
        }
        long id = current.theCase().id();
        run(() -> {
            cases.recordReturn(id, attempt);
            return cases.details(id);
        }, changed -> {
            details.set(changed);
            notice.set(Words.get("detail.returnRecorded"));
            onCaseChanged.run();
        });
    }

    private <T> void run(java.util.concurrent.Callable<T> work, java.util.function.Consumer<T> done) {
        busy.set(true);
        executor.submit(work, result -> {
            busy.set(false);
            done.accept(result);
        }, failure -> {
            busy.set(false);
            notice.set(Messages.of(failure));
        });
    }
}
