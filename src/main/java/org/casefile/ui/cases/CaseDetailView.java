package org.casefile.ui.cases;

import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.beans.property.SimpleObjectProperty;
import org.casefile.app.CaseDetails;
import org.casefile.app.TimelineEntry;
import org.casefile.domain.Case;
import org.casefile.domain.CaseStatus;
import org.casefile.ui.common.Controls;
import org.casefile.ui.common.Dates;
import org.casefile.ui.common.ScrollToFocus;
import org.casefile.ui.common.Words;
import org.casefile.ui.compare.CompareView;
import org.casefile.ui.compare.CompareViewModel;
import org.casefile.ui.export.ExportView;
import org.casefile.ui.export.ExportViewModel;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.casefile.ui.evidence.EvidenceView;
import org.casefile.ui.evidence.EvidenceViewModel;
import org.casefile.ui.messages.MessagesView;
import org.casefile.ui.messages.MessagesViewModel;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The selected case: header with status and delete, then its facts, deadlines, routes and timeline. */
public final class CaseDetailView extends StackPane {
    private final CaseDetailViewModel model;
    private final Label title = new Label();
    private final Label subtitle = new Label();
    /** Where the recorded statuses contradict the case's dates or facts, in plain words; hidden when none. */
    private final Label flags = new Label();
    private final SimpleObjectProperty<CaseStatus> status = new SimpleObjectProperty<>();
    private final DeadlinesPane deadlines;
    private final ListView<TimelineEntry> timeline = new ListView<>();
    private final Button save = new Button(Words.get("case.save"), new FontIcon(Feather.CHECK));
    private boolean showingStatus;
    private java.util.function.LongConsumer onDelete = caseId -> { };
    private java.util.function.Consumer<Long> addToCalendar = caseId -> { };
    private final ClaimDescriptionViewModel claim;
    private final MessagesViewModel messages;
    private final EvidenceView evidenceView;
    private final EvidenceViewModel evidence;
    private final CompareView compareView;
    private final CompareViewModel compare;
    private final ExportView exportView;
    private final ExportViewModel export;
    private Stage exportWindow;

    public CaseDetailView(CaseDetailViewModel model, ClaimDescriptionViewModel claim, MessagesViewModel messages,
                          EvidenceView evidenceView, EvidenceViewModel evidence, CompareView compareView,
                          CompareViewModel compare, ExportView exportView, ExportViewModel export,
                          Supplier<LocalDate> today) {
        this.model = model;
        this.exportView = exportView;
        this.export = export;
        this.compareView = compareView;
        this.compare = compare;
        this.evidenceView = evidenceView;
        this.evidence = evidence;
        this.claim = claim;
        this.messages = messages;
        this.deadlines = new DeadlinesPane(today, caseId -> addToCalendar.accept(caseId));
        getStyleClass().add("case-detail");

        BorderPane content = new BorderPane();
        content.setTop(header());
        content.setCenter(tabs());
        getChildren().add(content);

        model.detailsProperty().addListener((p, before, now) -> show(now));
        show(model.detailsProperty().get());
        status.addListener((p, before, now) -> {
            if (!showingStatus && now != null) {
                askStatusChange(before, now);
            }
        });
    }

    public void setOnAddToCalendar(java.util.function.Consumer<Long> addToCalendar) {
        this.addToCalendar = addToCalendar;
    }

    /** Hears the id of a case the user confirmed to delete. */
    public void setOnDelete(java.util.function.LongConsumer onDelete) {
        this.onDelete = onDelete;
    }

