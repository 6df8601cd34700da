package org.casefile.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Logger;
import org.apache.commons.logging.LogFactory;
import org.casefile.ChildJava;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AppLogTest {
    @TempDir Path cache;

    @AfterEach
    void stopLog() {
        AppLog.stop();
    }

    @Test
    void ourOwnMessagesAndAnUnexpectedFailureWithItsStackTraceGoToAFileInTheCacheFolder() throws Exception {
        Path file = AppLog.start(cache);

        System.getLogger("org.casefile.evidence").log(System.Logger.Level.WARNING, "our own warning");
        AppLog.unexpected("the export", new IllegalStateException("the packet fell over"));
        AppLog.stop();

        assertThat(file).isEqualTo(cache.resolve("logs").resolve("casefile.0.log"));
        String text = Files.readString(file);
        assertThat(text).contains("Casefile ", "our own warning",
                "Unexpected failure in the export", "java.lang.IllegalStateException: the packet fell over",
                "at org.casefile.app.AppLogTest.");
        assertThat(text).doesNotContain("%g");
    }

    /**
     * PDFBox logs through commons-logging and the SQLite driver through its own facade; both pick SLF4J when it is
     * on the classpath. The app has none (ArchUnit brings it to the tests), so this runs as the app does: in a
     * child process whose classpath leaves SLF4J out.
     */
    @Test
    void pdfBoxsAndTheDriversMessagesGoToTheSameFile() throws Exception {
        Process child = ChildJava.java(List.of(), LogAsTheAppDoes.class.getName(), cache.toString())
                .redirectErrorStream(true).start();
        String output = new String(child.getInputStream().readAllBytes());
        assertThat(child.waitFor()).as(output).isZero();

        String text = Files.readString(cache.resolve("logs").resolve("casefile.0.log"));
        assertThat(text).contains("WARNING org.apache.pdfbox.pdmodel.PDDocument: a PDFBox warning",
                "WARNING org.casefile.app.AppLogTest.LogAsTheAppDoes: a driver warning");
        assertThat(output).as("nothing on the console").doesNotContain("a PDFBox warning", "a driver warning");
    }

    /** The child process of the test above. */
    static final class LogAsTheAppDoes {
        public static void main(String[] args) {
            AppLog.start(Path.of(args[0]));
            LogFactory.getLog(org.apache.pdfbox.pdmodel.PDDocument.class).warn("a PDFBox warning");
            org.sqlite.util.LoggerFactory.getLogger(LogAsTheAppDoes.class).warn(() -> "a driver warning");
            AppLog.stop();
        }
    }

    @Test
    void theLogIsRotatedSoItNeverGrowsWithoutEnd() throws Exception {
        AppLog.start(cache);
        String line = "x".repeat(1000);
        for (int i = 0; i < (AppLog.FILE_LIMIT / 1000) * 2; i++) {
            System.getLogger("org.casefile.test").log(System.Logger.Level.INFO, line);
        }
        AppLog.stop();

        try (var files = Files.list(cache.resolve("logs"))) {
            List<String> names = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".log")).sorted()
                    .toList();
            assertThat(names).contains("casefile.0.log", "casefile.1.log").hasSizeLessThanOrEqualTo(AppLog.FILES);
        }
        assertThat(Files.size(cache.resolve("logs").resolve("casefile.0.log"))).isLessThanOrEqualTo(AppLog.FILE_LIMIT + 2000L);
    }

    @Test
    void stoppingGivesTheConsoleItsHandlersBackAndTheFileIsNoLongerNamed() {
        List<Handler> before = List.of(Logger.getLogger("").getHandlers());
        AppLog.start(cache);
        assertThat(AppLog.file()).isNotNull();
        assertThat(Logger.getLogger("").getHandlers()).doesNotContainAnyElementsOf(before);

        AppLog.stop();

        assertThat(AppLog.file()).isNull();
        assertThat(Logger.getLogger("").getHandlers()).containsExactlyInAnyOrderElementsOf(before);
    }
}
