package org.casefile.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.casefile.ChildJava;
import org.casefile.TestCases;
import org.casefile.app.BackupService;
import org.casefile.app.JobProgress;
import org.casefile.app.Services;
import org.casefile.domain.EvidenceKind;
import org.casefile.library.Library;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 (Process.destroyForcibly) of a child JVM at random moments of a backup, a restore, a case export and a
 * case import. Afterwards the library opens and verifies, nothing is half-written, and the job runs again to the end.
 * The seed of each run is in the assertion messages, so a failure can be replayed.
 */
class CrashSafetyTest {
    private static final int KILLS = 3;
    private static final long SEED = System.nanoTime();

    @TempDir Path dir;
    Path source;
    Path out;
    final Random random = new Random(SEED);

    @BeforeEach
    void aLibraryWithABigVideo() throws Exception {
        source = dir.resolve("library");
        out = Files.createDirectories(dir.resolve("out"));
        try (Library library = Library.open(source)) {
            Services services = Services.of(library, TestCases.CLOCK);
            Fixtures.richCase(services, "8123456789012", dir.resolve("photos"));
            Fixtures.richCase(services, "8123456789013", dir.resolve("photos"));
            // A large "video" (MP4 header, sparse data) so each job takes long enough to be killed half-way.
            Path video = dir.resolve("unboxing.mp4");
            try (RandomAccessFile file = new RandomAccessFile(video.toFile(), "rw")) {
                file.write(new byte[] {0, 0, 0, 24, 'f', 't', 'y', 'p', 'i', 's', 'o', 'm', 0, 0, 2, 0});
                file.setLength(80_000_000L);
            }
            services.evidence().importFiles(1, EvidenceKind.VIDEO, List.of(video), o -> { }, () -> false);
            Files.delete(video);
        }
    }

