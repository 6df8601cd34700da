package org.casefile.ui.cases;

import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;

/**
 * The case's status on the left and its buttons on the right of one line. Where the words are long and the window
 * narrow (German at 1024 pixels) the buttons move to a line of their own rather than push the whole window wider
 * than the screen.
 */
final class ActionLine {
    /** The case list's least width, the divider and the header's own margins: what the line can't use. */
    private static final double BESIDE_THE_LIST = 300 + 12 + 48;

    private ActionLine() {
    }

    static FlowPane of(HBox status, HBox buttons) {
        status.setAlignment(Pos.CENTER_LEFT);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        FlowPane line = new FlowPane(10, 8, status, buttons);
        // Beside the status, the buttons take the rest of the line and sit at its right; alone, the whole line.
        buttons.prefWidthProperty().bind(Bindings.createDoubleBinding(() -> {
            double beside = line.getWidth() - status.getWidth() - line.getHgap();
            double needed = buttons.minWidth(-1);
            return needed <= beside ? beside : Math.max(needed, line.getWidth());
        }, line.widthProperty(), status.widthProperty()));
        // One line wide where the window has the room (the case list then gives way, as it always has), narrower
        // only where the window itself is narrower than the case list's least width beside one line.
        line.minWidthProperty().bind(Bindings.createDoubleBinding(() -> {
            double oneLine = status.prefWidth(-1) + line.getHgap() + buttons.minWidth(-1);
            double window = line.getScene() == null ? Double.MAX_VALUE : line.getScene().getWidth();
            return Math.max(0, Math.min(oneLine, window - BESIDE_THE_LIST));
        }, Bindings.selectDouble(line.sceneProperty(), "width")));
        return line;
    }
}
