package org.casefile.ui.cases;

import org.casefile.ui.common.Words;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.transformation.SortedList;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.casefile.domain.CaseSummary;
import org.casefile.domain.Deadline;
import org.casefile.ui.common.Dates;
import org.casefile.ui.common.HeaderWidths;

/** The sortable table of cases. */
public final class CaseListView extends TableView<CaseSummary> {
    /** On a small screen the case pane takes what it needs and the list keeps enough to read its rows. */
    private static final double MIN_WIDTH = 300;

    public CaseListView(CaseListViewModel model, Supplier<LocalDate> today) {
        setId("caseTable");
        getStyleClass().addAll("case-table", atlantafx.base.theme.Styles.DENSE, atlantafx.base.theme.Styles.STRIPED);
        SortedList<CaseSummary> sorted = new SortedList<>(model.shown());
        sorted.comparatorProperty().bind(comparatorProperty());
        setItems(sorted);
        setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        setMinWidth(MIN_WIDTH);
        setAccessibleText(Words.get("caseList.name"));
        setAccessibleHelp(Words.get("caseList.help"));

        TableColumn<CaseSummary, String> platform = column(Words.get("caseList.platform"),
                s -> Words.get(s.platform().phrase()), 80);
        TableColumn<CaseSummary, String> order = column(Words.get("caseList.order"), CaseSummary::orderNumber, 100);
        TableColumn<CaseSummary, String> item = column(Words.get("caseList.item"), CaseSummary::item, 120);
        TableColumn<CaseSummary, String> status = column(Words.get("caseList.status"), s -> Words.get(s.status().phrase()), 80);
        TableColumn<CaseSummary, Deadline> next = new TableColumn<>(Words.get("caseList.nextDeadline"));
        next.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(row.getValue().nextDeadline()));
        next.setComparator(Comparator.nullsLast(Comparator.comparing(Deadline::date)));
        next.setPrefWidth(90);
        next.setCellFactory(column -> new TableCell<>() {
            @Override
            protected void updateItem(Deadline deadline, boolean empty) {
                super.updateItem(deadline, empty);
                getStyleClass().removeAll("deadline-soon");
                if (empty || deadline == null) {
                    setText(null);
                    setTooltip(null);
                    return;
                }
                LocalDate now = today.get();
                setText(Dates.due(deadline.date(), now));
                setTooltip(new javafx.scene.control.Tooltip(Words.get("caseList.deadlineTip", Words.get(deadline.kind().phrase()),
                        Dates.day(deadline.date()), Dates.fromToday(deadline.date(), now), Words.get(deadline.kind().rulePhrase()))));
                if (!deadline.date().isAfter(now.plusDays(3))) {
                    getStyleClass().add("deadline-soon");
                }
            }
        });
        // Order numbers and items give way first when the list is narrow; the other columns keep at least their
        // header's words (layoutChildren), and the list never gets narrower than its columns' floors together.
        order.setMinWidth(64);
        item.setMinWidth(80);
        getColumns().setAll(java.util.List.of(platform, order, item, status, next));
        getSortOrder().add(next);

        // Until the list is read (after the window's first frame) the empty table says so, not "no match".
        Label placeholder = new Label(Words.get(model.loadedProperty().get() ? "caseList.noMatch" : "caseList.reading"));
        model.loadedProperty().addListener((p, was, loaded) ->
                placeholder.setText(Words.get(loaded ? "caseList.noMatch" : "caseList.reading")));
        placeholder.getStyleClass().add("placeholder");
        setPlaceholder(placeholder);
    }

    /** Once the headers have their font: no column narrower than its header's words (see {@link HeaderWidths}). */
    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        if (HeaderWidths.fit(this)) {
            setMinWidth(Math.max(MIN_WIDTH, HeaderWidths.floor(this)));
            super.layoutChildren();
        }
    }

    private static TableColumn<CaseSummary, String> column(String title, Function<CaseSummary, String> value,
                                                           double width) {
        TableColumn<CaseSummary, String> column = new TableColumn<>(title);
        column.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(value.apply(row.getValue())));
        column.setPrefWidth(width);
        return column;
    }
}