    private VBox header() {
        title.setId("caseTitle");
        title.getStyleClass().add("case-title");
        title.setWrapText(true);
        subtitle.getStyleClass().add("case-subtitle");
        subtitle.setWrapText(true);

        ComboBox<CaseStatus> statusBox = WindowChoices.of(CaseStatus.values(), status, "statusBox");
        // As wide as its longest status in the window's language: "Dispute opened" is never cut to "Dispute ope…".
        statusBox.setMaxWidth(Region.USE_PREF_SIZE);
        statusBox.setMinWidth(Region.USE_PREF_SIZE);
        Label statusLabel = new Label(Words.get("case.status"));
        statusLabel.setMinWidth(Region.USE_PREF_SIZE);
        statusLabel.setLabelFor(statusBox);
        statusBox.setAccessibleText(Words.get("case.statusName"));
        statusBox.setAccessibleHelp(Words.get("case.statusHelp"));

        Button delete = new Button(Words.get("case.delete"), new FontIcon(Feather.TRASH_2));
        delete.setId("deleteCase");
        delete.getStyleClass().addAll("danger", "flat");
        delete.setMinWidth(Region.USE_PREF_SIZE);
        delete.setOnAction(e -> confirmDelete());
        delete.setTooltip(new javafx.scene.control.Tooltip(Words.get("case.deleteTip")));
        delete.setAccessibleHelp(Words.get("case.deleteHelp"));

        Button exportPacket = new Button(Words.get("case.export"), new FontIcon(Feather.DOWNLOAD));
        exportPacket.setId("openExport");
        exportPacket.getStyleClass().add("accent");
        exportPacket.setMinWidth(Region.USE_PREF_SIZE);
        exportPacket.setOnAction(e -> openExport());
        exportPacket.setTooltip(new javafx.scene.control.Tooltip(Words.get("case.exportTip")));
        exportPacket.setAccessibleHelp(Words.get("case.exportHelp"));

        Button returned = new Button(Words.get("case.return"), new FontIcon(Feather.CORNER_UP_LEFT));
        returned.setId("recordReturnOpen");
        returned.setMinWidth(Region.USE_PREF_SIZE);
        returned.setOnAction(e -> askReturn());
        returned.setAccessibleHelp(Words.get("case.returnHelp"));

        javafx.scene.layout.FlowPane actions = ActionLine.of(new HBox(10, statusLabel, statusBox),
                returned, exportPacket, delete);

        flags.setId("statusFlags");
        // The same amber box as the messages' reminder not to confirm receipt.
        flags.getStyleClass().add("reminder");
        flags.setWrapText(true);
        flags.setGraphic(new FontIcon(Feather.ALERT_TRIANGLE));
        flags.managedProperty().bind(flags.visibleProperty());
        flags.setVisible(false);
        VBox header = new VBox(4, title, subtitle, flags, actions);
        header.getStyleClass().add("case-header");
        header.setPadding(new Insets(18, 24, 12, 24));
        VBox.setMargin(actions, new Insets(10, 0, 0, 0));
        return header;
    }

