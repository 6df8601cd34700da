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
        return listWithTmp(cacheHome, tmp);
    }

    private Process listWithTmp(Path cacheHome, Path tmp) throws Exception {
        if (!Files.exists(dir.resolve("library"))) {
            // list only reads: it refuses a folder holding no library, so the library exists before the child runs.
            org.casefile.library.Library.open(dir.resolve("library")).close();
        }
        ProcessBuilder builder = org.casefile.ChildJava.casefile(List.of("-Djava.io.tmpdir=" + tmp,
                "-Dorg.sqlite.tmpdir=" + tmp), "--library", dir.resolve("library").toString(), "list")
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
    void theCommandLinesHelperThreadNeverWritesACopy() {
        Path cache = dir.resolve("helper-cache");
        NativeSqlite.loadCachedLibrary(cache); // the process may end before the helper: no half-written copy
        assertThat(cache).doesNotExist();
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

    private Path cachedCopy(Path cache) throws Exception {
        List<Path> cached = files(cache.resolve("casefile"), LIBRARY);
        assertThat(cached).hasSize(1);
        return cached.get(0);
    }

    private Path copyMadeByAFirstCommand(Path cache, Path tmp) throws Exception {
        assertThat(list(cache, tmp).exitValue()).isZero();
        return cachedCopy(cache);
    }

    private static String output(Process process) throws Exception {
        return new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }

    /**
     * A temporary "folder" that is a file: the driver could unpack nothing there, so a command that works loaded
     * the cached copy, from its very first connection (recognising the database opens one before the library does).
     */
    @Test
    void everyConnectionUsesTheCachedCopyEvenTheFirst() throws Exception {
        Path cache = dir.resolve("cache");
        Path tmp = dir.resolve("tmp");
        assertThat(list(cache, tmp).exitValue()).isZero();
        Path unusableTmp = Files.writeString(dir.resolve("tmp-is-a-file"), "x");
        Process process = listWithTmp(cache, unusableTmp);
        assertThat(process.exitValue()).as(output(process)).isZero();
        assertThat(Files.readString(unusableTmp)).isEqualTo("x");
    }

    @Test
    void aCachedCopyCutShortIsMadeAgainAndOneOverwrittenStillLetsTheCommandWork() throws Exception {
        Path cache = dir.resolve("cache");
        Path tmp = dir.resolve("tmp");
        byte[] whole = Files.readAllBytes(copyMadeByAFirstCommand(cache, tmp));
        Path copy = cachedCopy(cache);

        Files.write(copy, java.util.Arrays.copyOf(whole, whole.length / 3)); // a copy cut short
        Process afterCut = list(cache, tmp);
        assertThat(afterCut.exitValue()).as(output(afterCut)).isZero();
        assertThat(Files.readAllBytes(cachedCopy(cache))).as("made whole again").isEqualTo(whole);

        byte[] garbage = new byte[whole.length];
        java.util.Arrays.fill(garbage, (byte) 0x5a);
        Files.write(copy, garbage); // the right size, the wrong bytes: refused, so the driver unpacks its own
        Process afterGarbage = list(cache, tmp);
        assertThat(afterGarbage.exitValue()).as(output(afterGarbage)).isZero();
        assertThat(files(cache, ".part")).isEmpty();
        assertThat(files(tmp, "sqlite")).isEmpty();
    }

    @Test
    void aMissingCachedCopyIsMadeAgainAndALeftoverHalfCopyDoesNotMatter() throws Exception {
        Path cache = dir.resolve("cache");
        Path tmp = dir.resolve("tmp");
        Path copy = copyMadeByAFirstCommand(cache, tmp);
        byte[] whole = Files.readAllBytes(copy);
        Files.delete(copy);
        // What a run killed while unpacking leaves: a part file under its own name, never the library's.
        Files.write(copy.resolveSibling(copy.getFileName() + ".999999.part"), java.util.Arrays.copyOf(whole, 1000));
        Process process = list(cache, tmp);
        assertThat(process.exitValue()).as(output(process)).isZero();
        assertThat(Files.readAllBytes(copy)).isEqualTo(whole);
    }

    /** The cache folder and the library are all a command may write: the home, the temporary folder stay as were. */
    @Test
    void nothingIsWrittenOutsideTheCacheFolder() throws Exception {
        org.casefile.library.Library.open(dir.resolve("library")).close();
        Path home = Files.createDirectories(dir.resolve("home"));
        Path tmp = Files.createDirectories(dir.resolve("tmp"));
        Path cache = home.resolve(".cache");
        ProcessBuilder builder = org.casefile.ChildJava.casefile(List.of("-Duser.home=" + home,
                "-Djava.io.tmpdir=" + tmp), "--library", dir.resolve("library").toString(), "search", "resend")
                .redirectErrorStream(true);
        builder.environment().remove("XDG_CACHE_HOME");
        builder.environment().put("HOME", home.toString());
        for (int run = 0; run < 2; run++) { // the first run makes the cached copy, the second only uses it
            Process process = builder.start();
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(process.exitValue()).as(output(process)).isZero();
        }
        try (Stream<Path> written = Files.walk(dir)) {
            assertThat(written.filter(Files::isRegularFile)
                    .filter(p -> !p.startsWith(cache) && !p.startsWith(dir.resolve("library"))).toList()).isEmpty();
        }
        assertThat(files(cache, LIBRARY)).hasSize(1);
    }
}
