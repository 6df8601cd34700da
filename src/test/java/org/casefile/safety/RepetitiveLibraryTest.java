package org.casefile.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDateTime;
import org.casefile.TestCases;
import org.casefile.app.BackupService;
import org.casefile.app.JobProgress;
import org.casefile.app.Services;
import org.casefile.domain.Author;
import org.casefile.domain.Channel;
import org.casefile.domain.Message;
import org.casefile.library.Library;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every bundle and backup Casefile writes is one it reads back, however repetitive the chat: the zip guard judges
 * sizes and the free disk, and a ratio only beyond what any real library reaches.
 */
class RepetitiveLibraryTest {
    @TempDir Path dir;

    @Test
    void aChatOfOneRepeatedCharacterRoundTripsThroughABackupAndABundle() throws Exception {
        Path source = dir.resolve("source");
        long caseId;
        try (Library library = Library.open(source)) {
            Services services = Services.of(library, TestCases.CLOCK);
            caseId = services.cases().create(TestCases.ssd("8123456789012")).id();
            String same = "a".repeat(Message.MAX_TEXT);
            for (int i = 0; i < 400; i++) { // 4 MB of one letter: packs to a few kilobytes, over 100 times smaller
                services.messages().add(caseId, Author.SELLER, null, Channel.ORDER_CHAT,
                        LocalDateTime.parse("2026-10-02T10:00").plusMinutes(i), same, false);
            }
            services.backups().backup(dir.resolve("backup.zip"), JobProgress.NONE, () -> false);
            services.bundles().exportCase(caseId, dir.resolve("case.zip"), JobProgress.NONE, () -> false);
        }

        BackupService.RestoreResult restored = BackupService.restore(dir.resolve("restored"),
                dir.resolve("backup.zip"), TestCases.CLOCK, JobProgress.NONE, () -> false);
        assertThat(restored.cases()).isEqualTo(1);
        try (Library library = Library.open(dir.resolve("imported"))) {
            Services services = Services.of(library, TestCases.CLOCK);
            long id = services.bundles().importCase(dir.resolve("case.zip"), JobProgress.NONE, () -> false);
            assertThat(services.messages().messages(id)).hasSize(400);
        }
    }
}
