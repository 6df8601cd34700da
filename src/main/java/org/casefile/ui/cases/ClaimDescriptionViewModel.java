package org.casefile.ui.cases;

import org.casefile.ui.common.Words;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.casefile.app.CaseDetails;
import org.casefile.app.ClaimService;
import org.casefile.domain.DescriptionWriter;
import org.casefile.domain.Discrepancy;
import org.casefile.ui.common.BackgroundExecutor;
import org.casefile.ui.common.Messages;

/**
 * The discrepancy rows of the shown case and the description for the dispute form. Until the buyer saves their
 * own words, the description is a draft that follows the rows.
 */
public final class ClaimDescriptionViewModel {
    private final ClaimService claims;
    private final BackgroundExecutor executor;
    private final ObservableList<Discrepancy> rows = FXCollections.observableArrayList();
    final StringProperty attribute = new SimpleStringProperty("");
    final StringProperty advertised = new SimpleStringProperty("");
    final StringProperty received = new SimpleStringProperty("");
    private final StringProperty description = new SimpleStringProperty("");
    private final BooleanProperty edited = new SimpleBooleanProperty();
    private final BooleanProperty saved = new SimpleBooleanProperty();
    private final StringProperty notice = new SimpleStringProperty("");
    private CaseDetails details;
    private boolean writing;

    public ClaimDescriptionViewModel(ClaimService claims, BackgroundExecutor executor) {
        this.claims = claims;
        this.executor = executor;
        description.addListener((p, before, now) -> {
            if (!writing) {
                edited.set(true);
            }
        });
    }

    public ObservableList<Discrepancy> rows() {
        return rows;
    }

    public StringProperty descriptionProperty() {
        return description;
    }

    /** True when the text differs from what is saved. */
    public BooleanProperty editedProperty() {
        return edited;
    }

    /** True when the buyer has saved a description of their own for this case. */
    public BooleanProperty savedProperty() {
        return saved;
    }

    public StringProperty noticeProperty() {
        return notice;
    }

    /** Shows a case; unsaved edits to the same case's description survive a reload of its details. */
    public void show(CaseDetails shown) {
        boolean sameCase = details != null && details.theCase().id() == shown.theCase().id();
        details = shown;
        rows.setAll(shown.discrepancies());
        if (sameCase && edited.get()) {
            return;
        }
        saved.set(shown.description() != null);
        write(shown.description() != null ? shown.description() : draft());
        notice.set(saved.get() ? "" : Words.get("claim.draftNotice"));
        if (!sameCase) {
            attribute.set("");
            advertised.set("");
            received.set("");
        }
    }

    public void add() {
        if (details == null) {
            return;
        }
        long caseId = details.theCase().id();
        String a = attribute.get();
        String b = advertised.get();
        String c = received.get();
        executor.submit(() -> claims.addDiscrepancy(caseId, a, b, c), row -> {
            rows.add(row);
            attribute.set("");
            advertised.set("");
            received.set("");
            notice.set("");
            followRows();
        }, failure -> notice.set(Messages.of(failure)));
    }

    public void update(Discrepancy row) {
        executor.submit(() -> {
            claims.updateDiscrepancy(row);
            return row;
        }, updated -> {
            rows.replaceAll(r -> r.id() == updated.id() ? updated : r);
            followRows();
        }, failure -> {
            notice.set(Messages.of(failure));
            rows.setAll(claims.discrepancies(row.caseId()));
        });
    }

    public void remove(Discrepancy row) {
        executor.submit(() -> {
            claims.removeDiscrepancy(row.caseId(), row.id());
            return row;
        }, removed -> {
            rows.removeIf(r -> r.id() == removed.id());
            followRows();
        }, failure -> notice.set(Messages.of(failure)));
    }

    /** Replaces the text with a fresh draft (the view asks first when that would lose the buyer's words). */
    public void redraft() {
        write(draft());
        edited.set(saved.get()); // differs from the saved text, if there is one
        notice.set(Words.get("claim.newDraft"));
    }

    public void save() {
        if (details == null) {
            return;
        }
        long caseId = details.theCase().id();
        String text = description.get();
        executor.submit(() -> {
            claims.saveDescription(caseId, text);
            return text;
        }, done -> {
            edited.set(false);
            saved.set(true);
            notice.set(Words.get("notice.saved"));
        }, failure -> notice.set(Messages.of(failure)));
    }

    private void followRows() {
        if (!saved.get() && !edited.get()) {
            write(draft());
        }
    }

    /** Drafted in the window's language: the buyer reads it and pastes it into a form in their own. */
    private String draft() {
        return DescriptionWriter.draft(details.theCase().facts(), rows, details.history(),
                DescriptionWriter.kindsOf(details.evidence()), Words.language());
    }

    private void write(String text) {
        writing = true;
        try {
            description.set(text);
        } finally {
            writing = false;
        }
        edited.set(false);
    }
}
