package org.casefile.ui;

import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.stage.Stage;
import org.casefile.TestCases;
import org.casefile.ui.common.FxBackgroundExecutor;
import org.casefile.ui.common.WindowSettings;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/** The real main window on a library in a temporary folder, headless: opened by the test, closed after it. */
abstract class WindowTestBase extends FxRobot {
    @TempDir protected Path library;
    protected Stage stage;
    protected AppContext context;

    /** The toolkit's primary stage (TestFX looks for {@code @Start} on the test class only, not on a base class). */
    @BeforeEach
    void primaryStage() throws TimeoutException {
        stage = FxToolkit.registerPrimaryStage();
    }

    /** Locks and opens the library, lets {@code before} set up the context, then shows the window. */
    protected void openApp(Consumer<AppContext> before) {
        context = AppContext.open(library, TestCases.CLOCK, new FxBackgroundExecutor());
        before.accept(context);
        interact(() -> {
            CasefileApp.applyTheme();
            CasefileApp.show(stage, context, new WindowSettings(library));
        });
    }

    /** The window on a library of one case, in the language given, once its list shows that case on the home view. */
    protected javafx.scene.control.TableView<?> openAppOnOneCaseIn(org.casefile.domain.text.Language language) {
        org.casefile.ui.common.Words.use(language);
        try (org.casefile.library.Library lib = org.casefile.library.Library.open(library)) {
            new org.casefile.app.CaseService(lib, TestCases.CLOCK).create(TestCases.ssd("8123456789012"));
        }
        openApp();
        javafx.scene.control.TableView<?> table = lookup("#caseTable").queryAs(javafx.scene.control.TableView.class);
        WindowWait.until(() -> table.getItems().size() == 1 && lookup("#dashboard").query().isVisible());
        return table;
    }

    protected void openApp() {
        openApp(opened -> { });
    }

    /** Opens the window with a save dialog that always names {@code target} (and an open dialog that picks none). */
    protected void openAppSavingTo(Path target) {
        openAppWithDialogs(target, () -> null);
    }

    /** Opens the window with a zip dialog that picks what {@code zip} gives at each ask (and no other file). */
    protected void openAppOpeningZip(java.util.function.Supplier<Path> zip) {
        openAppWithDialogs(null, zip);
    }

    /** Opens the window with dialogs that save to {@code saveTo} (null: cancelled) and open the zip {@code zip} gives. */
    protected void openAppWithDialogs(Path saveTo, java.util.function.Supplier<Path> zip) {
        openApp(app -> app.useFileDialogs(new org.casefile.ui.common.FileDialogs() {
            @Override
            public Path askSave(javafx.stage.Window owner, String title, String name, String description,
                                String extension) {
                return saveTo;
            }

            @Override
            public java.util.List<Path> askOpen(javafx.stage.Window owner, String title) {
                return java.util.List.of();
            }

            @Override
            public Path askOpenZip(javafx.stage.Window owner, String title) {
                return zip.get();
            }
        }));
    }

    /** A field of the open new-case dialog. */
    protected <T extends javafx.scene.Node> T inDialog(String id, Class<T> type) {
        return lookup("#newCaseDialog").lookup(id).queryAs(type);
    }

    /** Focus first (the form scrolls the field into view, as for a keyboard user), then click and type. */
    protected void type(javafx.scene.Node field, String text) {
        interact(field::requestFocus);
        clickOn(field);
        write(text);
    }

    /** Closes the window and releases the library, as quitting the app does. */
    @AfterEach
    protected void closeApp() {
        if (context != null) {
            interact(stage::hide);
            context.close();
            context = null;
        }
    }

    /** The window's words back to English for the next test, whatever language this one chose. */
    @AfterEach
    void wordsBackToEnglish() {
        org.casefile.ui.common.Words.use(org.casefile.domain.text.Language.ENGLISH);
    }
}