    private static Process start(Path library, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of("--library", library.toString()));
        command.addAll(List.of(args));
        return ChildJava.casefile(List.of(), command.toArray(String[]::new)).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
    }

    /** Runs the job to its end and returns how long it took, in milliseconds. */
    private static long timed(Path library, String... args) throws Exception {
        long start = System.nanoTime();
        Process child = start(library, args);
        assertThat(child.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(child.exitValue()).as(String.join(" ", args)).isZero();
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    }

    /**
     * Starts the job and kills it: the first time as soon as {@code working} shows it half-way (a temporary file
     * appeared), later after a random part of {@code duration}. Says whether it was still running.
     */
    private boolean killed(int attempt, java.util.function.BooleanSupplier working, long duration, Path library,
                           String... args) throws Exception {
        long delay = 150 + (long) (random.nextDouble() * duration);
        Process child = start(library, args);
        try {
            boolean ended;
            if (attempt == 0) {
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
                while (!working.getAsBoolean() && child.isAlive() && System.nanoTime() < deadline) {
                    Thread.sleep(2);
                }
                assertThat(child.isAlive()).as("the child was half-way when killed").isTrue();
                ended = false;
            } else {
                ended = child.waitFor(delay, TimeUnit.MILLISECONDS);
            }
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
            return !ended;
        } finally {
            child.destroyForcibly();
        }
    }

    @Test
    void aKilledBackupLeavesEitherNoFileOrAWholeOneAndRunsAgain() throws Exception {
        Path target = out.resolve("backup.zip");
        long duration = timed(source, "backup", out.resolve("measure.zip").toString());
        Files.delete(out.resolve("measure.zip"));
        for (int i = 0; i < KILLS; i++) {
            boolean wasRunning = killed(i, () -> has(out, ".backup.zip.casefile-"), duration, source, "backup",
                    target.toString());
            if (Files.exists(target)) {
                assertRestorable(target, "seed " + SEED + " kill " + i + " running " + wasRunning);
                Files.delete(target);
            }
            assertLibrarySound(source, 2);
        }
        timed(source, "backup", target.toString());
        assertRestorable(target, "seed " + SEED + " after the kills");
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString())).as("the killed runs' temporary zips are gone")
                    .containsExactly("backup.zip");
        }
    }

    @Test
    void aKilledRestoreLeavesTheLibraryEmptyOrWholeAndRunsAgain() throws Exception {
        Path backup = out.resolve("backup.zip");
        timed(source, "backup", backup.toString());
        long duration = timed(dir.resolve("measure"), "restore", backup.toString());
        for (int i = 0; i < KILLS; i++) {
            Path target = dir.resolve("restored-" + i);
            String as = "seed " + SEED + " kill " + i;
            killed(i, () -> has(target.resolve("tmp"), "staging-"), duration, target, "restore",
                    backup.toString());
            int cases;
            try (Library library = Library.open(target)) {
                cases = library.database().read(s -> s.cases().count());
                assertThat(Services.of(library, TestCases.CLOCK).evidence().verify(null).ok()).as(as).isTrue();
            }
            assertThat(cases).as(as + ": empty or whole, never half").isIn(0, 2);
            assertNothingHalfWritten(target, cases);
            if (cases == 0) {
                assertThat(Library.hasNoCaseFiles(target)).as(as).isTrue();
                timed(target, "restore", backup.toString());
            }
            assertLibrarySound(target, 2);
        }
    }

    @Test
    void aKilledCaseImportLeavesNoOrphanAndRunsAgain() throws Exception {
        Path bundle = out.resolve("case.zip");
        long exportTime = timed(source, "export-case", "1", bundle.toString());
        long duration = timed(dir.resolve("measure"), "import-case", bundle.toString());
        for (int i = 0; i < KILLS; i++) {
            String as = "seed " + SEED + " kill " + i;
            Path target = dir.resolve("target-" + i);
            try (Library library = Library.open(target)) {
                Services.of(library, TestCases.CLOCK).cases().create(TestCases.ssd("5550001112223"));
            }
            killed(i, () -> has(target.resolve("tmp"), "import-"), duration, target, "import-case",
                    bundle.toString());
            int cases;
            try (Library library = Library.open(target)) {
                cases = library.database().read(s -> s.cases().count());
            }
            assertThat(cases).as(as).isIn(1, 2);
            assertNothingHalfWritten(target, cases);
            assertLibrarySound(target, cases);
            if (cases == 1) {
                timed(target, "import-case", bundle.toString());
            }
            assertLibrarySound(target, 2);
        }
        // And the export itself: killed, it leaves no bundle or a whole one.
        Path again = out.resolve("again.zip");
        killed(0, () -> has(out, ".again.zip.casefile-"), exportTime, source, "export-case", "1",
                again.toString());
        assertThat(again).as("killed half-way: no bundle under its name").doesNotExist();
        if (Files.exists(again)) {
            Path target = dir.resolve("check-export");
            try (Library library = Library.open(target)) {
                Services.of(library, TestCases.CLOCK).bundles().importCase(again, JobProgress.NONE, () -> false);
            }
        }
    }

    private void assertRestorable(Path backup, String as) {
        Path target = dir.resolve("check-" + random.nextInt(1_000_000));
        BackupService.RestoreResult result = BackupService.restore(target, backup, TestCases.CLOCK, JobProgress.NONE,
                () -> false);
        assertThat(result.cases()).as(as).isEqualTo(2);
        assertThat(result.verified().ok()).as(as).isTrue();
    }

    /** Opens, verifies, and holds exactly {@code cases} cases, each with its own folder and no other folder. */
    private static void assertLibrarySound(Path root, int cases) {
        try (Library library = Library.open(root)) {
            Services services = Services.of(library, TestCases.CLOCK);
            assertThat(services.evidence().verify(null).problems()).isEmpty();
            assertThat((int) library.database().read(s -> s.cases().count())).isEqualTo(cases);
        }
        assertNothingHalfWritten(root, cases);
    }

    private static void assertNothingHalfWritten(Path root, int cases) {
        try (Stream<Path> folders = Files.list(root.resolve("cases"))) {
            assertThat(folders.count()).as("one folder per case, no orphan").isEqualTo(cases);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        assertThat(Fixtures.files(root.resolve("tmp"))).as("tmp/ emptied on opening").isEmpty();
        assertThat(Fixtures.files(root.resolve("journal"))).as("no pending note left").isEmpty();
    }

    private static boolean has(Path folder, String prefix) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.anyMatch(f -> f.getFileName().toString().startsWith(prefix));
        } catch (IOException e) {
            return false;
        }
    }
}
