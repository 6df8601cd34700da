package org.casefile.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.List;
import org.casefile.TestCases;
import org.casefile.domain.Author;
import org.casefile.domain.CaseFacts;
import org.casefile.domain.CaseStatus;
import org.casefile.domain.Message;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {
    private static final LocalDateTime NOW = LocalDateTime.parse("2026-11-26T10:00:00");

    @TempDir Path dir;

    private static CaseFacts facts(String order) {
        return TestCases.ssd(order).parse(NOW.toLocalDate());
    }

    private static String pragma(Connection connection, String name) throws Exception {
        try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery("PRAGMA " + name)) {
            return r.next() ? r.getString(1) : null;
        }
    }

    @Test
    void migratesAnEmptyFileAndSetsThePragmas() throws Exception {
        Path file = dir.resolve("casefile.db");
        try (Database db = Database.open(file)) {
            assertThat(db.schemaVersion()).isEqualTo(Migrations.latestVersion()).isPositive();
            assertThat(queryInt(db, "PRAGMA foreign_keys")).isEqualTo(1);
            assertThat(queryInt(db, "PRAGMA synchronous")).as("FULL").isEqualTo(2);
            assertThat(queryInt(db, "PRAGMA busy_timeout")).isEqualTo(Database.BUSY_TIMEOUT_MS);
            for (String table : List.of("cases", "status_changes", "evidence", "pairs", "discrepancies", "messages",
                    "message_attachments", "offers")) {
                assertThat(queryInt(db, "SELECT count(*) FROM sqlite_master WHERE name = ?", table))
                        .as(table).isEqualTo(1);
            }
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            assertThat(pragma(c, "journal_mode")).isEqualTo("wal");
        }
    }

    @Test
    void keepsWhatWasSavedAcrossReopening() {
        Path file = dir.resolve("casefile.db");
        long id;
        try (Database db = Database.open(file)) {
            id = db.write(s -> s.cases().insert(facts("1"), "cases/one", NOW));
        }
        try (Database db = Database.open(file)) {
            assertThat(db.schemaVersion()).isEqualTo(Migrations.latestVersion());
            assertThat(db.read(s -> s.cases().find(id)).orElseThrow().facts()).isEqualTo(facts("1"));
            assertThat(history(db, id)).extracting(c -> c.status())
                    .containsExactly(CaseStatus.NEW);
        }
    }

    @Test
    void refusesADatabaseFromANewerVersionAndLeavesItByteForByte() throws Exception {
        Path file = dir.resolve("casefile.db");
        try (Database db = Database.open(file)) {
            db.write(s -> s.cases().insert(facts("1"), "cases/one", NOW));
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.executeUpdate("PRAGMA user_version = 99");
            s.executeUpdate("PRAGMA wal_checkpoint(TRUNCATE)");
        }
        byte[] before = Files.readAllBytes(file);
        long modified = Files.getLastModifiedTime(file).toMillis();

        assertThatThrownBy(() -> Database.open(file)).isInstanceOf(StoreException.class)
                .hasMessageContaining("newer version of Casefile")
                .hasMessageContaining("Nothing in the library was changed");

        assertThat(sha256(Files.readAllBytes(file))).isEqualTo(sha256(before));
        assertThat(Files.getLastModifiedTime(file).toMillis()).isEqualTo(modified);
    }

    @Test
    void refusesAFileThatIsNotADatabaseAndLeavesIt() throws Exception {
        Path file = dir.resolve("casefile.db");
        byte[] junk = "these are my notes, not a database".repeat(200).getBytes();
        Files.write(file, junk);
        assertThatThrownBy(() -> Database.open(file)).isInstanceOf(StoreException.class)
                .hasMessageContaining("is not a Casefile database");
        assertThat(Files.readAllBytes(file)).isEqualTo(junk);
    }

    @Test
    void aFailedActionSavesNothing() {
        try (Database db = Database.open(dir.resolve("casefile.db"))) {
            assertThatThrownBy(() -> db.write(s -> {
                s.cases().insert(facts("1"), "cases/one", NOW);
                throw new IllegalStateException("power cut");
            })).hasMessage("power cut");
            assertThat(queryInt(db, "SELECT count(*) FROM cases")).isZero();
            assertThat(queryInt(db, "SELECT count(*) FROM status_changes")).isZero();
        }
    }

    @Test
    void constraintsRefuseDuplicatesAndBrokenRows() {
        try (Database db = Database.open(dir.resolve("casefile.db"))) {
            long first = db.write(s -> s.cases().insert(facts("1"), "cases/one", NOW));
            assertThatThrownBy(() -> db.write(s -> s.cases().insert(facts("1"), "cases/two", NOW)))
                    .isInstanceOf(StoreException.class)
                    .hasMessage("There is already a case for AliExpress order 1 (case " + first + ").");
            assertThatThrownBy(() -> db.write(s -> s.cases().insert(facts("2"), "cases/one", NOW)))
                    .as("folder is unique").isInstanceOf(StoreException.class);
            assertThatThrownBy(() -> db.write(s -> s.update("INSERT INTO messages (case_id, at, author, text) "
                    + "VALUES (999, '2026-01-01T00:00:00', 'seller', 'hi')")))
                    .as("foreign key").isInstanceOf(StoreException.class);
            assertThatThrownBy(() -> db.write(s -> s.update("UPDATE cases SET protection_ends = '2020-01-01'")))
                    .as("protection end before order").isInstanceOf(StoreException.class);
            assertThatThrownBy(() -> db.write(s -> s.update("UPDATE cases SET status = 'lost'")))
                    .isInstanceOf(StoreException.class);
            assertThat(queryInt(db, "SELECT count(*) FROM cases")).isEqualTo(1);
        }
    }

    @Test
    void deletingACaseRemovesEverythingRecordedAboutIt() {
        try (Database db = Database.open(dir.resolve("casefile.db"))) {
            long id = db.write(s -> s.cases().insert(facts("1"), "cases/one", NOW));
            db.write(s -> s.messages().insert(new Message(0, id, NOW, Author.SELLER, "Yunda", org.casefile.domain.Channel.ORDER_CHAT,
                    "will resend", true)));
            db.write(s -> {
                s.cases().changeStatus(id, CaseStatus.SELLER_CONTACTED, null, NOW, "asked");
                return null;
            });
            db.write(s -> {
                s.cases().delete(id);
                return null;
            });
            assertThat(queryInt(db, "SELECT count(*) FROM messages")).isZero();
            assertThat(queryInt(db, "SELECT count(*) FROM status_changes")).isZero();
            assertThatThrownBy(() -> db.write(s -> {
                s.cases().delete(id);
                return null;
            })).hasMessage("There is no case " + id + " in this library.");
        }
    }

    @Test
    void roundTripsUnicodeAndCjk() {
        Path file = dir.resolve("casefile.db");
        CaseFacts facts = new org.casefile.domain.CaseFactsInput("other", "订单-2026/10", "深圳云达数码专营店",
                "무선 이어폰 — سماعات لاسلكية 🎧", null, "2026-10-01", "199 CNY", null, "CN", null, null, null, null,
                "damaged", null, null).parse(NOW.toLocalDate());
        String text = "亲，您好！我们会补发一个新的。 Ünïcødé 😀 한국어";
        try (Database db = Database.open(file)) {
            long id = db.write(s -> s.cases().insert(facts, "cases/订单", NOW));
            db.write(s -> s.messages().insert(new Message(0, id, NOW, Author.SELLER, "云达", org.casefile.domain.Channel.ORDER_CHAT, text,
                    false)));
        }
        try (Database db = Database.open(file)) {
            assertThat(db.read(s -> s.cases().all()).get(0).facts()).isEqualTo(facts);
            assertThat(db.read(s -> s.messages().forCase(1)).get(0).text()).isEqualTo(text);
            assertThat(db.read(s -> s.cases().all()).get(0).folder()).isEqualTo("cases/订单");
        }
    }

    @Test
    void splitsScriptsButKeepsTriggerBodiesWhole() {
        List<String> statements = Migrations.split("""
                -- a comment
                CREATE TABLE a (x TEXT);
                CREATE TRIGGER t AFTER INSERT ON a BEGIN
                  INSERT INTO b VALUES (new.x);
                  DELETE FROM c;
                END;
                CREATE INDEX i ON a (x);
                """);
        assertThat(statements).hasSize(3);
        assertThat(statements.get(1)).startsWith("CREATE TRIGGER").endsWith("END;").contains("DELETE FROM c;");
    }

    private static int queryInt(Database db, String sql, Object... values) {
        return db.read(s -> s.queryInt(sql, values));
    }

    private static List<org.casefile.domain.StatusChange> history(Database db, long id) {
        return db.read(s -> s.cases().history(id));
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
