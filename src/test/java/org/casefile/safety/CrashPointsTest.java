package org.casefile.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.casefile.ChildJava;
import org.casefile.TestCases;
import org.casefile.cli.Cli;
import org.casefile.library.CrashPoints;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A process that dies at the worst moment, deterministically (a crash point, as kill -9 there would), and what the
 * next run finds: no file in a case folder without its record, no hidden part file beside an export's target.
 */
class CrashPointsTest {
    @TempDir Path library;
    @TempDir Path files;

    private static int crashAt(String point, Path library, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("--library", library.toString()));
        command.addAll(List.of(args));
        Process child = ChildJava.casefile(List.of("-Dcasefile.crashAt=" + point), command.toArray(String[]::new))
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return child.exitValue();
    }

    private String run(String... args) {
        List<String> all = new ArrayList<>(List.of("--library", library.toString()));
        all.addAll(List.of(args));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Cli.run(all.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err), TestCases.CLOCK);
        return out + err.toString();
    }

    private Path photo() throws IOException {
        Path file = files.resolve("IMG_0042.jpg");
        ImageIO.write(new BufferedImage(320, 240, BufferedImage.TYPE_INT_RGB), "jpeg", file.toFile());
        return file;
    }

    private static List<Path> filesIn(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).toList();
        }
    }

    @Test
    void aCrashBetweenLinkAndCommitLeavesNoUnrecordedFileInTheCaseFolder() throws Exception {
        run("new-case", "--platform", "aliexpress", "--order", "1", "--item", "SSD", "--claim", "damaged", "--paid",
                "10 GBP", "--ordered", "2026-10-01");
        Path photo = photo();
        assertThat(crashAt(CrashPoints.IMPORT_LINKED, library, "import", "1", "--kind", "damage", photo.toString()))
                .isEqualTo(137);
        assertThat(filesIn(library.resolve("cases"))).as("the crash left the link").hasSize(1);

        assertThat(run("verify")).contains("All 0 evidence files match").doesNotContain("not recorded");
        assertThat(filesIn(library.resolve("cases"))).as("cleaned when the library opened again").isEmpty();
        assertThat(filesIn(library.resolve("tmp"))).isEmpty();
        assertThat(run("import", "1", "--kind", "damage", photo.toString())).startsWith("imported 1 ");
        assertThat(filesIn(library.resolve("cases"))).hasSize(1);
    }

    @Test
    void aCrashBetweenWriteAndRenameLeavesAPartFileTheNextExportRemoves() throws Exception {
        run("new-case", "--platform", "aliexpress", "--order", "1", "--item", "SSD", "--claim", "damaged", "--paid",
                "10 GBP", "--ordered", "2026-10-01");
        run("import", "1", "--kind", "damage", photo().toString());
        Path out = files.resolve("packets");
        Files.createDirectories(out);
        Path packet = out.resolve("packet.pdf");
        assertThat(crashAt(CrashPoints.EXPORT_WRITTEN, library, "export", "1", "--profile", "platform", "--out",
                packet.toString())).isEqualTo(137);
        assertThat(packet).doesNotExist();
        assertThat(filesIn(out)).singleElement().satisfies(part -> assertThat(part.getFileName().toString())
                .startsWith(".packet.pdf.casefile-").endsWith(".part"));

        assertThat(run("export", "1", "--profile", "platform", "--out", packet.toString())).startsWith("wrote ");
        assertThat(filesIn(out)).containsExactly(packet);
    }
}
