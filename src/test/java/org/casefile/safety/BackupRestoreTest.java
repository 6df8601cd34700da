package org.casefile.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.casefile.TestCases;
import org.casefile.app.BackupService;
import org.casefile.app.JobProgress;
import org.casefile.app.Services;
import org.casefile.domain.CasefileException;
import org.casefile.library.Library;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackupRestoreTest {
    @TempDir Path dir;
    Path source;
    Path backup;

    @BeforeEach
    void twoFullCases() throws Exception {
        source = dir.resolve("library");
        backup = Files.createDirectories(dir.resolve("out")).resolve("backup.zip");
        try (Library library = Library.open(source)) {
            Services services = Services.of(library, TestCases.CLOCK);
            Fixtures.richCase(services, "8123456789012", dir.resolve("photos"));
            Fixtures.richCase(services, "8123456789013", dir.resolve("photos"));
        }
    }

    private BackupService.BackupResult backUp(Path target) {
        try (Library library = Library.open(source)) {
            return Services.of(library, TestCases.CLOCK).backups().backup(target, JobProgress.NONE, () -> false);
        }
    }

    @Test
    void aBackupRestoresIntoAnEmptyLibraryWithEveryFileAndRow() throws Exception {
        BackupService.BackupResult result = backUp(backup);
        assertThat(result.cases()).isEqualTo(2);
        assertThat(result.files()).isEqualTo(4);
        assertThat(result.missing()).isEmpty();
        assertThat(Zips.read(backup).keySet()).contains("casefile.db", "manifest.json")
                .anyMatch(name -> name.matches("cases/2026-10-01 AliExpress 8123456789012/received/IMG_.*\\.jpg"));
        assertThat(Fixtures.files(backup.getParent())).as("no temporary file beside it").containsExactly("backup.zip");

        Path target = dir.resolve("restored");
        List<long[]> progress = new java.util.ArrayList<>();
        BackupService.RestoreResult restored = BackupService.restore(target, backup, TestCases.CLOCK,
                (stage, done, total) -> progress.add(new long[] {done, total}), () -> false);
        assertThat(restored.cases()).isEqualTo(2);
        assertThat(restored.files()).isEqualTo(4);
        assertThat(restored.verified().ok()).isTrue();
        assertThat(progress).isNotEmpty();
        assertThat(Fixtures.files(target.resolve("cases"))).isEqualTo(Fixtures.files(source.resolve("cases")));
        for (String file : Fixtures.files(source.resolve("cases"))) {
            assertThat(Files.readAllBytes(target.resolve("cases").resolve(file)))
                    .isEqualTo(Files.readAllBytes(source.resolve("cases").resolve(file)));
        }
        try (Library a = Library.open(source); Library b = Library.open(target)) {
            Services before = Services.of(a, TestCases.CLOCK);
            Services after = Services.of(b, TestCases.CLOCK);
            assertThat(after.cases().details(1).toString()).isEqualTo(before.cases().details(1).toString());
            assertThat(after.messages().attachments(2)).isEqualTo(before.messages().attachments(2));
            assertThat(after.claims().pairs(2)).isEqualTo(before.claims().pairs(2));
            assertThat(after.search().search("512GB", 50)).isEqualTo(before.search().search("512GB", 50));
            assertThat(after.evidence().evidence(1)).allSatisfy(e -> assertThat(target.resolve("thumbnails")
                    .resolve(e.sha256() + ".jpg")).as("thumbnail made again").exists());
        }
        assertThat(Fixtures.files(target.resolve("tmp"))).isEmpty();
        assertThat(target.resolve("journal")).satisfiesAnyOf(p -> assertThat(p).doesNotExist(),
                p -> assertThat(Fixtures.files(p)).isEmpty());
    }

    @Test
    void restoreRefusesALibraryThatIsNotEmptyAndChangesNothing() throws Exception {
        backUp(backup);
        List<String> before = Fixtures.files(source);
        byte[] database = Files.readAllBytes(source.resolve("casefile.db"));
        assertThatThrownBy(() -> BackupService.restore(source, backup, TestCases.CLOCK, JobProgress.NONE, () -> false))
                .isInstanceOf(CasefileException.class).hasMessageContaining("only into an empty library")
                .hasMessageContaining("already holds 2 cases");
        assertThat(Fixtures.files(source)).isEqualTo(before);
        assertThat(Files.readAllBytes(source.resolve("casefile.db"))).isEqualTo(database);
    }

    @Test
    void restoreRefusesABackupFromANewerCasefile() throws Exception {
        backUp(backup);
        Path newer = Zips.edit(backup, dir.resolve("newer.zip"), "manifest.json",
                bytes -> Zips.bytes(Zips.text(bytes).replaceFirst("\"schema\" : \\d+", "\"schema\" : 99")));
        Path target = dir.resolve("restored");
        assertThatThrownBy(() -> BackupService.restore(target, newer, TestCases.CLOCK, JobProgress.NONE, () -> false))
                .hasMessageContaining("made by a newer version of Casefile (library format 99");
        assertEmpty(target);
    }

    @Test
    void aDamagedOrAlteredFileRefusesTheWholeRestore() throws Exception {
        backUp(backup);
        String photo = Zips.read(backup).keySet().stream().filter(n -> n.endsWith(".jpg")).findFirst().orElseThrow();
        Path altered = Zips.edit(backup, dir.resolve("altered.zip"), photo, bytes -> {
            bytes[bytes.length / 2] ^= 1;
            return bytes;
        });
        Path target = dir.resolve("restored");
        assertThatThrownBy(() -> BackupService.restore(target, altered, TestCases.CLOCK, JobProgress.NONE,
                () -> false)).hasMessageContaining(photo).hasMessageContaining("SHA-256 differs");
        assertEmpty(target);

        Path missing = Zips.edit(backup, dir.resolve("missing.zip"), photo, bytes -> null);
        assertThatThrownBy(() -> BackupService.restore(target, missing, TestCases.CLOCK, JobProgress.NONE,
                () -> false)).hasMessageContaining("is missing from it");
        assertEmpty(target);

        byte[] whole = Files.readAllBytes(backup);
        Path cut = Files.write(dir.resolve("cut.zip"), java.util.Arrays.copyOf(whole, whole.length - 100));
        assertThatThrownBy(() -> BackupService.restore(target, cut, TestCases.CLOCK, JobProgress.NONE, () -> false))
                .hasMessageContaining("was refused");
        assertEmpty(target);

        assertThat(BackupService.restore(target, backup, TestCases.CLOCK, JobProgress.NONE, () -> false).cases())
                .as("after all those refusals the library is still empty and takes the good backup").isEqualTo(2);
    }

    @Test
    void aCancelledBackupLeavesNoFileAndABackupNeverOverwritesANonZip() throws Exception {
        try (Library library = Library.open(source)) {
            BackupService backups = Services.of(library, TestCases.CLOCK).backups();
            assertThatThrownBy(() -> backups.backup(backup, JobProgress.NONE, () -> true))
                    .hasMessageContaining("cancelled");
            assertThat(Fixtures.files(backup.getParent())).isEmpty();

            Path photo = Fixtures.jpeg(dir.resolve("out"), "precious.jpg", 7);
            byte[] bytes = Files.readAllBytes(photo);
            assertThatThrownBy(() -> backups.backup(photo, JobProgress.NONE, () -> false))
                    .hasMessageContaining("is not a zip file; Casefile will not overwrite it");
            assertThat(Files.readAllBytes(photo)).isEqualTo(bytes);
            assertThatThrownBy(() -> backups.backup(source.resolve("inside.zip"), JobProgress.NONE, () -> false))
                    .hasMessageContaining("outside the library folder");
        }
    }

    @Test
    void dailyCopiesAreMadeOnceADayAndTheNewestSevenKept() throws Exception {
        try (Library library = Library.open(source)) {
            for (int day = 0; day < 9; day++) {
                Clock clock = Clock.offset(TestCases.CLOCK, Duration.ofDays(day));
                BackupService backups = org.casefile.app.Services.of(library, clock).backups();
                assertThat(backups.dailyBackup()).isNotNull();
                assertThat(backups.dailyBackup()).as("once a day").isNull();
            }
            List<String> kept = Fixtures.files(source.resolve("backups"));
            assertThat(kept).hasSize(7).first().isEqualTo("casefile-2026-11-28.db");
            assertThat(kept).last().isEqualTo("casefile-2026-12-04.db");
            assertThat(org.casefile.store.Database.schemaVersionOf(source.resolve("backups").resolve(kept.get(6))))
                    .isEqualTo(org.casefile.store.Database.latestSchemaVersion());
            assertThat(Fixtures.files(source.resolve("tmp"))).isEmpty();
        }
    }

    /** A backup whose database was changed by someone, with the manifest made to match. */
    private Path withDatabaseChanged(String name, String sql) throws Exception {
        java.util.Map<String, byte[]> entries = Zips.read(backup);
        Path db = dir.resolve(name + ".db");
        Files.write(db, entries.get("casefile.db"));
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + db);
             java.sql.Statement statement = c.createStatement()) {
            statement.executeUpdate(sql);
        }
        byte[] changed = Files.readAllBytes(db);
        String manifest = Zips.text(entries.get("manifest.json"));
        String oldHash = org.casefile.evidence.Hashing.of(entries.get("casefile.db"));
        manifest = manifest.replace(oldHash, org.casefile.evidence.Hashing.of(changed))
                .replace("\"size\" : " + entries.get("casefile.db").length, "\"size\" : " + changed.length);
        entries.put("casefile.db", changed);
        entries.put("manifest.json", Zips.bytes(manifest));
        return Zips.write(dir.resolve(name + ".zip"), entries);
    }

    @Test
    void aBackupWhoseDatabaseWasTamperedWithIsRefused() throws Exception {
        backUp(backup);
        Path target = dir.resolve("restored");
        Path trigger = withDatabaseChanged("trigger", "CREATE TRIGGER evil AFTER INSERT ON messages BEGIN "
                + "DELETE FROM cases; END");
        assertThatThrownBy(() -> BackupService.restore(target, trigger, TestCases.CLOCK, JobProgress.NONE,
                () -> false)).hasMessageContaining("tables or triggers Casefile did not make");
        assertEmpty(target);
        Path escape = withDatabaseChanged("escape", "UPDATE cases SET folder = 'cases' WHERE id = 1");
        assertThatThrownBy(() -> BackupService.restore(target, escape, TestCases.CLOCK, JobProgress.NONE,
                () -> false)).hasMessageContaining("which is not a folder in cases/");
        Path elsewhere = withDatabaseChanged("elsewhere", "UPDATE evidence SET path = 'cases/../../../etc/passwd' "
                + "WHERE id = 1");
        assertThatThrownBy(() -> BackupService.restore(target, elsewhere, TestCases.CLOCK, JobProgress.NONE,
                () -> false)).hasMessageContaining("which is not in its case's folder");
        assertEmpty(target);
    }

    static void assertEmpty(Path library) {
        assertThat(Fixtures.files(library.resolve("cases"))).isEmpty();
        try (Library lib = Library.open(library)) {
            assertThat((int) lib.database().read(s -> s.cases().count())).isZero();
        }
        assertThat(Fixtures.files(library.resolve("tmp"))).isEmpty();
    }
}
