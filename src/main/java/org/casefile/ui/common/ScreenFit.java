package org.casefile.ui.common;

import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Puts a window inside the screen's usable area (without the task bar or menu bar): a window larger than a small
 * screen would hide its buttons off the edge. The minimum size keeps every control reachable, but never exceeds
 * the screen either.
 */
public final class ScreenFit {
    /** The smallest the main and export windows may get; their layouts keep every control usable at this size. */
    public static final double MIN_WIDTH = 900;
    public static final double MIN_HEIGHT = 600;

    private ScreenFit() {
    }

    /**
     * Where a window asked for at {@code wanted} goes on {@code usable}: no larger than the usable area, and moved
     * inside it if any part would stick out. A NaN x or y (no place remembered) centres the window.
     */
    public static Rectangle2D fit(Rectangle2D usable, double x, double y, double width, double height) {
        double w = Math.min(width, usable.getWidth());
        double h = Math.min(height, usable.getHeight());
        double left = Double.isNaN(x) ? usable.getMinX() + (usable.getWidth() - w) / 2
                : clamp(x, usable.getMinX(), usable.getMaxX() - w);
        double top = Double.isNaN(y) ? usable.getMinY() + (usable.getHeight() - h) / 2
                : clamp(y, usable.getMinY(), usable.getMaxY() - h);
        return new Rectangle2D(left, top, w, h);
    }

    /** Sizes and places {@code stage} on the screen that holds (x, y), or the owner's or the main screen. */
    public static void place(Stage stage, double x, double y, double width, double height) {
        Rectangle2D usable = usableArea(stage, x, y);
        Rectangle2D bounds = fit(usable, x, y, width, height);
        stage.setMinWidth(Math.min(MIN_WIDTH, usable.getWidth()));
        stage.setMinHeight(Math.min(MIN_HEIGHT, usable.getHeight()));
        stage.setWidth(bounds.getWidth());
        stage.setHeight(bounds.getHeight());
        stage.setX(bounds.getMinX());
        stage.setY(bounds.getMinY());
    }

    private static Rectangle2D usableArea(Stage stage, double x, double y) {
        if (!Double.isNaN(x) && !Double.isNaN(y)) {
            var screens = Screen.getScreensForRectangle(new Rectangle2D(x, y, 100, 100));
            if (!screens.isEmpty()) {
                return screens.get(0).getVisualBounds();
            }
        }
        Window owner = stage.getOwner();
        if (owner != null) {
            var screens = Screen.getScreensForRectangle(owner.getX(), owner.getY(), owner.getWidth(),
                    owner.getHeight());
            if (!screens.isEmpty()) {
                return screens.get(0).getVisualBounds();
            }
        }
        return Screen.getPrimary().getVisualBounds();
    }

    private static double clamp(double value, double low, double high) {
        return Math.max(low, Math.min(value, high));
    }
}
