package org.casefile.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.casefile.ChildJava;
import org.casefile.app.ClassLists;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line's helper thread (issue 19) changes nothing a user or a script sees: real processes started as the
 * jar starts them print the same bytes, exit codes and files with the helper as without it, and the class lists it
 * loads for export and import name classes that exist.
 */
class CommandWarmUpTest {
    @TempDir Path dir;

    record Outcome(int code, String out, String err) {
    }

    private static Outcome launch(boolean warmUp, String... args) throws Exception {
        Process process = ChildJava.casefile(List.of("-Dcasefile.preload=" + warmUp), args).start();
        process.getOutputStream().close();
        byte[] err = process.getErrorStream().readAllBytes(); // small: no pipe fills up while the other is read
        byte[] out = process.getInputStream().readAllBytes();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Outcome(process.exitValue(), new String(out, StandardCharsets.UTF_8),
                new String(err, StandardCharsets.UTF_8));
    }

    @Test
    void commandsPrintTheSameWithAndWithoutTheHelper() throws Exception {
        Path library = dir.resolve("library");
        Path photo = dir.resolve("photo.png");
        javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(64, 48,
                java.awt.image.BufferedImage.TYPE_INT_RGB), "png", photo.toFile());
        Outcome made = launch(true, "--library", library.toString(), "sample", "--cases", "30",
                "--messages-per-case", "4");
        assertThat(made.code()).as(made.err()).isZero();
        String lib = library.toString();
        List<String[]> lines = List.of(new String[] {"--library", lib, "search", "resend"},
                new String[] {"--library", lib, "search", "resend", "--json"},
                new String[] {"--library", lib, "list", "--json"}, new String[] {"--library", lib, "show", "1"},
                new String[] {"--version"},
                new String[] {"--library", lib, "serch", "x"}, new String[] {"--library", lib, "show", "99"},
                new String[] {"--library", dir.resolve("none").toString(), "search", "x"});
        for (String[] line : lines) {
            Outcome with = launch(true, line);
            assertThat(with).as(String.join(" ", line)).isEqualTo(launch(false, line));
        }
        assertThat(launch(true, "--library", lib, "search", "resend").out()).contains("[resend]");
        assertThat(launch(true, "--library", lib, "show", "99").code()).isEqualTo(Cli.USER_ERROR);

        Outcome imported = launch(true, "--library", lib, "import", "1", "--kind", "received", photo.toString(),
                dir.resolve("missing.jpg").toString());
        assertThat(imported.code()).as(imported.err()).isEqualTo(Cli.SOME_REJECTED);
        assertThat(imported.out() + imported.err()).contains("missing.jpg");
        Path with = dir.resolve("with.pdf");
        Path without = dir.resolve("without.pdf");
        Outcome exported = launch(true, "--library", lib, "export", "1", "--profile", "platform", "--out",
                with.toString());
        Outcome plain = launch(false, "--library", lib, "export", "1", "--profile", "platform", "--out",
                without.toString());
        assertThat(exported.code()).as(exported.err()).isZero();
        assertThat(exported.out().replace(with.toString(), "OUT")).isEqualTo(plain.out().replace(without.toString(),
                "OUT"));
        assertThat(exported.err()).isEqualTo(plain.err());
        try (PDDocument a = Loader.loadPDF(with.toFile()); PDDocument b = Loader.loadPDF(without.toFile())) {
            assertThat(a.getNumberOfPages()).isEqualTo(b.getNumberOfPages()).isPositive();
        }
        assertThat(Files.list(dir).map(p -> p.getFileName().toString()).filter(n -> n.contains(".pdf."))).isEmpty();
    }

    @Test
    void exportAndImportHaveListsOfClassesThatExistAndTheOtherCommandsNone() throws IOException {
        assertThat(CommandWarmUp.classList("search")).isNull();
        assertThat(CommandWarmUp.classList("list")).isNull();
        assertThat(CommandWarmUp.classList(null)).isNull();
        // The plain export and import lines run without picocli (DirectRun): their lists do not load it for nothing.
        assertThat(listed("export")).contains(ExportCommand.class.getName(), PDDocument.class.getName(),
                DirectRun.class.getName()).doesNotContain(picocli.CommandLine.class.getName());
        assertThat(listed("import")).contains(ImportCommand.class.getName(), DirectRun.class.getName())
                .doesNotContain(picocli.CommandLine.class.getName());
    }

    private static List<String> listed(String command) throws IOException {
        return ClassLists.existing(CommandWarmUp.classList(command));
    }

    @Test
    void theCommandWordIsFoundPastTheLibraryOption() {
        assertThat(Cli.commandWord(new String[] {"--library", "export", "import", "1"})).isEqualTo("import");
        assertThat(Cli.commandWord(new String[] {"--library=x", "export", "1"})).isEqualTo("export");
        assertThat(Cli.commandWord(new String[] {"--version"})).isNull();
    }
}
