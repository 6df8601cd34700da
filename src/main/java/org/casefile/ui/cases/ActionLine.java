package org.casefile.ui.cases;

import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;

/**
 * The case's status on the left and its buttons on the right of one line. Where the words are long and the case
 * pane narrow (French or German on a 1024- or 900-pixel screen) the buttons move to a line of their own, and then
 * wrap among themselves, rather than push the pane past the window's edge where nobody can reach them.
 */
final class ActionLine {
    private ActionLine() {
    }

    static FlowPane of(HBox status, Node... buttons) {
        status.setAlignment(Pos.CENTER_LEFT);
        FlowPane row = buttons(buttons);
        // No narrower than the status or the widest button.
        FlowPane line = new FlowPane(10, 8, status, row) {
            @Override
            protected double computeMinWidth(double height) {
                return snappedLeftInset() + snappedRightInset() + Math.max(status.prefWidth(-1), row.minWidth(-1));
            }
        };
        // Beside the status, the buttons take the rest of the line and sit at its right; alone, the whole line.
        row.prefWidthProperty().bind(Bindings.createDoubleBinding(() -> {
            double beside = line.getWidth() - status.getWidth() - line.getHgap();
            return oneRow(row) <= beside ? beside : line.getWidth();
        }, line.widthProperty(), status.widthProperty()));
        return line;
    }

    /**
     * Buttons on one row at the right where there is room, wrapping onto more rows where there is not; never
     * narrower than the widest of them, so none shrinks to "Exp…".
     */
    static FlowPane buttons(Node... buttons) {
        FlowPane row = new FlowPane(10, 8, buttons) {
            @Override
            protected double computeMinWidth(double height) {
                return snappedLeftInset() + snappedRightInset()
                        + getChildren().stream().mapToDouble(b -> b.prefWidth(-1)).max().orElse(0);
            }

            /** One row: FlowPane's own answer is its wrap length, whatever the buttons need. */
            @Override
            protected double computePrefWidth(double height) {
                return snappedLeftInset() + snappedRightInset() + oneRow(this);
            }
        };
        row.setAlignment(Pos.CENTER_RIGHT);
        return row;
    }

    private static double oneRow(FlowPane row) {
        double width = 0;
        for (Node button : row.getChildren()) {
            width += button.prefWidth(-1) + row.getHgap();
        }
        return width - row.getHgap();
    }
}
