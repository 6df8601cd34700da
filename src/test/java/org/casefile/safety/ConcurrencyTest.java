package org.casefile.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.casefile.ChildJava;
import org.casefile.Launcher;
import org.casefile.TestCases;
import org.casefile.app.Services;
import org.casefile.cli.Cli;
import org.casefile.domain.Author;
import org.casefile.domain.Channel;
import org.casefile.library.Library;
import org.casefile.library.LockHolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line next to a running window (another process holding the library lock and writing), and two
 * command lines writing at once: every write lands, or one is refused with a clear message; nothing is lost.
 */
class ConcurrencyTest {
    @TempDir Path dir;

    private static Process java(String main, String... args) throws Exception {
        return ChildJava.java(List.of(), main, args).redirectErrorStream(true).start();
    }

    private record Result(int code, String out, String err) {
    }

    private static Result cli(Path library, String... args) {
        List<String> all = new ArrayList<>(List.of("--library", library.toString()));
        all.addAll(List.of(args));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(all.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err), TestCases.CLOCK);
        return new Result(code, out.toString(), err.toString());
    }

    private Path chat(String name, String who, int lines) throws Exception {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < lines; i++) {
            text.append(String.format("2026-10-%02d %02d:%02d %s: %s message %d%n", 2 + i / 24, i % 24, i % 60, who,
                    name, i));
        }
        return Files.writeString(dir.resolve(name + ".txt"), text);
    }

    @Test
    void theCommandLineWorksWhileAWindowHoldsTheLibraryAndWrites() throws Exception {
        Path library = dir.resolve("library");
        try (Library lib = Library.open(library)) {
            Services.of(lib, TestCases.CLOCK).cases().create(TestCases.ssd("8123456789012"));
        }
        Process window = java(LockHolder.class.getName(), library.toString());
        try (Library open = Library.open(library)) { // what the window's own connection looks like
            assertThat(new BufferedReader(new InputStreamReader(window.getInputStream())).readLine())
                    .isEqualTo("locked");
            Services gui = Services.of(open, TestCases.CLOCK);
            Process first = java(Launcher.class.getName(), "--library", library.toString(), "import-chat", "1",
                    chat("first", "seller", 40).toString());
            Process second = java(Launcher.class.getName(), "--library", library.toString(), "import-chat", "1",
                    chat("second", "buyer", 40).toString());
            for (int i = 0; i < 40; i++) { // the window saving at the same time
                gui.messages().add(1, Author.PLATFORM, null, Channel.ORDER_CHAT,
                        LocalDateTime.parse("2026-11-01T10:00:00").plusMinutes(i), "window message " + i, false);
            }
            assertThat(first.waitFor(120, TimeUnit.SECONDS)).isTrue();
            assertThat(second.waitFor(120, TimeUnit.SECONDS)).isTrue();
            String firstOut = new String(first.getInputStream().readAllBytes());
            String secondOut = new String(second.getInputStream().readAllBytes());
            assertThat(first.exitValue()).as(firstOut).isZero();
            assertThat(second.exitValue()).as(secondOut).isZero();
            assertThat(firstOut).contains("imported 40 messages");
            assertThat(secondOut).contains("imported 40 messages");
            assertThat(gui.messages().messages(1)).as("nothing lost").hasSize(120);

            Result backup = cli(library, "backup", dir.resolve("while-open.zip").toString());
            assertThat(backup.code()).as(backup.err()).isZero();
            Result restore = cli(dir.resolve("fresh"), "restore", dir.resolve("while-open.zip").toString());
            assertThat(restore.code()).as(restore.err()).isZero();
            Result refused = cli(library, "restore", dir.resolve("while-open.zip").toString());
            assertThat(refused.code()).isEqualTo(Cli.USER_ERROR);
            assertThat(refused.err()).contains("already open in another Casefile window");
        } finally {
            window.destroyForcibly();
        }
        try (Library restored = Library.open(dir.resolve("fresh"))) {
            assertThat(Services.of(restored, TestCases.CLOCK).messages().messages(1)).hasSize(120);
        }
    }

    @Test
    void twoCommandLinesCreatingTheSameOrderAtOnce_oneWinsTheOtherIsToldWhy() throws Exception {
        Path library = dir.resolve("library");
        Library.open(library).close();
        List<Process> runs = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            runs.add(java(Launcher.class.getName(), "--library", library.toString(), "new-case", "--platform",
                    "ebay", "--order", "26-11111-22222", "--item", "Lens", "--claim", "damaged", "--paid",
                    "120 GBP", "--ordered", "2026-10-01"));
        }
        List<String> outputs = new ArrayList<>();
        int succeeded = 0;
        for (Process run : runs) {
            assertThat(run.waitFor(120, TimeUnit.SECONDS)).isTrue();
            String output = new String(run.getInputStream().readAllBytes());
            outputs.add(output);
            if (run.exitValue() == 0) {
                succeeded++;
            } else {
                assertThat(run.exitValue()).isEqualTo(Cli.USER_ERROR);
                assertThat(output).contains("There is already a case for eBay order 26-11111-22222")
                        .doesNotContain("unexpected");
            }
        }
        assertThat(succeeded).as(outputs.toString()).isEqualTo(1);
        try (Library lib = Library.open(library)) {
            assertThat((int) lib.database().read(s -> s.cases().count())).isEqualTo(1);
            try (var folders = Files.list(library.resolve("cases"))) {
                assertThat(folders.count()).as("the loser's folder was removed").isEqualTo(1);
            }
        }
    }
}
