package org.casefile.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.stream.Stream;
import org.casefile.TestCases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opening a library recognises its own database and nothing else: a folder with no library, an emptied or foreign
 * {@code casefile.db} beside case folders, a nonsense version — each refused in words, with nothing written.
 */
class LibraryRecognitionTest {
    @TempDir Path library;


    private CliRun run(String... args) {
        return CliRun.on(library, TestCases.CLOCK, args);
    }

    private CliRun newCase(String order) {
        return run("new-case", "--platform", "aliexpress", "--order", order, "--item", "2TB portable SSD",
                "--claim", "not-as-described", "--paid", "89.99 GBP", "--ordered", "2026-10-01");
    }

    private List<String> contents() throws Exception {
        try (Stream<Path> files = Files.walk(library)) {
            return files.filter(f -> !f.equals(library)).map(f -> library.relativize(f).toString()).sorted().toList();
        }
    }

    @Test
    void readOnlyCommandsOnAFolderWithoutALibraryExitOneAndCreateNothing() throws Exception {
        String[][] commands = {{"list"}, {"show", "1"}, {"search", "ssd"}, {"deadlines"}, {"verify"},
                {"export", "1", "--profile", "platform", "--out", library.resolve("x.pdf").toString()}};
        for (String[] command : commands) {
            CliRun result = run(command);
            assertThat(result.code()).as(command[0]).isEqualTo(1);
            assertThat(result.err()).as(command[0]).contains("holds no Casefile library", "--library");
            assertThat(contents()).as("after %s", command[0]).isEmpty();
        }
        assertThat(newCase("1").code()).as("a command that writes still starts a library").isZero();
        assertThat(run("list").code()).isZero();
    }

    @Test
    void aCaseIdThatIsNotANumberAndOtherUsageErrorsTakeThreeLines() {
        newCase("1");
        CliRun show = run("show", "abc");
        assertThat(show.code()).isEqualTo(2);
        assertThat(show.err()).contains("abc is not a case id").doesNotContain("long");
        assertThat(show.err().lines().count()).isLessThanOrEqualTo(3);
        assertThat(show.err()).contains("Usage: casefile show", "Try 'casefile show --help'");

        CliRun missing = run("new-case", "--platform", "amazon");
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err()).contains("Missing required option", "Usage: casefile new-case",
                "'casefile new-case --help'");
        assertThat(missing.err().lines().count()).isLessThanOrEqualTo(3);
    }

    @Test
    void anEmptiedDatabaseBesideCaseFoldersIsRefusedAndLeftAlone() throws Exception {
        assertThat(newCase("1").code()).isZero();
        Path db = closedDatabase();
        Files.write(db, new byte[0]);
        Files.createDirectories(library.resolve("backups"));
        Files.write(library.resolve("backups/casefile-2026-11-25.db"), new byte[] {1});

        for (CliRun result : List.of(run("list"), run("verify"), newCase("2"))) {
            assertThat(result.code()).isEqualTo(1);
            assertThat(result.err()).contains("casefile.db", "is empty", "case folders",
                    "backups/casefile-2026-11-25.db", "restore");
        }
        assertThat(Files.size(db)).as("nothing written into it").isZero();

        Files.delete(db);
        CliRun deleted = run("list");
        assertThat(deleted.code()).isEqualTo(1);
        assertThat(deleted.err()).contains("is missing", "case folders");
        assertThat(db).doesNotExist();
    }

    @Test
    void anEmptySqliteDatabaseBesideCaseFoldersIsRefusedToo() throws Exception {
        assertThat(newCase("1").code()).isZero();
        Path db = closedDatabase();
        Files.delete(db);
        sqlite(db, "PRAGMA user_version = 0", "VACUUM");
        byte[] before = Files.readAllBytes(db);
        CliRun created = newCase("2");
        assertThat(created.code()).isEqualTo(1);
        assertThat(created.err()).contains("the list of your cases was lost");
        assertThat(Files.readAllBytes(db)).isEqualTo(before);
    }

    @Test
    void anotherProgramsDatabaseIsNeverMigrated() throws Exception {
        Path db = library.resolve("casefile.db");
        sqlite(db, "CREATE TABLE recipes (name TEXT)", "INSERT INTO recipes VALUES ('soup')");
        byte[] before = Files.readAllBytes(db);
        CliRun created = newCase("1");
        assertThat(created.code()).isEqualTo(1);
        assertThat(created.err()).contains("is not a Casefile database", "another program");
        assertThat(Files.readAllBytes(db)).isEqualTo(before);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement();
             var rows = s.executeQuery("SELECT count(*) FROM sqlite_master")) {
            assertThat(rows.getInt(1)).as("no table of ours added").isEqualTo(1);
        }
    }

    @Test
    void aNegativeVersionIsRefusedWithoutAStackTrace() throws Exception {
        Path db = library.resolve("casefile.db");
        sqlite(db, "PRAGMA user_version = -1", "CREATE TABLE t (x)");
        CliRun list = run("list");
        assertThat(list.code()).isEqualTo(1);
        assertThat(list.err()).contains("is not a Casefile database").doesNotContain("Exception", "\tat ");
    }

    @Test
    void aNewLibraryCarriesItsApplicationIdAndAnOlderOneGetsIt() throws Exception {
        assertThat(newCase("1").code()).isZero();
        Path db = library.resolve("casefile.db");
        assertThat(applicationId(db)).isEqualTo(0x43415346);
        sqlite(db, "PRAGMA application_id = 0"); // as every library made before this change
        CliRun list = run("list");
        assertThat(list.code()).isZero();
        assertThat(list.out()).contains("2TB portable SSD");
        assertThat(applicationId(db)).isEqualTo(0x43415346);
    }

    @Test
    void aReadOnlySharedMemoryFileLeftByAnEarlierReadIsMadeWritable() throws Exception {
        assertThat(newCase("1").code()).isZero();
        Path shm = library.resolve("casefile.db-shm");
        Files.write(shm, new byte[0]);
        assertThat(shm.toFile().setWritable(false)).isTrue();
        try (var opened = org.casefile.library.Library.open(library)) {
            assertThat(Files.getPosixFilePermissions(shm)).contains(PosixFilePermission.OWNER_WRITE);
        }
        assertThat(newCase("2").code()).isZero();
    }

    /** The library's database file, with no WAL or shared-memory file beside it (no Casefile has it open). */
    private Path closedDatabase() throws Exception {
        Files.deleteIfExists(library.resolve("casefile.db-wal"));
        Files.deleteIfExists(library.resolve("casefile.db-shm"));
        return library.resolve("casefile.db");
    }

    /** Runs {@code statements} on the SQLite file {@code db} (made if absent), as another program would. */
    private static void sqlite(Path db, String... statements) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        }
    }

    private static int applicationId(Path db) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement();
             var rows = s.executeQuery("PRAGMA application_id")) {
            return rows.getInt(1);
        }
    }
}
