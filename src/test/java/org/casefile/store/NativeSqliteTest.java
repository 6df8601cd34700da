package org.casefile.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The database driver's native library is unpacked once into the cache folder and loaded from there by every later
 * command, in real child processes (a driver, once loaded, stays loaded in a JVM): nothing lands in the temporary
 * folder, where a killed process would leave a 1 MB copy for good.
 */
class NativeSqliteTest {
    private static final String LIBRARY = System.mapLibraryName("sqlitejdbc");

    @TempDir Path dir;

    private Process list(Path cacheHome, Path tmp) throws Exception {
        Files.createDirectories(tmp);
        if (!Files.exists(dir.resolve("library"))) {
            // list only reads: it refuses a folder holding no library, so the library exists before the child runs.
            org.casefile.library.Library.open(dir.resolve("library")).close();
        }
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.io.tmpdir=" + tmp, "-Dorg.sqlite.tmpdir=" + tmp, "-cp", System.getProperty("java.class.path"),
                "org.casefile.Launcher", "--library", dir.resolve("library").toString(), "list")
                .redirectErrorStream(true);
        builder.environment().put("XDG_CACHE_HOME", cacheHome.toString());
        Process process = builder.start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return process;
    }

    private static List<Path> files(Path folder, String name) throws Exception {
        if (!Files.exists(folder)) {
            return List.of();
        }
        try (Stream<Path> all = Files.walk(folder)) {
            return all.filter(p -> p.getFileName().toString().contains(name)).toList();
        }
    }

    @Test
    void theNativeLibraryIsUnpackedOnceIntoTheCacheAndNeverIntoTmp() throws Exception {
        Path cache = dir.resolve("cache");
        Path tmp = dir.resolve("tmp");
        Process first = list(cache, tmp);
        assertThat(first.exitValue()).as(new String(first.getInputStream().readAllBytes(), StandardCharsets.UTF_8))
                .isZero();
        List<Path> cached = files(cache.resolve("casefile"), LIBRARY);
        assertThat(cached).hasSize(1);
        long size = org.sqlite.SQLiteJDBCLoader.class.getResource("/org/sqlite/native/"
                + org.sqlite.util.OSInfo.getNativeLibFolderPathForCurrentOS() + "/" + LIBRARY).openConnection()
                .getContentLengthLong();
        assertThat(Files.size(cached.get(0))).isEqualTo(size);
        assertThat(files(cache, ".part")).as("no half-written copy").isEmpty();
        FileTime written = Files.getLastModifiedTime(cached.get(0));

        Process second = list(cache, tmp);
        assertThat(second.exitValue()).isZero();
        assertThat(Files.getLastModifiedTime(cached.get(0))).as("the second command reuses the copy")
                .isEqualTo(written);
        assertThat(files(tmp, "sqlite")).as("nothing unpacked into the temporary folder").isEmpty();
    }

    @Test
    void withoutAWritableCacheTheDriverStillLoadsItsOwnWay() throws Exception {
        Path notAFolder = Files.writeString(dir.resolve("cache-is-a-file"), "x");
        Path tmp = dir.resolve("tmp");
        Process process = list(notAFolder, tmp);
        assertThat(process.exitValue()).as(new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8))
                .isZero();
        assertThat(Files.readString(notAFolder)).isEqualTo("x");
    }
}
