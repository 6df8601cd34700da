package org.casefile.ui;

import atlantafx.base.controls.CustomTextField;
import java.util.List;
import javafx.application.Platform;
import javafx.event.EventHandler;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import org.casefile.domain.CaseSummary;
import org.casefile.ui.cases.CaseDetailView;
import org.casefile.ui.cases.CaseDetailViewModel;
import org.casefile.ui.cases.CaseListView;
import org.casefile.ui.cases.CaseListViewModel;
import org.casefile.ui.cases.ClaimDescriptionViewModel;
import org.casefile.ui.compare.CompareView;
import org.casefile.ui.compare.CompareViewModel;
import org.casefile.ui.evidence.EvidenceView;
import org.casefile.ui.export.ExportView;
import org.casefile.ui.export.ExportViewModel;
import org.casefile.ui.evidence.EvidenceViewModel;
import org.casefile.ui.messages.MessagesViewModel;
import org.casefile.ui.cases.NewCaseDialog;
import org.casefile.ui.common.Messages;
import org.casefile.ui.dashboard.DashboardView;
import org.casefile.ui.dashboard.DashboardViewModel;
import org.casefile.ui.dashboard.DeadlineSettingsDialog;
import org.casefile.ui.dashboard.DueSoonReminder;
import org.casefile.ui.help.AboutDialog;
import org.casefile.ui.help.DisputeGuide;
import org.casefile.ui.library.LibraryViewModel;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The main window's content: header with filter and "New case", the case list, the selected case. */
public final class MainView extends BorderPane {
    private final AppContext context;
    private final CaseListViewModel listModel;
    private final CaseDetailViewModel detailModel;
    private final CaseListView table;
    private final StackPane detailHolder = new StackPane();
    private final DashboardViewModel dashboardModel;
    private final DueSoonReminder reminder;
    private final StackPane center;
    private CaseDetailView detail;
    private StartView start;
    private final CustomTextField filter = new CustomTextField();
    private final Label status = new Label();
    /** SQLite's count of other processes' commits when the window last read the library. */
    private long seenVersion = -1;
    private Runnable stopWatching = () -> { };
    private final LibraryViewModel libraryModel;

