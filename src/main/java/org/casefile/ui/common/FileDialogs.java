package org.casefile.ui.common;

import java.io.File;
import java.nio.file.Path;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** Asks the user where to save a file. The app uses the system dialog; window tests answer with a fixed path. */
@FunctionalInterface
public interface FileDialogs {
    /** Returns the chosen file, or null when the user cancelled. */
    Path askSave(Window owner, String title, String suggestedName, String description, String extension);

    /** The operating system's save dialog. */
    static FileDialogs system() {
        return (owner, title, suggestedName, description, extension) -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(title);
            chooser.setInitialFileName(suggestedName);
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(description, "*." + extension));
            File file = chooser.showSaveDialog(owner);
            return file == null ? null : file.toPath();
        };
    }
}
