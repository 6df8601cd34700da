package org.casefile.ui;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/**
 * Loads the classes the main window's first frame needs (JavaFX's controls, skins and CSS, our views) on the second
 * core while the toolkit starts: about 2,000 classes from the jar that the FX thread would otherwise read, define and
 * verify one by one. Loaded and linked, never initialised, so no class's static code runs earlier or on another
 * thread than it would have; a name that no longer exists is skipped. The list, {@code startup-classes.txt}, is made
 * by {@code src/bench/startup-classes} from a class-load log of the window opening.
 */
final class StartupClasses {
    static final String LIST = "startup-classes.txt";

    private StartupClasses() {
    }

    /** Starts loading on a background thread of the lowest priority; returns at once. */
    static void preload() {
        if (!Boolean.parseBoolean(System.getProperty("casefile.preload", "true"))) {
            return; // for measuring with and without, src/bench/README.md
        }
        Thread thread = new Thread(StartupClasses::loadAll, "casefile-preload"); // not window text
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
    }

    private static void loadAll() {
        ClassLoader loader = StartupClasses.class.getClassLoader();
        try (InputStream in = StartupClasses.class.getResourceAsStream(LIST)) {
            if (in == null) {
                return;
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String name = lines.readLine(); name != null; name = lines.readLine()) {
                load(name.strip(), loader);
            }
        } catch (IOException e) {
            // Only an early start is lost: the window loads what it needs itself.
        }
        StartupTrace.mark("classes preloaded"); // not window text
    }

    private static void load(String name, ClassLoader loader) {
        if (name.isEmpty() || name.startsWith("#")) {
            return;
        }
        try {
            Class<?> type = Class.forName(name, false, loader);
            // Asking for the constructors links the class (verifies its bytecode) without initialising it.
            type.getDeclaredConstructors();
        } catch (ClassNotFoundException | LinkageError | SecurityException e) {
            // Renamed or gone since the list was made: the window does not need it.
        }
    }
}
