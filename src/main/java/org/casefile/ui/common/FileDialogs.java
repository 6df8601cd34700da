package org.casefile.ui.common;

import java.io.File;
import java.nio.file.Path;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** Asks the user where to save a file. The app uses the system dialog; window tests answer with a fixed path. */
public interface FileDialogs {
    /** Returns the chosen file, or null when the user cancelled. */
    Path askSave(Window owner, String title, String suggestedName, String description, String extension);

    /** The files the user picked to open, or an empty list when they cancelled. */
    java.util.List<Path> askOpen(Window owner, String title);

    /** One zip file to open (a backup or a case bundle), or null when the user cancelled. */
    default Path askOpenZip(Window owner, String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(Words.get("files.zip"), "*.zip", "*.ZIP"),
                new FileChooser.ExtensionFilter(Words.get("files.all"), "*.*"));
        File file = chooser.showOpenDialog(owner);
        return file == null ? null : file.toPath();
    }

    /** The operating system's open dialog for evidence files. */
    static java.util.List<Path> systemOpen(Window owner, String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(Words.get("files.evidence"), "*.jpg", "*.jpeg", "*.png",
                        "*.gif", "*.bmp", "*.tif", "*.tiff", "*.webp", "*.pdf", "*.mp4", "*.mov", "*.webm", "*.heic",
                        "*.JPG", "*.JPEG", "*.PNG", "*.HEIC", "*.MOV", "*.MP4", "*.PDF"),
                new FileChooser.ExtensionFilter(Words.get("files.all"), "*.*"));
        java.util.List<File> files = chooser.showOpenMultipleDialog(owner);
        return files == null ? java.util.List.of() : files.stream().map(File::toPath).toList();
    }

    /** The operating system's dialogs. */
    static FileDialogs system() {
        return new FileDialogs() {
            @Override
            public Path askSave(Window owner, String title, String suggestedName, String description,
                                String extension) {
                FileChooser chooser = new FileChooser();
                chooser.setTitle(title);
                chooser.setInitialFileName(suggestedName);
                chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(description, "*." + extension));
                File file = chooser.showSaveDialog(owner);
                return file == null ? null : file.toPath();
            }

            @Override
            public java.util.List<Path> askOpen(Window owner, String title) {
                return systemOpen(owner, title);
            }
        };
    }
}
