package org.casefile.ui.common;

import java.util.Map;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.layout.Region;
import javafx.stage.Window;

/**
 * JavaFX names the standard OK, Cancel and Close buttons once, in the language the computer had when they were first
 * made, and in English where it has no words. These give every dialog's standard buttons the window's words instead,
 * as the dialog opens, so no dialog has to remember to.
 */
public final class DialogButtons {
    private static final Map<ButtonType, String> KEYS = Map.of(ButtonType.OK, "dialog.ok",
            ButtonType.CANCEL, "dialog.cancel", ButtonType.CLOSE, "dialog.close");
    private static boolean watching;

    private DialogButtons() {
    }

    /** From now on, names the standard buttons of each dialog that opens. Call on the FX thread. */
    public static void nameInEveryDialog() {
        if (watching) {
            return;
        }
        watching = true;
        Window.getWindows().addListener((ListChangeListener<Window>) change -> {
            while (change.next()) {
                change.getAddedSubList().forEach(DialogButtons::name);
            }
        });
    }

    private static void name(Window window) {
        if (window.getScene() != null && window.getScene().getRoot() instanceof DialogPane pane) {
            for (ButtonType type : pane.getButtonTypes()) {
                String key = KEYS.get(type);
                if (key != null && pane.lookupButton(type) instanceof Button button) {
                    button.setText(Words.get(key));
                    // The button bar fixed its width for the old word: let it measure the new one.
                    button.setPrefWidth(Region.USE_COMPUTED_SIZE);
                    button.setMinWidth(Region.USE_PREF_SIZE);
                }
            }
        }
    }
}
