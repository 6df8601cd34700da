package org.casefile.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.input.Clipboard;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.casefile.app.AppLog;
import org.casefile.ui.common.CrashDialog;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/** A failure nobody caught: written to the log and shown with the log's path and "Copy details". */
class CrashDialogWindowTest extends FxRobot {
    @TempDir Path cache;
    private Thread.UncaughtExceptionHandler before;
    private Stage stage;

    @BeforeEach
    void install() throws TimeoutException {
        stage = FxToolkit.registerPrimaryStage();
        before = Thread.getDefaultUncaughtExceptionHandler();
        AppLog.start(cache);
        CrashDialog.install();
    }

    @AfterEach
    void uninstall() {
        interact(() -> Window.getWindows().stream().filter(w -> w != stage).toList().forEach(Window::hide));
        Thread.setDefaultUncaughtExceptionHandler(before);
        AppLog.stop();
    }

    @Test
    void anExceptionOnTheWindowsThreadShowsWhatHappenedWhereTheLogIsAndCopiesTheDetails() throws Exception {
        Path log = AppLog.file();

        Platform.runLater(() -> {
            throw new IllegalStateException("the evidence grid fell over");
        });

        WindowWait.until(() -> lookup("#crash-copy").tryQuery().isPresent());
        assertThat(lookup("#crash-log-path").queryAs(Label.class).getText()).contains(log.toString());
        assertThat(lookup(".crash-dialog .header-panel .label").queryAs(Label.class).getText())
                .isEqualTo("Casefile ran into a problem it did not expect");
        assertThat(lookup((Label l) -> l.getText().startsWith("What happened:")).queryAs(Label.class).getText())
                .isEqualTo("What happened: the evidence grid fell over");

        clickOn("#crash-copy");

        String copied = org.testfx.util.WaitForAsyncUtils.asyncFx(() -> Clipboard.getSystemClipboard().getString()).get();
        assertThat(copied).contains("Log: " + log, "java.lang.IllegalStateException: the evidence grid fell over",
                "at org.casefile.ui.CrashDialogWindowTest");
        AppLog.stop();
        assertThat(Files.readString(log)).contains("Unexpected failure in JavaFX Application Thread",
                "java.lang.IllegalStateException: the evidence grid fell over");
    }

    @Test
    void aFailureOnAWorkerThreadIsShownToo() {
        Thread worker = new Thread(() -> {
            throw new IllegalArgumentException("a worker failed");
        }, "import worker");
        worker.start();

        WindowWait.until(() -> lookup("#crash-copy").tryQuery().isPresent());
        assertThat(lookup((Label l) -> l.getText().startsWith("What happened:")).queryAs(Label.class).getText())
                .isEqualTo("What happened: a worker failed");
    }
}