    public MainView(AppContext context) {
        this.context = context;
        this.listModel = new CaseListViewModel(context.cases(), context.search(), context.executor());
        this.detailModel = new CaseDetailViewModel(context.cases(), context.executor());
        this.table = new CaseListView(listModel, context.cases()::today);
        this.dashboardModel = new DashboardViewModel(context.agenda(), context.executor());
        this.libraryModel = new LibraryViewModel(context.backups(), context.bundles(), context.executor(),
                Platform::runLater);
        libraryModel.noticeProperty().addListener((p, before, now) -> status.setText(now));
        // Emails dropped on the case list: an order confirmation opens its case, others join the case they name.
        table.setOnDragOver(event -> {
            if (event.getDragboard().hasFiles() && event.getDragboard().getFiles().stream()
                    .anyMatch(f -> org.casefile.app.EmailService.isEmailFile(f.toPath()))) {
                event.acceptTransferModes(javafx.scene.input.TransferMode.COPY);
            }
            event.consume();
        });
        table.setOnDragDropped(event -> {
            boolean files = event.getDragboard().hasFiles();
            if (files) {
                emailsDropped(event.getDragboard().getFiles().stream().map(java.io.File::toPath).toList());
            }
            event.setDropCompleted(files);
            event.consume();
        });
        getStyleClass().add("main-view");

        setTop(header());
        SplitPane workspace = new SplitPane(table, detailHolder);
        workspace.setDividerPositions(0.52);
        // On a small screen the case pane takes what it needs and the list keeps enough to read its rows.
        table.setMinWidth(300);
        workspace.setId("workspace");
        workspace.visibleProperty().bind(listModel.emptyProperty().not());
        filter.disableProperty().bind(listModel.emptyProperty());
        center = new StackPane(workspace);
        setCenter(center);
        DashboardView dashboard = new DashboardView(dashboardModel, this::openCase, () -> addToCalendar(null),
                this::editDeadlineSettings);
        dashboard.visibleProperty().bind(detailModel.detailsProperty().isNull());
        detailHolder.getChildren().add(dashboard);
        reminder = new DueSoonReminder(dashboardModel, center, this::showHome);
        // Built when first needed, so the window appears without waiting for views it may not show yet.
        listModel.emptyProperty().addListener((p, was, empty) -> {
            if (empty) {
                startView();
            }
        });
        sceneProperty().addListener((p, before, scene) -> {
            if (scene != null) {
                scene.windowProperty().addListener((q, none, window) -> {
                    if (window != null && window.isShowing()) {
                        Platform.runLater(this::windowShown);
                    } else if (window != null) {
                        window.addEventHandler(WindowEvent.WINDOW_SHOWN, new EventHandler<>() {
                            @Override
                            public void handle(WindowEvent event) {
                                // Once only, and only while this view is still the window's content.
                                window.removeEventHandler(WindowEvent.WINDOW_SHOWN, this);
                                if (getScene() != null && getScene().getWindow() == window) {
                                    Platform.runLater(MainView.this::windowShown);
                                }
                            }
                        });
                    }
                });
            }
        });
        setBottom(statusBar());

        table.getSelectionModel().selectedItemProperty().addListener((p, before, now) -> {
            if (now == null && !listModel.isReloading()) {
                detailModel.show(null);
            } else if (now != null && !detailModel.isShowing(now.id())) {
                detail();
                detailModel.show(now.id());
            }
        });
        table.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.DELETE && table.getSelectionModel().getSelectedItem() != null) {
                ((Button) detail().lookup("#deleteCase")).fire();
            } else if (event.getCode() == KeyCode.ESCAPE) {
                showHome();
            }
        });
        detailModel.setOnCaseChanged(() -> refresh(selectedId()));
        listModel.problemProperty().addListener((p, before, now) -> status.setText(now));
        listModel.loadedProperty().addListener((p, was, loaded) ->
                StartupTrace.mark("case list filled (" + listModel.total() + " cases)"));
        // Read before the first list load (the worker runs in order): a write from elsewhere after it is noticed.
        context.executor().submit(() -> context.cases().changesByOthers(), version -> seenVersion = version,
                failure -> { });
        refresh(null);
    }

    /** After the first frame: build the case pane, start the reminders, put the keyboard on the list. */
    private void windowShown() {
        detail();
        reminder.start();
        watchOtherWriters();
        table.requestFocus();
        // Today's copy of the database in backups/ (at most one a day, the newest seven kept). On its own thread:
        // copying a large library takes seconds that the worker opening cases should not wait for.
        Thread daily = new Thread(() -> {
            try {
                context.backups().dailyBackup();
            } catch (RuntimeException failure) {
                Platform.runLater(() -> status.setText(Messages.of(failure)));
            }
        }, "casefile-daily-backup");
        daily.setDaemon(true);
        daily.start();
        getScene().getWindow().addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> {
            reminder.stop();
            stopWatching.run();
        });
        adoptDroppedFiles();
    }

    /** Files put into case folders by hand while Casefile was closed become evidence now. */
    private void adoptDroppedFiles() {
        // Walking 10,000 case folders takes most of a second: not on the worker that opens cases.
        Thread scan = new Thread(() -> {
            try {
                java.util.List<java.nio.file.Path> files = context.evidence().filesInCaseFolders();
                if (!files.isEmpty()) {
                    Platform.runLater(() -> adoptDroppedFiles(files));
                }
            } catch (RuntimeException unreadable) {
                // Check files names what cannot be read
            }
            // Start-up (the list of every case, this walk) leaves a heap grown for work that is over; one
            // collection now lets the JVM hand that memory back, so the window stays small while it sits open.
            System.gc();
        }, "casefile-folder-scan");
        scan.setDaemon(true);
        scan.start();
    }

    private void adoptDroppedFiles(java.util.List<java.nio.file.Path> files) {
        if (getScene() == null || getScene().getWindow() == null || !getScene().getWindow().isShowing()) {
            return; // the window closed meanwhile
        }
        context.executor().submit(() -> context.evidence().adoptAllUnrecorded(files), adoption -> {
            if (adoption.outcomes().isEmpty()) {
                return;
            }
            status.setText("Found " + adoption.outcomes().size() + " file" + (adoption.outcomes().size() == 1 ? ""
                    : "s") + " put into case folders: " + adoption.imported() + " added as evidence"
                    + (adoption.leftAlone().isEmpty() ? "." : ", " + adoption.leftAlone().size() + " left where "
                    + (adoption.leftAlone().size() == 1 ? "it is" : "they are") + " (Check files names them)."));
            if (adoption.imported() > 0) {
                refresh(selectedId());
            }
        }, failure -> status.setText(org.casefile.ui.common.Messages.of(failure)));
    }

    /**
     * The command line may write to the library while the window is open (its writes wait on SQLite's busy timeout):
     * every few seconds ask SQLite whether another process committed, and if so show it. Unsaved edits in the form
     * stay as they are; only what is shown from the library is read again.
     */
    private void watchOtherWriters() {
        boolean[] asking = {false};
        javafx.animation.Timeline poll = new javafx.animation.Timeline(new javafx.animation.KeyFrame(
                javafx.util.Duration.seconds(3), e -> {
                    if (asking[0]) {
                        return; // the worker is busy with longer work; ask again next time
                    }
                    asking[0] = true;
                    context.executor().submit(() -> context.cases().changesByOthers(), version -> {
                        asking[0] = false;
                        if (seenVersion != -1 && version != seenVersion) {
                            status.setText("Another Casefile (the command line?) changed this library; shown again.");
                            if (selectedId() != null) {
                                detailModel.reload();
                            } else {
                                refresh(null);
                            }
                        }
                        seenVersion = version;
                    }, failure -> asking[0] = false);
                }));
        poll.setCycleCount(javafx.animation.Animation.INDEFINITE);
        poll.play();
        getScene().getWindow().addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> poll.stop());
    }

    /** Back to "what needs doing". */
    private void showHome() {
        table.getSelectionModel().clearSelection();
        detailModel.show(null);
    }

    private void openCase(long id) {
        if (table.getItems().stream().noneMatch(s -> s.id() == id)) {
            listModel.filterProperty().set("");
        }
        select(id);
    }

    /** Saves upcoming deadlines (of one case, or all with null) as a calendar file the user picks. */
    private void addToCalendar(Long caseId) {
        Window owner = getScene() == null ? null : getScene().getWindow();
        java.nio.file.Path file = context.fileDialogs().askSave(owner, "Add deadlines to your calendar",
                caseId == null ? "casefile-deadlines.ics" : "casefile-case-" + caseId + ".ics", "Calendar files",
                "ics");
        if (file != null) {
            dashboardModel.exportCalendar(file, caseId, written -> status.setText(dashboardModel.noticeProperty()
                    .get()));
        }
    }

    private void editDeadlineSettings() {
        Window owner = getScene() == null ? null : getScene().getWindow();
        dashboardModel.settings(current -> new DeadlineSettingsDialog(owner, current).showAndWait()
                .ifPresent(settings -> dashboardModel.saveSettings(settings, () -> refresh(selectedId()))));
    }

    private CaseDetailView detail() {
        if (detail == null) {
            MessagesViewModel messages = new MessagesViewModel(context.messages(), context.executor());
            messages.setOnChanged(() -> detailModel.reload());
            EvidenceViewModel evidence = new EvidenceViewModel(context.evidence(), context.executor(),
                    javafx.application.Platform::runLater, context.thumbnailFolder())
                    .withRedactions(context.redactions());
            evidence.setOnChanged(() -> detailModel.reload());
            evidence.setEmails(context.emails());
            evidence.setPhone(context.phone());
            CompareViewModel compare = new CompareViewModel(context.claims(), context.pairImages(),
                    context.executor(), context.thumbnailFolder());
            compare.setOnChanged(() -> detailModel.reload());
            CompareView compareView = new CompareView(compare, context::fileDialogs);
            compareView.setOnOpen(item -> context.opener().accept(context.evidence().file(item)));
            ExportViewModel exports = new ExportViewModel(context.exports(), context.executor(), context.previews(),
                    javafx.application.Platform::runLater, file -> context.opener().accept(file))
                    .withKits(context.kits());
            evidence.watchFolders();
            stopWatching = () -> {
                evidence.stopWatching();
                exports.stopPreview();
            };
            detail = new CaseDetailView(detailModel,
                    new ClaimDescriptionViewModel(context.claims(), context.executor()), messages,
                    new EvidenceView(evidence, context::fileDialogs, file -> context.opener().accept(file)), evidence,
                    compareView, compare, new ExportView(exports, context::fileDialogs), exports,
                    context.cases()::today);
            detail.setOnAddToCalendar(this::addToCalendar);
            detail.setAfterDelete(() -> {
                table.getSelectionModel().clearSelection();
                // Whatever the status bar said about that case is out of date now.
                status.setText("Case deleted; its folder is in the library's trash folder.");
            });
            detail.visibleProperty().bind(detailModel.detailsProperty().isNotNull());
            detailHolder.getChildren().add(detail);
        }
        return detail;
    }

    private void startView() {
        if (start == null) {
            start = new StartView(this::newCase, this::openSample, this::restoreBackup, this::openGuide);
            start.visibleProperty().bind(listModel.emptyProperty());
            center.getChildren().add(start);
        }
    }

    /** Keyboard shortcuts: Ctrl+N new case, Ctrl+F filter, Ctrl+S save the open case, Ctrl+E export its packet. */
    public void installShortcuts(Scene scene) {
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN), this::newCase);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN), () -> {
            filter.requestFocus();
            filter.selectAll();
        });
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN),
                () -> detail().saveIfChanged());
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN),
                () -> detail().openExport());
    }

    private HBox header() {
        ImageView logo = new ImageView(AppIcons.of(32));
        logo.setFitWidth(28);
        logo.setPreserveRatio(true);
        Label name = new Label("Casefile");
        name.getStyleClass().add("app-name");

        filter.setId("filter");
        filter.setPromptText("Filter cases (Ctrl+F)");
        filter.setLeft(new FontIcon(Feather.SEARCH));
        filter.setPrefWidth(320);
        filter.setAccessibleText("Filter cases");
        filter.setAccessibleHelp("Type words to find in any case: item, order number, seller, messages. "
                + "Shortcut: Control F; Escape clears it.");
        filter.setTooltip(new Tooltip("Every word must occur somewhere in the case (Ctrl+F; Esc clears)"));
        filter.textProperty().bindBidirectional(listModel.filterProperty());
        filter.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ESCAPE) {
                filter.clear();
            }
        });

        Button home = new Button(null, new FontIcon(Feather.HOME));
        home.setId("home");
        home.getStyleClass().addAll(atlantafx.base.theme.Styles.BUTTON_ICON, atlantafx.base.theme.Styles.FLAT);
        home.setTooltip(new Tooltip("What needs doing (Esc in the case list)"));
        home.setAccessibleText("What needs doing");
        home.setAccessibleHelp("Shows every deadline to act on across your open cases. Escape in the case list.");
        home.setOnAction(e -> showHome());

        Button create = new Button("New case", new FontIcon(Feather.PLUS));
        create.setId("newCase");
        create.getStyleClass().add("accent");
        create.setTooltip(new Tooltip("Open a case for a problem order (Ctrl+N)"));
        create.setAccessibleHelp("Open a case for a problem order. Shortcut: Control N.");
        create.setOnAction(e -> newCase());

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        javafx.scene.control.MenuButton library = libraryMenu();
        javafx.scene.control.MenuButton help = helpMenu();
        org.casefile.ui.common.Controls.keepWhole(name, home, library, help, create);
        // The filter gives up width first on a small screen; the buttons keep their labels.
        filter.setMinWidth(140);
        HBox header = new HBox(12, logo, name, home, spacer, filter, library, help, create);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("app-header");
        header.setPadding(new Insets(10, 16, 10, 16));
        return header;
    }

    /** Back up, restore, and move single cases between libraries: each runs in the background with progress. */
    private javafx.scene.control.MenuButton libraryMenu() {
        javafx.scene.control.MenuItem backup = new javafx.scene.control.MenuItem("Back up library…");
        backup.setId("backupLibrary");
        backup.setOnAction(e -> {
            java.nio.file.Path file = context.fileDialogs().askSave(owner(), "Back up the whole library",
                    "casefile-backup-" + context.cases().today() + ".zip", "Zip files", "zip");
            if (file != null) {
                libraryModel.backup(file);
            }
        });
        javafx.scene.control.MenuItem restore = new javafx.scene.control.MenuItem("Restore backup…");
        restore.setId("restoreBackup");
        restore.setOnAction(e -> restoreBackup());
        javafx.scene.control.MenuItem export = new javafx.scene.control.MenuItem("Export case…");
        export.setId("exportCase");
        export.setOnAction(e -> {
            Long id = selectedId();
            if (id == null) {
                return;
            }
            java.nio.file.Path file = context.fileDialogs().askSave(owner(), "Export this case as a bundle",
                    "casefile-case-" + id + ".zip", "Zip files", "zip");
            if (file != null) {
                libraryModel.exportCase(id, file);
            }
        });
        javafx.scene.control.MenuItem importCase = new javafx.scene.control.MenuItem("Import case…");
        importCase.setId("importCase");
        importCase.setOnAction(e -> {
            java.nio.file.Path file = context.fileDialogs().askOpenZip(owner(), "Import a case bundle");
            if (file != null) {
                libraryModel.importCase(file, id -> {
                    listModel.filterProperty().set("");
                    refresh(id);
                });
            }
        });
        javafx.scene.control.MenuButton menu = new javafx.scene.control.MenuButton("Library",
                new FontIcon(Feather.ARCHIVE), backup, restore, new javafx.scene.control.SeparatorMenuItem(), export,
                importCase);
        menu.setId("libraryMenu");
        menu.setTooltip(new Tooltip("Back up or restore the library; export or import one case"));
        menu.setOnShowing(e -> {
            restore.setDisable(!libraryModel.canRestore());
            export.setDisable(selectedId() == null);
        });
        menu.disableProperty().bind(libraryModel.busyProperty());
        return menu;
    }

    /** Library → Restore backup…, also offered by the start view of an empty library. */
    private void restoreBackup() {
        if (!libraryModel.canRestore()) {
            status.setText("A backup is restored only into an empty library. Open an empty folder with "
                    + "--library and restore there.");
            return;
        }
        java.nio.file.Path file = context.fileDialogs().askOpenZip(owner(), "Restore a Casefile backup");
        if (file != null) {
            libraryModel.restore(file, () -> refresh(null));
        }
    }

    /** The guide and About: menu items in the header, like Library. */
    private javafx.scene.control.MenuButton helpMenu() {
        javafx.scene.control.MenuItem guide = new javafx.scene.control.MenuItem("How a dispute is won");
        guide.setId("helpGuide");
        guide.setOnAction(e -> openGuide());
        javafx.scene.control.MenuItem about = new javafx.scene.control.MenuItem("About Casefile");
        about.setId("helpAbout");
        about.setOnAction(e -> new AboutDialog(owner()).show());
        javafx.scene.control.MenuButton menu = new javafx.scene.control.MenuButton("Help",
                new FontIcon(Feather.HELP_CIRCLE), guide, about);
        menu.setId("helpMenu");
        menu.setTooltip(new Tooltip("How a dispute is won; version and licences"));
        return menu;
    }

    private void openGuide() {
        new DisputeGuide(owner()).show();
    }

    private Window owner() {
        return getScene() == null ? null : getScene().getWindow();
    }

    private HBox statusBar() {
        status.setId("statusBar");
        Label where = new Label(context.libraryRoot().toString());
        where.getStyleClass().add("library-path");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        javafx.scene.control.ProgressBar progress = new javafx.scene.control.ProgressBar();
        progress.setId("jobProgress");
        progress.progressProperty().bind(libraryModel.progressProperty());
        Button cancel = new Button("Cancel");
        cancel.setId("cancelJob");
        cancel.setOnAction(e -> libraryModel.cancel());
        for (javafx.scene.Node node : List.of(progress, cancel)) {
            node.visibleProperty().bind(libraryModel.busyProperty());
            node.managedProperty().bind(libraryModel.busyProperty());
        }
        org.casefile.ui.common.Controls.wrapBeside(status);
        org.casefile.ui.common.Controls.keepWhole(cancel);
        where.setMinWidth(0);
        where.setMaxWidth(360);
        HBox bar = new HBox(12, status, progress, cancel, spacer, where);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("status-bar");
        bar.setPadding(new Insets(4, 16, 4, 16));
        return bar;
    }

    private void newCase() {
        Window owner = getScene() == null ? null : getScene().getWindow();
        new NewCaseDialog(owner, context.cases(), context.executor()).showAndWait()
                .ifPresent(created -> {
                    listModel.filterProperty().set("");
                    refresh(created.id());
                    status.setText("Opened case " + created.id() + ". Its folder is " + created.folder() + ".");
                });
    }

    private void openSample() {
        status.setText("Making a sample case…");
        context.executor().submit(() -> context.samples().addShowcase(), id -> {
            refresh(id);
            status.setText("This is a made-up case to look around in; delete it whenever you like.");
        }, failure -> status.setText(Messages.of(failure)));
    }

    private Long selectedId() {
        CaseSummary selected = table.getSelectionModel().getSelectedItem();
        return selected == null ? null : selected.id();
    }

    /** Files the dropped emails into the cases they are about, then shows the case opened or joined. */
    public void emailsDropped(java.util.List<java.nio.file.Path> files) {
        status.setText("Reading " + files.size() + (files.size() == 1 ? " email…" : " emails…"));
        context.executor().submit(() -> context.emails().importEmails(files, null, o -> { }), outcomes -> {
            java.util.List<String> said = new java.util.ArrayList<>();
            Long show = null;
            for (org.casefile.app.EmailService.EmailOutcome o : outcomes) {
                said.add(o.summary());
                if (o.kept()) {
                    show = o.openedCase() != null ? o.openedCase() : context.evidence().caseOf(o.evidenceId());
                }
            }
            status.setText(String.join("  ·  ", said));
            refresh(show != null ? show : selectedId());
        }, failure -> status.setText(org.casefile.ui.common.Messages.of(failure)));
    }

    /** The list first (it is what the user looks at), then the home view and reminder from one pass. */
    private void refresh(Long select) {
        listModel.refresh(list -> {
            updateCount(list);
            dashboardModel.refresh();
            if (select != null) {
                select(select);
            }
        });
    }

    private void updateCount(List<CaseSummary> list) {
        if (status.getText() == null || status.getText().isEmpty() || status.getText().endsWith(" in this library")) {
            status.setText(list.size() + (list.size() == 1 ? " case" : " cases") + " in this library");
        }
    }

    private void select(long id) {
        for (CaseSummary summary : table.getItems()) {
            if (summary.id() == id) {
                if (table.getSelectionModel().getSelectedItem() != summary) {
                    table.getSelectionModel().select(summary);
                }
                Platform.runLater(() -> table.scrollTo(summary));
                return;
            }
        }
    }
}
