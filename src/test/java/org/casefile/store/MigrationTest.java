package org.casefile.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.casefile.domain.DeadlineSettings;
import org.casefile.domain.Platform;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A library made by the first release (schema 1) opens in this one, with nothing lost. */
class MigrationTest {
    @TempDir Path dir;

    @Test
    void aVersionOneLibraryIsUpgradedInPlace() throws Exception {
        Path file = dir.resolve("casefile.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            for (String sql : Migrations.statements(1)) {
                s.executeUpdate(sql);
            }
            s.executeUpdate("PRAGMA user_version = 1");
            s.executeUpdate("INSERT INTO cases (platform, order_number, item, ordered_on, paid_amount, paid_currency, "
                    + "payment, claim, folder, created_at, updated_at) VALUES ('ebay', '12-3', 'Jacket', "
                    + "'2026-10-01', '20.00', 'EUR', 'paypal', 'damaged', 'cases/x', '2026-10-02T10:00:00', "
                    + "'2026-10-02T10:00:00')");
            s.executeUpdate("INSERT INTO evidence (case_id, kind, path, original_name, sha256, size, media_type, "
                    + "imported_at) VALUES (1, 'received', 'cases/x/received/a.jpg', 'a.jpg', '" + "a".repeat(64)
                    + "', 10, 'image/jpeg', '2026-10-02T10:00:00')");
        }
        try (Database db = Database.open(file)) {
            assertThat(db.schemaVersion()).isEqualTo(Migrations.latestVersion()).isEqualTo(7);
            // 006_redactions: old evidence takes boxes.
            java.util.Map<Long, java.util.List<org.casefile.domain.RedactionBox>> none =
                    db.read(s -> s.evidence().redactions(1));
            assertThat(none).isEmpty();
            db.write(s -> {
                s.evidence().setRedactions(1, 1, java.util.List.of(new org.casefile.domain.RedactionBox(0, 0, 5, 5)));
                return null;
            });
            java.util.Map<Long, java.util.List<org.casefile.domain.RedactionBox>> one =
                    db.read(s -> s.evidence().redactions(1));
            assertThat(one.get(1L)).hasSize(1);
            java.util.Set<Long> found = db.read(s -> s.search().matchingCases(
                    org.casefile.domain.SearchQuery.parse("jacket")));
            assertThat(found).as("existing cases are indexed for search").containsExactly(1L);
            java.util.List<org.casefile.domain.Case> all = db.read(s -> s.cases().all());
            assertThat(all).singleElement()
                    .satisfies(c -> assertThat(c.facts().item()).isEqualTo("Jacket"));
            org.casefile.domain.Evidence photo = db.read(s -> s.evidence().find(1, 1)).orElseThrow();
            assertThat(photo.durationMillis()).as("schema 4: evidence has a duration, none for old rows").isNull();
            db.write(s -> {
                s.evidence().rememberUnadopted(1, new EvidenceRepository.Unadopted("cases/x/notes.jpg", 3,
                        "2026-10-02T10:00:00Z", "not a photo"));
                return null;
            });
            java.util.Map<String, EvidenceRepository.Unadopted> unadopted = db.read(s -> s.evidence().unadopted(1));
            assertThat(unadopted).containsOnlyKeys("cases/x/notes.jpg");
            java.util.Map<Long, org.casefile.domain.EmailText> emails = db.read(s -> s.emails().forCase(1));
            assertThat(emails).as("007_email: an old library has no emails yet").isEmpty();
            String description = db.read(s -> s.cases().description(1));
            assertThat(description).isNull();
            DeadlineSettings settings = db.read(s -> s.settings().deadlineSettings());
            assertThat(settings.sellerResponseDays(Platform.EBAY)).isEqualTo(5);
            String libraryId = db.read(s -> s.settings().libraryId());
            assertThat(libraryId).matches("[0-9a-f]{32}");
        }
        try (Database db = Database.open(file)) {
            String again = db.read(s -> s.settings().libraryId());
            assertThat(again).as("made once, kept").isEqualTo(db.read(s -> s.settings().libraryId()));
        }
    }

    @Test
    void settingsAreSavedPerPlatform() {
        try (Database db = Database.open(dir.resolve("casefile.db"))) {
            db.write(s -> {
                s.settings().save(new DeadlineSettings(java.util.Map.of(Platform.AMAZON, 2)));
                return null;
            });
            DeadlineSettings saved = db.read(s -> s.settings().deadlineSettings());
            assertThat(saved.sellerResponseDays(Platform.AMAZON)).isEqualTo(2);
            assertThat(saved.sellerResponseDays(Platform.ALIEXPRESS)).isEqualTo(5);
        }
    }
}
