package org.casefile.app;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/**
 * Loads the classes a start needs on the second core while the first is busy: the main window's first frame (JavaFX's
 * controls, skins and CSS, our views: about 2,000 classes the FX thread would otherwise read, define and verify one by
 * one), or a command line's (picocli, PDFBox, the image readers). Loaded and linked, never initialised, so no class's
 * static code runs earlier or on another thread than it would have; a name that no longer exists is skipped. Each
 * list is made by {@code src/bench/startup-classes} from a class-load log of that start.
 */
public final class StartupClasses {
    /** The window's list, beside its views. */
    public static final String WINDOW = "/org/casefile/ui/startup-classes.txt";

    private StartupClasses() {
    }

    /** Whether to preload at all: {@code -Dcasefile.preload=false} for measuring with and without (src/bench). */
    public static boolean wanted() {
        return Boolean.parseBoolean(System.getProperty("casefile.preload", "true"));
    }

    /**
     * Whether the classes come from an ahead-of-time cache, loaded and linked before {@code main}: the Linux app
     * image's launcher says so ({@code -Dcasefile.classesCached=true}) when it maps one. No list is loaded then:
     * reading it and asking for each class again only took the other core from the window's start.
     */
    public static boolean fromCache() {
        return Boolean.getBoolean("casefile.classesCached");
    }

    /** Starts loading {@code list} on a background thread of the lowest priority, then runs {@code whenDone}. */
    public static void preload(String list, Runnable whenDone) {
        if (!wanted() || fromCache()) {
            return;
        }
        Thread thread = new Thread(() -> {
            loadAll(list);
            whenDone.run();
        }, "casefile-preload"); // not window text
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
    }

    /** Loads every class {@code list} (a resource of this jar, one class name a line) names, on this thread. */
    public static void loadAll(String list) {
        ClassLoader loader = StartupClasses.class.getClassLoader();
        try (InputStream in = StartupClasses.class.getResourceAsStream(list)) {
            if (in == null) {
                return;
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String name = lines.readLine(); name != null; name = lines.readLine()) {
                load(name.strip(), loader);
            }
        } catch (IOException e) {
            // Only an early start is lost: whoever needs the classes loads them.
        }
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
            // Renamed or gone since the list was made: nobody needs it.
        }
    }
}
