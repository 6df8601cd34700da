package org.casefile.ui;

import java.nio.file.Path;
import java.util.List;
import javafx.stage.Window;
import org.casefile.ui.common.FileDialogs;

/** File dialogs that answer as a test scripted them, without a window of the system's: save, open, open a zip. */
record ScriptedFileDialogs(Path save, List<Path> open, Path zip) implements FileDialogs {
    /** Every save goes to {@code save}; nothing is opened. */
    static ScriptedFileDialogs savingTo(Path save) {
        return new ScriptedFileDialogs(save, List.of(), null);
    }

    /** A zip is opened from {@code zip}; every save goes to {@code save} (null: cancelled). */
    static ScriptedFileDialogs openingZip(Path zip, Path save) {
        return new ScriptedFileDialogs(save, List.of(), zip);
    }

    @Override
    public Path askSave(Window owner, String title, String name, String description, String extension) {
        return save;
    }

    @Override
    public List<Path> askOpen(Window owner, String title) {
        return open;
    }

    @Override
    public Path askOpenZip(Window owner, String title) {
        return zip;
    }
}
