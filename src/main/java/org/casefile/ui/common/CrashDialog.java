package org.casefile.ui.common;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.VBox;
import org.casefile.app.AppLog;

/**
 * What the buyer sees when something fails that no code expected: what happened, where the log is, and the
 * details to copy into a bug report. Installed as the default handler of uncaught exceptions, so a failure on
 * the FX thread or on any worker ends here, is written to the log, and shows one dialog (not one per repeat).
 */
public final class CrashDialog {
    private static final AtomicBoolean showing = new AtomicBoolean();

    private CrashDialog() {
    }

    /** Every uncaught exception from now on is logged and shown. */
    public static void install() {
        Thread.setDefaultUncaughtExceptionHandler((thread, failure) -> {
            AppLog.unexpected(thread.getName(), failure);
            if (showing.compareAndSet(false, true)) {
                Platform.runLater(() -> {
                    try {
                        show(failure, AppLog.file());
                    } finally {
                        showing.set(false);
                    }
                });
            }
        });
    }

    /**
     * The text "Copy details" puts on the clipboard: where the log is, then the failure with its stack trace. It is
     * read by whoever fixes the bug, so it stays in English whatever the window speaks.
     */
    static String details(Throwable failure, Path log) {
        return String.join("", "Casefile ", org.casefile.app.AppVersion.get(), ", Java ",
                System.getProperty("java.version"), ", ", System.getProperty("os.name"), "\n",
                log == null ? "" : "Log: " + log + "\n", "\n", AppLog.details(failure));
    }

    private static void show(Throwable failure, Path log) {
        String what = failure.getMessage() == null || failure.getMessage().isBlank()
                ? failure.getClass().getSimpleName() : failure.getMessage();
        Label whatHappened = new Label(Words.get("crash.what", what));
        whatHappened.setWrapText(true);
        Label where = new Label(log == null ? Words.get("crash.copyForReport") : Words.get("crash.logKept", log));
        where.setWrapText(true);
        where.setId("crash-log-path");
        TextArea trace = new TextArea(details(failure, log));
        trace.setEditable(false);
        trace.setWrapText(false);
        trace.setPrefRowCount(8);
        trace.setId("crash-details");
        Button copy = new Button(Words.get("crash.copy"));
        copy.setId("crash-copy");
        copy.setOnAction(e -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(trace.getText());
            Clipboard.getSystemClipboard().setContent(content);
            copy.setText(Words.get("crash.copied"));
        });
        VBox body = new VBox(8, whatHappened, where, copy, trace);
        body.setPrefWidth(560);

        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.setTitle(Words.get("app.name"));
        alert.setHeaderText(Words.get("crash.header"));
        alert.getDialogPane().setContent(body);
        alert.getDialogPane().getStyleClass().add("crash-dialog");
        alert.showAndWait();
    }
}
