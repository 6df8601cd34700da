package org.casefile.library;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/** Where the library lives: {@code --library}, else {@code CASEFILE_LIBRARY}, else the OS's data folder. */
public final class LibraryLocation {
    public static final String ENVIRONMENT_VARIABLE = "CASEFILE_LIBRARY";

    private LibraryLocation() {
    }

    public static Path resolve(String option) {
        return resolve(option, System.getenv(), System.getProperty("os.name", ""),
                Path.of(System.getProperty("user.home")));
    }

    static Path resolve(String option, Map<String, String> env, String osName, Path home) {
        if (option != null && !option.isBlank()) {
            return Path.of(option).toAbsolutePath().normalize();
        }
        String fromEnv = env.get(ENVIRONMENT_VARIABLE);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return Path.of(fromEnv).toAbsolutePath().normalize();
        }
        return defaultFolder(env, osName.toLowerCase(Locale.ROOT), home);
    }

    /**
     * Where Casefile keeps what it can always make again (the database driver's native library): never inside a
     * library, so a backup or a copied library carries none of it.
     */
    public static Path cacheFolder() {
        return cacheFolder(System.getenv(), System.getProperty("os.name", "").toLowerCase(Locale.ROOT),
                Path.of(System.getProperty("user.home")));
    }

    static Path cacheFolder(Map<String, String> env, String os, Path home) {
        if (os.contains("win")) {
            String local = env.get("LOCALAPPDATA");
            return (local != null && !local.isBlank() ? Path.of(local) : home.resolve("AppData").resolve("Local"))
                    .resolve("Casefile").resolve("Cache");
        }
        if (os.contains("mac")) {
            return home.resolve("Library").resolve("Caches").resolve("Casefile");
        }
        String xdg = env.get("XDG_CACHE_HOME");
        return (xdg != null && !xdg.isBlank() ? Path.of(xdg) : home.resolve(".cache")).resolve("casefile");
    }

    private static Path defaultFolder(Map<String, String> env, String os, Path home) {
        if (os.contains("win")) {
            String appData = env.get("APPDATA");
            return (appData != null && !appData.isBlank() ? Path.of(appData)
                    : home.resolve("AppData").resolve("Roaming")).resolve("Casefile");
        }
        if (os.contains("mac")) {
            return home.resolve("Library").resolve("Application Support").resolve("Casefile");
        }
        String xdg = env.get("XDG_DATA_HOME");
        return (xdg != null && !xdg.isBlank() ? Path.of(xdg) : home.resolve(".local").resolve("share"))
                .resolve("casefile");
    }
}
