package org.casefile.ui.common;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Properties;

/** The library's {@code settings.properties} (outside {@code cases/}): the window's size, place and language. */
final class SettingsFile {
    static final String FILE_NAME = "settings.properties";

    private final Path file;

    SettingsFile(Path libraryRoot) {
        this.file = libraryRoot.resolve(FILE_NAME);
    }

    /** The settings as they are; an unreadable or missing file reads as no settings (the defaults). */
    Properties load() {
        Properties p = new Properties();
        if (Files.isRegularFile(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                p.load(in);
            } catch (IOException | IllegalArgumentException e) {
                // unreadable settings: fall back to defaults
            }
        }
        return p;
    }

    /** Written to a temporary name then moved, so a crash never leaves half a settings file. */
    void store(Properties p) throws IOException {
        Path temporary = file.resolveSibling(FILE_NAME + ".tmp");
        try (OutputStream out = Files.newOutputStream(temporary)) {
            p.store(out, "Casefile window settings"); // not window text
        }
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
