package org.casefile.ui;

import java.io.File;
import java.nio.file.Path;
import javafx.application.Platform;
import javafx.event.EventHandler;
import javafx.scene.Scene;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import org.casefile.app.EmailService;
import org.casefile.domain.CaseSummary;
import org.casefile.ui.cases.CaseListView;
import org.casefile.ui.cases.NewCaseDialog;
import org.casefile.ui.common.FxScheduler;
import org.casefile.ui.dashboard.DashboardView;
import org.casefile.ui.dashboard.DeadlineSettingsDialog;
import org.casefile.ui.dashboard.DueSoonReminder;
import org.casefile.ui.help.AboutDialog;
import org.casefile.ui.common.Words;
import org.casefile.ui.help.DisputeGuide;
import org.casefile.ui.settings.SettingsDialog;
import org.casefile.ui.library.LibraryViewModel;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The main window's content, a view over {@link MainViewModel}: the header, the case list, the open case's workspace
 * (or the home view), the status bar.
 */
public final class MainView extends BorderPane {
    private final AppContext context;
    private final MainViewModel model;
    private final CaseListView table;
    private final StackPane detailHolder = new StackPane();
    private final DueSoonReminder reminder;
    private final StackPane center;
    private final MainHeader header;
    private final LibraryViewModel libraryModel;
    private CaseWorkspace workspace;
    private StartView start;

