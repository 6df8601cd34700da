package org.casefile.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A backup from the first release restores into this one and is migrated; a foreign trigger is noticed. */
class RestoreFromTest {
    @TempDir Path dir;

    private Path versionOne() throws Exception {
        Path file = dir.resolve("old.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            for (String sql : Migrations.statements(1)) {
                s.executeUpdate(sql);
            }
            s.executeUpdate("PRAGMA user_version = 1");
            s.executeUpdate("INSERT INTO cases (platform, order_number, item, ordered_on, paid_amount, paid_currency, "
                    + "payment, claim, folder, created_at, updated_at) VALUES ('ebay', '12-3', 'Jacket', "
                    + "'2026-10-01', '20.00', 'EUR', 'paypal', 'damaged', 'cases/x', '2026-10-02T10:00:00', "
                    + "'2026-10-02T10:00:00')");
        }
        return file;
    }

    @Test
    void anOlderSnapshotIsRestoredAndMigratedForward() throws Exception {
        Path old = versionOne();
        assertThat(Database.hasExpectedSchema(old)).isTrue();
        try (Database db = Database.open(dir.resolve("casefile.db"))) {
            db.restoreFrom(old);
            assertThat(db.schemaVersion()).isEqualTo(Migrations.latestVersion());
            java.util.Set<Long> found = db.read(s -> s.search().matchingCases(
                    org.casefile.domain.SearchQuery.parse("jacket")));
            assertThat(found).containsExactly(1L);
            long id = db.write(s -> s.messages().insert(new org.casefile.domain.Message(0, 1,
                    java.time.LocalDateTime.parse("2026-10-03T10:00:00"), org.casefile.domain.Author.SELLER, null,
                    null, "refund soon", false)));
            assertThat(id).isEqualTo(1);
        }
        try (Database again = Database.open(dir.resolve("casefile.db"))) {
            int messages = again.read(s -> s.messages().count());
            assertThat(messages).as("WAL mode kept, the write survived").isEqualTo(1);
        }
    }

    @Test
    void aTriggerNobodyMigratedIsNoticed() throws Exception {
        Path old = versionOne();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + old); Statement s = c.createStatement()) {
            s.executeUpdate("CREATE TRIGGER wipe AFTER INSERT ON messages BEGIN DELETE FROM cases; END");
        }
        assertThat(Database.hasExpectedSchema(old)).isFalse();
        assertThat(Database.hasExpectedSchema(dir.resolve("not-there.db"))).isFalse();
    }
}
