package org.casefile.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.casefile.TestCases;
import org.casefile.app.Services;
import org.casefile.library.Library;
import org.casefile.library.PendingFolders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The exact states a crash can leave between "files placed" and "database committed", made by hand: the next
 * opening removes folders no case records and keeps those it does, and never touches anything outside cases/.
 */
class PendingFoldersTest {
    @TempDir Path root;

    @Test
    void anUncommittedFolderIsRemovedAndACommittedOneKept() throws Exception {
        String kept;
        try (Library library = Library.open(root)) {
            kept = Services.of(library, TestCases.CLOCK).cases().create(TestCases.ssd("8123456789012")).folder();
        }
        Path orphan = Files.createDirectories(root.resolve("cases/2026-10-01 AliExpress 999/received"));
        Fixtures.jpeg(orphan, "half.jpg", 1);
        Path outside = Files.createDirectories(root.resolve("precious"));
        Fixtures.jpeg(outside, "keep.jpg", 2);
        Fixtures.jpeg(root.resolve(kept).resolve("received"), "stray.jpg", 3);
        // A note as a killed process leaves it, naming the orphan, the recorded case, and (forged) places outside.
        PendingFolders.begin(root, List.of("cases/2026-10-01 AliExpress 999", kept, "precious", "cases/../precious",
                "cases"));

        try (Library library = Library.open(root)) {
            assertThat(root.resolve("cases/2026-10-01 AliExpress 999")).doesNotExist();
            assertThat(root.resolve(kept).resolve("received/stray.jpg")).exists();
            assertThat(outside.resolve("keep.jpg")).exists();
            assertThat(Fixtures.files(root.resolve("journal"))).isEmpty();
            assertThat((int) library.database().read(s -> s.cases().count())).isEqualTo(1);
        }
    }
}
