package org.casefile.ui;

import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.stage.Stage;
import org.casefile.app.AppLog;
import org.casefile.app.OpenLibrary;
import org.casefile.app.StartupClasses;
import org.casefile.ui.common.CrashDialog;
import org.casefile.ui.common.FxBackgroundExecutor;
import org.casefile.ui.common.ScreenFit;
import org.casefile.ui.common.Messages;
import org.casefile.ui.common.LanguageSetting;
import org.casefile.ui.common.WindowFonts;
import org.casefile.ui.common.WindowSettings;
import org.casefile.ui.common.Words;

/** The desktop app: opens the library (off the FX thread, in {@link #init}) and shows the main window. */
public final class CasefileApp extends Application {
    private static volatile CompletableFuture<AppContext> opening;

    private AppContext context;
    private RuntimeException openFailure;
    private WindowSettings windowSettings;

    /** Opens the library while the JavaFX toolkit starts: the two take about the same time. */
    public static void launchOn(String library) {
        AppLog.startInCacheFolder();
        CrashDialog.install();
        Path root = OpenLibrary.locate(library);
        opening = CompletableFuture.supplyAsync(() -> {
            AppContext context = AppContext.open(root, Clock.systemDefaultZone(), new FxBackgroundExecutor());
            StartupTrace.mark("library open"); // not window text
            // Then this core loads the window's classes while the toolkit is still starting on the other one.
            Runnable done = () -> StartupTrace.mark("classes preloaded"); // not window text
            StartupClasses.preload(StartupClasses.WINDOW, done);
            return context;
        });
        Application.launch(CasefileApp.class);
    }

    @Override
    public void init() {
        AppIcons.decodeInBackground(); // the toolkit is up; the FX thread is about to build the window
        try {
            context = opening.join();
            windowSettings = new WindowSettings(context.libraryRoot());
            Words.start(new LanguageSetting(context.libraryRoot()));
        } catch (CompletionException e) {
            openFailure = e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    @Override
    public void start(Stage stage) {
        StartupTrace.mark("toolkit started"); // not window text
        applyTheme();
        StartupTrace.mark("theme set"); // not window text
        if (openFailure != null) {
            System.err.println(openFailure.getMessage());
            Alert alert = new Alert(Alert.AlertType.ERROR, Messages.of(openFailure));
            alert.setTitle(Words.get("app.name"));
            alert.setHeaderText(Words.get("main.cannotOpen"));
            alert.getDialogPane().setMinWidth(520);
            alert.showAndWait();
            Platform.exit();
            System.exit(1);
            return;
        }
        context.useOpener(file -> getHostServices().showDocument(file.toUri().toString()));
        show(stage, context, windowSettings);
    }

    public static void applyTheme() {
        WindowFonts.applyTheme(new PrimerLight().getUserAgentStylesheet(), Words.language());
        org.casefile.ui.common.DialogButtons.nameInEveryDialog();
    }

    /** Builds the main window on {@code stage}; used by the app and by the UI tests. */
    public static MainView show(Stage stage, AppContext context, WindowSettings settings) {
        MainView view = new MainView(context);
        StartupTrace.mark("main view constructed"); // not window text
        stage.setTitle(Words.get("app.name"));
        stage.getIcons().setAll(AppIcons.all());
        if (settings != null) {
            settings.restore(stage);
            stage.setOnHidden(e -> settings.save(stage));
        } else {
            ScreenFit.place(stage, Double.NaN, Double.NaN, 1280, 800);
        }
        // Laid out at the window's real size from the start: at the view's preferred width (twice a small screen)
        // the list's share of the split would be squeezed away when the window shrinks to fit.
        Scene scene = new Scene(view, stage.getWidth(), stage.getHeight());
        scene.getStylesheets().add(CasefileApp.class.getResource("casefile.css").toExternalForm());
        view.installShortcuts(scene);
        stage.setScene(scene);
        stage.addEventHandler(javafx.stage.WindowEvent.WINDOW_SHOWN,
                e -> StartupTrace.mark("window shown")); // not window text
        StartupTrace.mark("view built"); // not window text
        stage.show();
        return view;
    }

    @Override
    public void stop() {
        if (context != null) {
            context.close();
        }
        AppLog.stop();
    }
}