    private TabPane tabs() {
        CaseFormView form = new CaseFormView(model.form());
        ScrollPane formScroll = new ScrollPane(form);
        formScroll.setFitToWidth(true);
        // Narrower than the form's least width (French, 900 pixels) the form scrolls sideways inside the pane.
        formScroll.setMinWidth(0);
        ScrollToFocus.install(formScroll);
        form.setPadding(new Insets(16, 24, 16, 24));

        save.setId("saveCase");
        save.getStyleClass().add("accent");
        save.setDefaultButton(false);
        save.setAccessibleHelp(Words.get("case.saveHelp"));
        save.disableProperty().bind(model.form().dirtyProperty().not().or(model.busyProperty()));
        save.setOnAction(e -> save(form));
        Button revert = new Button(Words.get("case.revert"));
        revert.setId("revertCase");
        revert.disableProperty().bind(model.form().dirtyProperty().not());
        revert.setOnAction(e -> model.revert());
        Label notice = new Label();
        notice.setId("notice");
        notice.getStyleClass().add("notice");
        notice.textProperty().bind(model.noticeProperty());
        notice.setWrapText(true);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Controls.wrapBeside(notice);
        Controls.keepWhole(revert, save);
        HBox bar = new HBox(10, notice, spacer, ActionLine.buttons(revert, save));
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("action-bar");
        bar.setPadding(new Insets(10, 24, 10, 24));

        BorderPane overview = new BorderPane(formScroll);
        overview.setBottom(bar);

        timeline.setId("timeline");
        timeline.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(TimelineEntry entry, boolean empty) {
                super.updateItem(entry, empty);
                if (empty || entry == null) {
                    setGraphic(null);
                    return;
                }
                // The words in a label of their own beside the icon: a cell's own wrapped text forgets the icon's
                // width when it measures its height, and cut long messages short.
                Label words = new Label(Dates.time(entry.at()) + "   " + said(entry));
                words.setWrapText(true);
                words.setMinHeight(Region.USE_PREF_SIZE);
                org.casefile.ui.common.WindowFonts.forAnyScript(words, entry.text());
                HBox row = new HBox(8, new FontIcon(switch (entry.type()) {
                    case "message" -> Feather.MESSAGE_CIRCLE;
                    case "offer" -> Feather.TAG;
                    case "deadline" -> Feather.CALENDAR;
                    default -> Feather.FLAG;
                }), words);
                row.setAlignment(Pos.TOP_LEFT);
                setGraphic(row);
                setPrefWidth(0);
            }
        });
        timeline.setPlaceholder(new Label(Words.get("case.timelineEmpty")));

        TabPane tabs = new TabPane(
                tab("overview", Feather.FILE_TEXT, overview),
                tab("evidence", Feather.IMAGE, evidenceView),
                tab("compare", Feather.COLUMNS, compareView),
                tab("deadlines", Feather.CALENDAR, deadlines),
                tab("description", Feather.EDIT_3, new ClaimDescriptionView(claim)),
                tab("messages", Feather.MESSAGE_CIRCLE, new MessagesView(messages)),
                tab("timeline", Feather.CLOCK, timeline));
        tabs.setId("caseTabs");
        // Seven tab names in French are wider than a case pane beside the list on a small screen: the names that
        // do not fit go to the tab list's menu (its arrow at the right) instead of pushing the pane past the window.
        tabs.setMinWidth(0);
        // A chat copied from the order page and pasted in the evidence view goes to the messages' paste dialog.
        evidenceView.setOnPastedText(text -> new org.casefile.ui.messages.PasteChatDialog(getScene().getWindow(),
                messages, text).showAndWait().ifPresent(messages::importChat));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setAccessibleText(Words.get("case.tabs"));
        tabs.setAccessibleHelp(Words.get("case.tabsHelp"));
        compareView.setOnEditDifferences(() -> tabs.getSelectionModel().select(tabs.getTabs().stream()
                .filter(t -> t.getId().equals("tab-description")).findFirst().orElseThrow()));
        return tabs;
    }

    /** A timeline line in the window's language; one Casefile did not write (none today) as it came. */
    static String said(TimelineEntry entry) {
        return entry.phrase() != null ? Words.get(entry.phrase()) : entry.text();
    }

    /** Words only: five tabs with icons do not fit beside the case list, and the words say more. */
    private static Tab tab(String id, Feather icon, javafx.scene.Node content) {
        Tab tab = new Tab(Words.get("case.tab." + id), content);
        tab.setId("tab-" + id);
        return tab;
    }

    private void show(CaseDetails details) {
        if (details == null) {
            if (exportWindow != null) {
                exportWindow.hide();
            }
            return;
        }
        Case c = details.theCase();
        title.setText(c.facts().item());
        String order = Words.get("case.order", Words.get(c.facts().platform().phrase()), c.facts().orderNumber());
        subtitle.setText(String.join("  ·  ", java.util.stream.Stream.of(order, c.facts().seller(),
                Words.money(c.facts().paid()), Words.get(c.facts().claim().phrase()))
                .filter(java.util.Objects::nonNull).toList()));
        showingStatus = true;
        status.set(c.status());
        showingStatus = false;

        flags.setText(String.join("\n", details.flagPhrases().stream().map(Words::get).toList()));
        flags.setVisible(!details.flagPhrases().isEmpty());
        claim.show(details);
        messages.show(details);
        evidence.show(details);
        compare.show(details);
        export.show(details);
        if (exportWindow != null && exportWindow.isShowing()) {
            exportWindow.setTitle(exportTitle(c));
            exportView.activate();
        }
        deadlines.show(details);
        timeline.getItems().setAll(details.timeline());
    }

    /**
     * The export in a window of its own beside the case: the preview needs room the case pane does not have, and
     * the buyer can keep it open while adding what the checklist says is missing.
     */
    public void openExport() {
        CaseDetails details = model.detailsProperty().get();
        if (details == null) {
            return;
        }
        if (exportWindow == null) {
            exportWindow = new Stage();
            if (getScene() != null) {
                exportWindow.initOwner(getScene().getWindow());
            }
            Scene scene = new Scene(exportView);
            org.casefile.ui.common.ScreenFit.place(exportWindow, Double.NaN, Double.NaN, 1120, 760);
            if (getScene() != null) {
                scene.getStylesheets().setAll(getScene().getStylesheets());
            }
            exportWindow.setScene(scene);
            exportWindow.setOnHidden(e -> exportView.deactivate());
            scene.getAccelerators().put(new javafx.scene.input.KeyCodeCombination(javafx.scene.input.KeyCode.ESCAPE),
                    exportWindow::hide);
        }
        if (getScene() != null && getScene().getWindow() instanceof Stage main) {
            exportWindow.getIcons().setAll(main.getIcons());
        }
        exportWindow.setTitle(exportTitle(details.theCase()));
        exportWindow.show();
        exportWindow.toFront();
        exportView.activate();
    }

    private static String exportTitle(Case c) {
        return Words.get("case.exportTitle", Words.get(c.facts().platform().phrase()), c.facts().orderNumber());
    }

    /** Asks when and why, then records; cancelling puts the old status back in the box. */
    private void askStatusChange(CaseStatus before, CaseStatus chosen) {
        javafx.application.Platform.runLater(() -> {
            StatusDialog dialog = new StatusDialog(getScene() == null ? null : getScene().getWindow(), chosen,
                    model.now());
            Optional<StatusDialog.Change> change = dialog.showAndWait();
            if (change.isPresent()) {
                StatusDialog.Change c = change.get();
                model.changeStatus(c.status(), c.outcome(), c.note(), c.at());
            } else {
                showingStatus = true;
                status.set(before);
                showingStatus = false;
            }
        });
    }

    private void askReturn() {
        CaseDetails shown = model.detailsProperty().get();
        if (shown == null) {
            return;
        }
        new ReturnDialog(getScene() == null ? null : getScene().getWindow(), shown.theCase().facts().returned())
                .showAndWait().ifPresent(model::recordReturn);
    }

    /** Asks first (Cancel is the default), then hands the case to whoever deletes it with Undo. */
    public void confirmDelete() {
        CaseDetails details = model.detailsProperty().get();
        if (details == null) {
            return;
        }
        Case c = details.theCase();
        ButtonType delete = new ButtonType(Words.get("case.deleteTitle"), ButtonBar.ButtonData.OK_DONE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "", delete, ButtonType.CANCEL);
        alert.setTitle(Words.get("case.deleteTitle"));
        alert.setHeaderText(Words.get("case.deleteHeader", Words.get(c.facts().platform().phrase()),
                c.facts().orderNumber()));
        alert.setContentText(Words.get("case.deleteText", c.folder().toString()));
        if (getScene() != null) {
            alert.initOwner(getScene().getWindow());
        }
        // Enter must not delete: Cancel is the default button.
        ((Button) alert.getDialogPane().lookupButton(delete)).setDefaultButton(false);
        ((Button) alert.getDialogPane().lookupButton(ButtonType.CANCEL)).setDefaultButton(true);
        alert.getDialogPane().setId("deleteCaseDialog");
        Optional<ButtonType> answer = alert.showAndWait();
        if (answer.isPresent() && answer.get() == delete) {
            onDelete.accept(c.id());
        }
    }

    /** Saves the form, for the Ctrl+S shortcut. */
    public void saveIfChanged() {
        if (!save.isDisabled()) {
            save.fire();
        }
    }

    private void save(CaseFormView form) {
        model.save();
        if (model.form().hasErrors()) {
            form.focusFirstError();
        }
    }
}
