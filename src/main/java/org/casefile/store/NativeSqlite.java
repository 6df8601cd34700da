package org.casefile.store;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Path;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.casefile.files.UnpackedCopies;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.OSInfo;

/**
 * Keeps sqlite-jdbc's native library in Casefile's cache folder, unpacked once per version, and points the driver
 * at it. Left to itself the driver unpacks a fresh 1 MB copy into the temporary folder on every start, starts a
 * process ("uname") and compares the copy by MD5 (a fifth of a second of every command), and a process that is
 * killed leaves that copy behind for good.
 *
 * <p>The copy ({@code sqlite-jdbc-VERSION/Linux-amd64/1107584/libsqlitejdbc.so}) is one of {@link UnpackedCopies}: a
 * copy cut short (a crash before the disk had it all) would crash the process that loads it, and is made again.
 */
public final class NativeSqlite {
    private static final String PATH_PROPERTY = "org.sqlite.lib.path";
    private static final String NAME_PROPERTY = "org.sqlite.lib.name";
    private static final String TMPDIR_PROPERTY = "org.sqlite.tmpdir";
    private static boolean prepared;
    /**
     * What every first connection waits for, made once: sqlite-jdbc's settings build a date format (a pattern parser,
     * the time zone, the locale's calendar names: 30-100 ms cold) that the driver caches for later connections. A
     * command line's helper thread makes it while the main thread reads the line (cli/CommandWarmUp).
     */
    private static final FutureTask<SQLiteConfig> dateFormat = new FutureTask<>(SQLiteConfig::new);

    /**
     * Before the first connection, from the thread that opens it: the native library found in {@code cacheFolder}
     * (below) and the driver's date format made here or, when a helper thread is at it, waited for. A failure is
     * left for the connection to meet and report, in the words it always used.
     */
    public static void ready(Path cacheFolder) {
        useCacheIn(cacheFolder);
        makeDateFormat();
        try {
            dateFormat.get();
        } catch (ExecutionException e) {
            // the connection meets the same problem and says so
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Makes the driver's date format on this thread, unless another thread is making or has made it. */
    public static void makeDateFormat() {
        dateFormat.run(); // returns at once when another thread runs it
    }

    /**
     * For a helper thread: loads the native library now (the driver loads it once; a connection opened meanwhile
     * waits for it), but only a whole copy already in {@code cacheFolder}: the process may end before the helper does,
     * so a copy is written only by the thread that opens the first connection, never left half-made. A failure is
     * left for the connection to meet.
     */
    public static void loadCachedLibrary(Path cacheFolder) {
        try {
            if (UnpackedCopies.wholeCopy(platformFolder(cacheFolder), System.mapLibraryName("sqlitejdbc")) == null) {
                return;
            }
            useCacheIn(cacheFolder);
            if (System.getProperty(PATH_PROPERTY) != null) { // else the driver would unpack its own copy
                SQLiteJDBCLoader.initialize();
            }
        } catch (Exception e) {
            // the connection meets the same problem and says so
        }
    }

    /** The cache's folder for this driver version and platform. */
    private static Path platformFolder(Path cacheFolder) {
        // Named by what Java says about the platform: asking sqlite-jdbc (OSInfo) starts a process ("uname").
        return cacheFolder.resolve("sqlite-jdbc-" + SQLiteJDBCLoader.getVersion())
                .resolve(platform(System.getProperty("os.name")) + "-" + platform(System.getProperty("os.arch")));
    }

    /**
     * Before the first connection: makes sure the native library sits complete in {@code cacheFolder} and tells
     * the driver to load it from there. Anything unusual (a read-only home, a platform sqlite-jdbc does not ship,
     * a copy the system refuses) leaves the driver to its own way, which works, only slower. The copy is not loaded
     * here to try it: a second copy of the library in a JVM whose driver already loaded one crashes it.
     */
    public static synchronized void useCacheIn(Path cacheFolder) {
        if (prepared || System.getProperty(PATH_PROPERTY) != null) {
            return;
        }
        prepared = true;
        String name = System.mapLibraryName("sqlitejdbc");
        Path platformFolder = platformFolder(cacheFolder);
        try {
            Path library = UnpackedCopies.wholeCopy(platformFolder, name);
            if (library == null) { // none yet (a new version), or one cut short: made (again), once
                library = installFromJar(name, platformFolder);
            }
            System.setProperty(PATH_PROPERTY, library.getParent().toString());
            System.setProperty(NAME_PROPERTY, name);
            // The driver still sweeps its temporary folder for copies other runs left: let that be a small one.
            if (System.getProperty(TMPDIR_PROPERTY) == null) {
                System.setProperty(TMPDIR_PROPERTY, platformFolder.getParent().toString());
            }
        } catch (IOException | RuntimeException e) {
            // the driver unpacks its own copy
        }
    }

    private static String platform(String value) {
        return String.valueOf(value).replaceAll("[^A-Za-z0-9_.]", "");
    }

    private static Path installFromJar(String name, Path platformFolder) throws IOException {
        String osFolder = OSInfo.getNativeLibFolderPathForCurrentOS();
        URL resource = SQLiteJDBCLoader.class.getResource("/org/sqlite/native/" + osFolder + "/" + name);
        if (resource == null) {
            throw new IOException("sqlite-jdbc ships no native library for " + osFolder);
        }
        return UnpackedCopies.install(resource, platformFolder, name);
    }
}
