package org.casefile.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.casefile.ChildJava;
import org.casefile.TestCases;
import org.casefile.app.Services;
import org.casefile.domain.ImportOutcome;
import org.casefile.library.Library;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** kill -9 in the middle of an import: nothing half-written survives, and the import can simply be run again. */
class ImportCrashTest {
    @TempDir Path dir;

    @Test
    void aKilledImportLeavesNoHalfFileAndNoRowAndRunsAgain() throws Exception {
        Path library = dir.resolve("library");
        try (Library lib = Library.open(library)) {
            Services.of(lib, TestCases.CLOCK).cases().create(TestCases.ssd("8123456789012"));
        }
        // A large "video": an MP4 header and 800 MB of (sparse) data, so the copy takes long enough to be killed.
        Path video = dir.resolve("unboxing.mp4");
        try (RandomAccessFile file = new RandomAccessFile(video.toFile(), "rw")) {
            file.write(new byte[] {0, 0, 0, 24, 'f', 't', 'y', 'p', 'i', 's', 'o', 'm', 0, 0, 2, 0});
            file.setLength(800_000_000L);
        }
        Process child = ChildJava.casefile(List.of(), "--library", library.toString(), "import", "1", "--kind",
                "video", video.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("child.log").toFile()).start();
        try {
            Path tmp = library.resolve("tmp");
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (!hasPartFile(tmp) && child.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
            assertThat(hasPartFile(tmp)).as("the child was copying when killed").isTrue();
            child.destroyForcibly();
            assertThat(child.waitFor(20, TimeUnit.SECONDS)).isTrue();
        } finally {
            child.destroyForcibly();
        }

        try (Library lib = Library.open(library)) {
            Services services = Services.of(lib, TestCases.CLOCK);
            assertThat(services.evidence().evidence(1)).as("no row").isEmpty();
            try (Stream<Path> left = Files.list(library.resolve("tmp"))) {
                assertThat(left).as("the half copy is gone").isEmpty();
            }
            try (Stream<Path> cases = Files.walk(library.resolve("cases"))) {
                assertThat(cases.filter(Files::isRegularFile)).as("no half file in the case").isEmpty();
            }
            assertThat(services.evidence().verify(null).ok()).isTrue();

            List<ImportOutcome> again = services.evidence().importFiles(1, org.casefile.domain.EvidenceKind.VIDEO,
                    List.of(video), outcome -> { }, () -> false);
            assertThat(again.get(0).status()).isEqualTo(ImportOutcome.Status.IMPORTED);
            assertThat(Files.size(lib.resolve(services.evidence().evidence(1).get(0).path())))
                    .isEqualTo(800_000_000L);
        }
    }

    private static boolean hasPartFile(Path tmp) throws Exception {
        if (!Files.isDirectory(tmp)) {
            return false;
        }
        try (Stream<Path> files = Files.list(tmp)) {
            return files.anyMatch(f -> f.getFileName().toString().endsWith(".part"));
        }
    }
}
