package org.casefile.store;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.OSInfo;

/**
 * Keeps sqlite-jdbc's native library in Casefile's cache folder, unpacked once per version, and points the driver
 * at it. Left to itself the driver unpacks a fresh 1 MB copy into the temporary folder on every start and compares
 * it byte by byte (about 90 ms of every command), and a process that is killed leaves that copy behind for good.
 */
public final class NativeSqlite {
    private static final String PATH_PROPERTY = "org.sqlite.lib.path";
    private static final String NAME_PROPERTY = "org.sqlite.lib.name";
    private static final String TMPDIR_PROPERTY = "org.sqlite.tmpdir";
    private static boolean prepared;

    private NativeSqlite() {
    }

    /**
     * Before the first connection: makes sure the native library sits complete in {@code cacheFolder} and tells
     * the driver to load it from there. Anything unusual (a read-only home, a platform sqlite-jdbc does not ship,
     * a driver already loaded) leaves the driver to its own way, which works, only slower.
     */
    public static synchronized void useCacheIn(Path cacheFolder) {
        if (prepared || System.getProperty(PATH_PROPERTY) != null) {
            return;
        }
        prepared = true;
        String name = System.mapLibraryName("sqlitejdbc");
        // Named by what Java says about the platform: asking sqlite-jdbc (OSInfo) starts a process ("uname -m").
        Path library = cacheFolder.resolve("sqlite-jdbc-" + SQLiteJDBCLoader.getVersion())
                .resolve(platform(System.getProperty("os.name")) + "-" + platform(System.getProperty("os.arch")))
                .resolve(name);
        try {
            if (!Files.isRegularFile(library)) { // once per version: a copy in place is complete (moved in whole)
                String osFolder = OSInfo.getNativeLibFolderPathForCurrentOS();
                URL resource = SQLiteJDBCLoader.class.getResource("/org/sqlite/native/" + osFolder + "/" + name);
                if (resource == null) {
                    return;
                }
                install(resource, library);
            }
            System.setProperty(PATH_PROPERTY, library.getParent().toString());
            System.setProperty(NAME_PROPERTY, name);
            // The driver still sweeps its temporary folder for copies other runs left: let that be a small one.
            if (System.getProperty(TMPDIR_PROPERTY) == null) {
                System.setProperty(TMPDIR_PROPERTY, library.getParent().getParent().toString());
            }
        } catch (IOException | RuntimeException e) {
            // the driver unpacks its own copy
        }
    }

    private static String platform(String value) {
        return String.valueOf(value).replaceAll("[^A-Za-z0-9_.]", "");
    }

    /** The cached copy, written under a temporary name and moved into place so no reader sees half a library. */
    static void install(URL resource, Path target) throws IOException {
        Files.createDirectories(target.getParent());
        Path part = target.resolveSibling(target.getFileName() + "." + ProcessHandle.current().pid() + ".part");
        try (InputStream in = resource.openStream()) {
            Files.copy(in, part, StandardCopyOption.REPLACE_EXISTING);
            Files.move(part, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(part);
        }
    }
}
