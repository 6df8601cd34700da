package org.casefile.ui.common;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Properties;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

/** Remembers the window's size and position in the library's settings file (outside {@code cases/}). */
public final class WindowSettings {
    public static final String FILE_NAME = SettingsFile.FILE_NAME;
    private static final double DEFAULT_WIDTH = 1280;
    private static final double DEFAULT_HEIGHT = 800;

    private final SettingsFile file;

    public WindowSettings(Path libraryRoot) {
        this.file = new SettingsFile(libraryRoot);
    }

    /** The remembered size and place, fitted to the screen it is on now (a smaller screen, a monitor unplugged). */
    public void restore(Stage stage) {
        Properties p = load();
        double width = number(p, "window.width", DEFAULT_WIDTH);
        double height = number(p, "window.height", DEFAULT_HEIGHT);
        double x = number(p, "window.x", Double.NaN);
        double y = number(p, "window.y", Double.NaN);
        // Only put the window back where it was if that place is still on a screen.
        if (Double.isNaN(x) || Double.isNaN(y)
                || Screen.getScreensForRectangle(new Rectangle2D(x, y, 100, 100)).isEmpty()) {
            x = Double.NaN;
            y = Double.NaN;
        }
        ScreenFit.place(stage, x, y, width, height);
        stage.setMaximized(Boolean.parseBoolean(p.getProperty("window.maximized", "false")));
    }

    public void save(Stage stage) {
        Properties p = load();
        p.setProperty("window.maximized", String.valueOf(stage.isMaximized()));
        if (!stage.isMaximized()) {
            p.setProperty("window.x", String.valueOf(stage.getX()));
            p.setProperty("window.y", String.valueOf(stage.getY()));
            p.setProperty("window.width", String.valueOf(stage.getWidth()));
            p.setProperty("window.height", String.valueOf(stage.getHeight()));
        }
        try {
            file.store(p);
        } catch (IOException e) {
            // the window opens at the default size next time; nothing the user needs to act on
        }
    }

    private Properties load() {
        return file.load();
    }

    private static double number(Properties p, String key, double fallback) {
        try {
            double value = Double.parseDouble(p.getProperty(key, ""));
            return Double.isFinite(value) ? value : fallback;
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