    public MainView(AppContext context) {
        this.context = context;
        this.model = new MainViewModel(context, new FxScheduler());
        this.table = new CaseListView(model.list(), context.cases()::today);
        this.libraryModel = new LibraryViewModel(context.backups(), context.bundles(), context.executor(),
                Platform::runLater);
        libraryModel.noticeProperty().addListener((p, before, now) -> model.say(now));
        acceptDroppedEmails();
        getStyleClass().add("main-view");

        header = new MainHeader(model.list(), libraryMenu(), helpMenu(), this::showHome, this::newCase,
                this::openSettings);
        setTop(header);
        SplitPane split = new SplitPane(table, detailHolder);
        split.setDividerPositions(0.52);
        split.setId("workspace");
        split.visibleProperty().bind(model.list().emptyProperty().not());
        center = new StackPane(split);
        setCenter(center);
        reminder = new DueSoonReminder(model.dashboard(), center, table.widthProperty(), this::showHome);
        // Built when first needed, so the window appears without waiting for views it may not show yet.
        model.list().emptyProperty().addListener((p, was, empty) -> {
            if (empty) {
                startView();
            }
        });
        callWhenShown();
        setBottom(new StatusBar(model, libraryModel, context.libraryRoot()));

        table.getSelectionModel().selectedItemProperty().addListener((p, before, now) -> {
            if (now != null) {
                model.open(now.id());
            } else if (!model.list().isReloading()) {
                model.open(null);
            }
        });
        model.openCaseProperty().addListener((p, before, now) -> {
            if (now == null) {
                table.getSelectionModel().clearSelection();
            } else {
                workspace();
                select(now);
            }
        });
        // Reading the list again replaces its rows: the open case's row is selected again.
        model.list().shown().addListener((javafx.collections.ListChangeListener<CaseSummary>) change -> {
            Long open = model.openCaseProperty().get();
            if (open != null) {
                select(open);
            }
        });
        table.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.DELETE && model.openCaseProperty().get() != null) {
                workspace().view().confirmDelete();
            } else if (event.getCode() == KeyCode.ESCAPE) {
                showHome();
            }
        });
        model.list().loadedProperty().addListener((p, was, loaded) ->
                StartupTrace.mark("case list filled (" + model.list().total() + " cases)")); // not window text
    }

    /** The view model behind this window, for the window tests. */
    public MainViewModel model() {
        return model;
    }

    /** Emails dropped on the case list: an order confirmation opens its case, others join the case they name. */
    private void acceptDroppedEmails() {
        table.setOnDragOver(event -> {
            if (event.getDragboard().hasFiles() && event.getDragboard().getFiles().stream()
                    .anyMatch(f -> EmailService.isEmailFile(f.toPath()))) {
                event.acceptTransferModes(TransferMode.COPY);
            }
            event.consume();
        });
        table.setOnDragDropped(event -> {
            boolean files = event.getDragboard().hasFiles();
            if (files) {
                model.emailsDropped(event.getDragboard().getFiles().stream().map(File::toPath).toList());
            }
            event.setDropCompleted(files);
            event.consume();
        });
    }

    /** Once the window has painted its first frame: once only, and only while this view is its content. */
    private void callWhenShown() {
        sceneProperty().addListener((p, before, scene) -> {
            if (scene != null) {
                scene.windowProperty().addListener((q, none, window) -> {
                    if (window != null && window.isShowing()) {
                        Platform.runLater(this::windowShown);
                    } else if (window != null) {
                        window.addEventHandler(WindowEvent.WINDOW_SHOWN, new EventHandler<>() {
                            @Override
                            public void handle(WindowEvent event) {
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
    }

    /**
     * After the first frame: build the home view, read the case list, build the case pane, start the reminders and
     * the watch, put the keyboard on the list. Read before, 10,000 rows competed with the first layout for the CPU
     * and the heap.
     */
    private void windowShown() {
        homeView();
        model.refresh(null);
        workspace();
        reminder.start();
        model.windowShown();
        table.requestFocus();
        getScene().getWindow().addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> {
            reminder.stop();
            workspace.stop();
            model.close();
        });
    }

    /** Back to "what needs doing". */
    private void showHome() {
        model.open(null);
    }

    private void openCase(long id) {
        if (table.getItems().stream().noneMatch(s -> s.id() == id)) {
            model.list().filterProperty().set("");
        }
        model.open(id);
    }

    /** Saves upcoming deadlines (of one case, or all with null) as a calendar file the user picks. */
    private void addToCalendar(Long caseId) {
        Path file = context.fileDialogs().askSave(owner(), Words.get("main.calendarTitle"),
                caseId == null ? "casefile-deadlines.ics" : "casefile-case-" + caseId + ".ics",
                Words.get("main.calendarFiles"), "ics");
        if (file != null) {
            model.dashboard().exportCalendar(file, caseId, written -> model.say(model.dashboard().noticeProperty()
                    .get()));
        }
    }

    private void editDeadlineSettings() {
        model.dashboard().settings(current -> new DeadlineSettingsDialog(owner(), current).showAndWait()
                .ifPresent(settings -> model.dashboard().saveSettings(settings,
                        () -> model.refresh(model.openCaseProperty().get()))));
    }

    private CaseWorkspace workspace() {
        if (workspace == null) {
            workspace = new CaseWorkspace(context, model.detail(), this::addToCalendar, model::delete);
            detailHolder.getChildren().add(workspace.view());
        }
        return workspace;
    }

    /**
     * "What needs doing", built after the first frame (its deadlines arrive with the case list, after it anyway):
     * the first frame has the header and the list to lay out, not the home view too.
     */
    private void homeView() {
        DashboardView dashboard = new DashboardView(model.dashboard(), this::openCase, () -> addToCalendar(null),
                this::editDeadlineSettings);
        dashboard.visibleProperty().bind(model.detail().detailsProperty().isNull());
        detailHolder.getChildren().add(0, dashboard);
    }

    private void startView() {
        if (start == null) {
            start = new StartView(this::newCase, model::openSample, this::restoreBackup, this::openGuide);
            start.visibleProperty().bind(model.list().emptyProperty());
            center.getChildren().add(start);
        }
    }

    /** Keyboard shortcuts: Ctrl+N new case, Ctrl+F filter, Ctrl+S save the open case, Ctrl+E export its packet. */
    public void installShortcuts(Scene scene) {
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN), this::newCase);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN),
                header::focusFilter);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN),
                () -> workspace().view().saveIfChanged());
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN),
                () -> workspace().view().openExport());
    }

    /** Back up, restore, and move single cases between libraries: each runs in the background with progress. */
    private MenuButton libraryMenu() {
        MenuItem backup = new MenuItem(Words.get("main.backup"));
        backup.setId("backupLibrary");
        backup.setOnAction(e -> {
            Path file = context.fileDialogs().askSave(owner(), Words.get("main.backupTitle"),
                    "casefile-backup-" + context.cases().today() + ".zip", Words.get("files.zip"), "zip");
            if (file != null) {
                libraryModel.backup(file);
            }
        });
        MenuItem restore = new MenuItem(Words.get("main.restore"));
        restore.setId("restoreBackup");
        restore.setOnAction(e -> restoreBackup());
        MenuItem export = new MenuItem(Words.get("main.exportCase"));
        export.setId("exportCase");
        export.setOnAction(e -> {
            Long id = model.openCaseProperty().get();
            if (id == null) {
                return;
            }
            Path file = context.fileDialogs().askSave(owner(), Words.get("main.exportCaseTitle"),
                    "casefile-case-" + id + ".zip", Words.get("files.zip"), "zip");
            if (file != null) {
                libraryModel.exportCase(id, file);
            }
        });
        MenuItem importCase = new MenuItem(Words.get("main.importCase"));
        importCase.setId("importCase");
        importCase.setOnAction(e -> {
            Path file = context.fileDialogs().askOpenZip(owner(), Words.get("main.importCaseTitle"));
            if (file != null) {
                libraryModel.importCase(file, id -> {
                    model.list().filterProperty().set("");
                    model.refresh(id);
                });
            }
        });
        MenuButton menu = new MenuButton(Words.get("main.library"), new FontIcon(Feather.ARCHIVE), backup, restore,
                new SeparatorMenuItem(), export, importCase);
        menu.setId("libraryMenu");
        menu.setTooltip(new Tooltip(Words.get("main.libraryTip")));
        menu.setOnShowing(e -> {
            restore.setDisable(!libraryModel.canRestore());
            export.setDisable(model.openCaseProperty().get() == null);
        });
        menu.disableProperty().bind(libraryModel.busyProperty());
        return menu;
    }

    /** Library → Restore backup…, also offered by the start view of an empty library. */
    private void restoreBackup() {
        if (!libraryModel.canRestore()) {
            model.say(Words.get("main.restoreOnlyEmpty"));
            return;
        }
        Path file = context.fileDialogs().askOpenZip(owner(), Words.get("main.restoreTitle"));
        if (file != null) {
            libraryModel.restore(file, () -> model.refresh(null));
        }
    }

    /** The guide and About: menu items in the header, like Library. */
    private MenuButton helpMenu() {
        MenuItem guide = new MenuItem(Words.get("guide.title"));
        guide.setId("helpGuide");
        guide.setOnAction(e -> openGuide());
        MenuItem about = new MenuItem(Words.get("about.title"));
        about.setId("helpAbout");
        about.setOnAction(e -> new AboutDialog(owner()).show());
        MenuButton menu = new MenuButton(Words.get("main.help"), new FontIcon(Feather.HELP_CIRCLE), guide, about);
        menu.setId("helpMenu");
        menu.setTooltip(new Tooltip(Words.get("main.helpTip")));
        return menu;
    }

    /** Settings…: the window's language, from the header on every view. */
    private void openSettings() {
        new SettingsDialog(owner()).showAndWait();
    }

    private void openGuide() {
        new DisputeGuide(owner()).show();
    }

    private Window owner() {
        return getScene() == null ? null : getScene().getWindow();
    }

    private void newCase() {
        new NewCaseDialog(owner(), context.cases(), context.executor()).showAndWait()
                .ifPresent(created -> model.created(created.id(), created.folder().toString()));
    }

    /** Files the dropped emails into the cases they are about, then shows the case opened or joined. */
    public void emailsDropped(java.util.List<Path> files) {
        model.emailsDropped(files);
    }

    private void select(long id) {
        for (CaseSummary summary : table.getItems()) {
            if (summary.id() == id) {
                if (table.getSelectionModel().getSelectedItem() != summary) {
                    table.getSelectionModel().select(summary);
                    Platform.runLater(() -> table.scrollTo(summary));
                }
                return;
            }
        }
    }
}
