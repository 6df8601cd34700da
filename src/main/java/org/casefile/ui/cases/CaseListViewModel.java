package org.casefile.ui.cases;

import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.casefile.app.SearchService;
import org.casefile.domain.CaseSummary;
import org.casefile.ui.common.BackgroundExecutor;
import org.casefile.ui.common.Messages;

/**
 * The case list: every case of the library, narrowed by the filter text through full-text search (items, order
 * numbers, sellers, platform, claim, status, messages, captions). Only the answer to the latest text is applied.
 */
public final class CaseListViewModel {
    private final SearchService search;
    private final BackgroundExecutor executor;
    private final ObservableList<CaseSummary> all = FXCollections.observableArrayList();
    private final FilteredList<CaseSummary> shown = new FilteredList<>(all);
    private final StringProperty filter = new SimpleStringProperty("");
    private final BooleanProperty empty = new SimpleBooleanProperty(false);
    private final BooleanProperty loaded = new SimpleBooleanProperty(false);
    private final StringProperty problem = new SimpleStringProperty("");

    private boolean reloading;
    /** The cases the filter text matches, or null when there is no filter. */
    private java.util.Set<Long> matching;
    /** A case deleted with Undo still offered: out of sight, though its rows are still there. */
    private Long hidden;

    private long filterTicket;

    public CaseListViewModel(SearchService search, BackgroundExecutor executor) {
        this.search = search;
        this.executor = executor;
        filter.addListener((property, before, now) -> applyFilter(now));
    }

    private void applyFilter(String text) {
        long ticket = ++filterTicket;
        if (text == null || text.isBlank()) {
            matching = null;
            applyPredicate();
            return;
        }
        executor.submit(() -> search.matchingCases(text), ids -> {
            if (ticket == filterTicket) {
                matching = ids;
                applyPredicate();
            }
        }, failure -> problem.set(Messages.of(failure)));
    }

    private void applyPredicate() {
        java.util.Set<Long> ids = matching;
        Long gone = hidden;
        shown.setPredicate(ids == null && gone == null ? null
                : summary -> (ids == null || ids.contains(summary.id())) && (gone == null || summary.id() != gone));
    }

    private void updateEmpty() {
        empty.set(total() == 0);
    }

    /** Keeps one case out of the list (null: none), as if it were deleted already. */
    public void hide(Long caseId) {
        hidden = caseId;
        applyPredicate();
        if (loaded.get()) {
            updateEmpty();
        }
    }

    public ObservableList<CaseSummary> shown() {
        return shown;
    }

    public StringProperty filterProperty() {
        return filter;
    }

    /** True when the library has no case at all (not merely none matching the filter). */
    public ReadOnlyBooleanProperty emptyProperty() {
        return empty;
    }

    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded;
    }

    public StringProperty problemProperty() {
        return problem;
    }

    /** True while the rows are being replaced: selection changes then are not the user's doing. */
    public boolean isReloading() {
        return reloading;
    }

    public int total() {
        return (int) all.stream().filter(summary -> hidden == null || summary.id() != hidden).count();
    }

    /** Shows the rows read (the window reads them with the home view's deadlines, in one pass: AgendaService.board). */
    public void show(List<CaseSummary> list) {
        reloading = true;
        try {
            all.setAll(list);
        } finally {
            reloading = false;
        }
        updateEmpty();
        loaded.set(true);
        problem.set("");
        applyFilter(filter.get());
    }
}
