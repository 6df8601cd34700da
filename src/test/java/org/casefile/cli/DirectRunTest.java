package org.casefile.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.casefile.TestCases;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CLI's quick start changes no byte a user or a script sees: the plain search and list lines run without
 * picocli print what picocli's run prints, every other line is left to picocli, and picocli given only the command
 * named (none for the version) prints the same help, usage errors and suggestions as picocli given every command.
 */
class DirectRunTest {
    @TempDir Path dir;
    Path library;

    record Outcome(int code, String out, String err) {
    }

    @BeforeEach
    void sampleLibrary() {
        library = dir.resolve("library");
        Outcome made = picocli(true, "--library", library.toString(), "sample", "--cases", "30",
                "--messages-per-case", "4");
        assertThat(made.code()).as(made.err()).isZero();
    }

    private static Outcome direct(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Integer code = DirectRun.run(args, new PrintWriter(out), new PrintWriter(err), TestCases.CLOCK);
        assertThat(code).as("taken without picocli: " + String.join(" ", args)).isNotNull();
        return new Outcome(code, out.toString(), err.toString());
    }

    private static Outcome picocli(boolean everyCommand, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.runWithPicocli(args, new PrintWriter(out), new PrintWriter(err), TestCases.CLOCK, everyCommand);
        return new Outcome(code, out.toString(), err.toString());
    }

    private static Outcome cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(args, new PrintWriter(out), new PrintWriter(err), TestCases.CLOCK);
        return new Outcome(code, out.toString(), err.toString());
    }

    private String[] on(String... args) {
        List<String> all = new ArrayList<>(List.of("--library", library.toString()));
        all.addAll(List.of(args));
        return all.toArray(String[]::new);
    }

    @Test
    void plainSearchAndListLinesPrintWhatPicocliPrints() {
        List<String[]> lines = List.of(on("search", "resend"), on("search", "resend", "--json"),
                on("search", "--json", "resend"), on("search", "refund", "never"), on("search", "no-such-word-here"),
                on("search", "no-such-word-here", "--json"), on("search", "亲"), on("list"), on("list", "--json"),
                new String[] {"--library=" + library, "search", "resend"},
                new String[] {"--library=" + library, "list"});
        for (String[] line : lines) {
            Outcome quick = direct(line);
            assertThat(quick).as(String.join(" ", line)).isEqualTo(picocli(false, line));
        }
        Outcome found = direct(on("search", "resend"));
        assertThat(found.code()).isZero();
        assertThat(found.out()).contains("[resend]");
        assertThat(direct(on("list")).out().lines().count()).isEqualTo(31);
        assertThat(direct(on("search", "no-such-word-here")).err()).isEqualTo("Nothing found for: no-such-word-here"
                + System.lineSeparator());
    }

    @Test
    void plainExportLinesPrintAndWriteWhatPicocliDoes() throws java.io.IOException {
        String packet = dir.resolve("packet.pdf").toString();
        String elsewhere = dir.resolve("no-such-folder").resolve("packet.pdf").toString();
        List<String[]> lines = List.of(on("export", "1", "--profile", "platform", "--out", packet),
                on("export", "2", "--out", packet, "--profile", "paypal", "--max-size", "none"),
                on("export", "3", "--max-size", "2MB", "--profile", "chargeback", "--out", packet),
                on("export", "1", "--profile", "section75", "--out", packet),
                on("export", "1", "--profile", "nope", "--out", packet),
                on("export", "1", "--profile", "platform", "--out", packet, "--max-size", "huge"),
                on("export", "1", "--profile", "platform", "--out", elsewhere),
                on("export", "0", "--profile", "platform", "--out", packet),
                on("export", "999", "--profile", "platform", "--out", packet));
        for (String[] line : lines) {
            java.nio.file.Files.deleteIfExists(Path.of(packet));
            Outcome quick = direct(line);
            byte[] written = java.nio.file.Files.exists(Path.of(packet))
                    ? java.nio.file.Files.readAllBytes(Path.of(packet)) : null;
            java.nio.file.Files.deleteIfExists(Path.of(packet));
            assertThat(quick).as(String.join(" ", line)).isEqualTo(picocli(false, line));
            byte[] again = java.nio.file.Files.exists(Path.of(packet))
                    ? java.nio.file.Files.readAllBytes(Path.of(packet)) : null;
            assertThat(written).as(String.join(" ", line)).isEqualTo(again);
        }
        Outcome wrote = direct(lines.get(0));
        assertThat(wrote.code()).as(wrote.err()).isZero();
        assertThat(wrote.out()).startsWith("wrote " + packet);
        assertThat(direct(lines.get(4)).code()).isEqualTo(Cli.USER_ERROR);
        assertThat(direct(on("export", "999", "--profile", "platform", "--out", packet)).code())
                .isEqualTo(Cli.USER_ERROR);
    }

    @Test
    void plainImportLinesPrintAndStoreWhatPicocliDoes() throws java.io.IOException {
        Path other = dir.resolve("other-library");
        Outcome made = picocli(true, "--library", other.toString(), "sample", "--cases", "30", "--messages-per-case",
                "4");
        assertThat(made.code()).as(made.err()).isZero();
        Path photos = java.nio.file.Files.createDirectories(dir.resolve("photos"));
        Path photo = photos.resolve("parcel.jpg");
        javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(320, 240,
                java.awt.image.BufferedImage.TYPE_INT_RGB), "jpg", photo.toFile());
        Path screenshot = photos.resolve("listing.png");
        javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(200, 300,
                java.awt.image.BufferedImage.TYPE_INT_RGB), "png", screenshot.toFile());
        Path empty = java.nio.file.Files.createFile(dir.resolve("empty.jpg"));
        Path folder = java.nio.file.Files.createDirectories(dir.resolve("folder"));
        java.nio.file.Files.copy(photo, folder.resolve("again.jpg"));
        java.nio.file.Files.writeString(folder.resolve("notes.jpg"), "not a picture");
        List<List<String>> lines = List.of(List.of("import", "1", "--kind", "received", photo.toString()),
                List.of("import", "1", "--kind", "received", photo.toString()),
                List.of("import", "2", "--kind", "listing", screenshot.toString(), empty.toString()),
                List.of("import", "3", "--kind", "damage", folder.toString()),
                List.of("import", "1", "--kind", "nope", photo.toString()),
                List.of("import", "999", "--kind", "received", photo.toString()),
                List.of("import", "1", "--kind", "received", dir.resolve("missing.jpg").toString()));
        for (List<String> line : lines) {
            List<String> quickLine = new ArrayList<>(List.of("--library", library.toString()));
            quickLine.addAll(line);
            List<String> picocliLine = new ArrayList<>(List.of("--library", other.toString()));
            picocliLine.addAll(line);
            Outcome quick = direct(quickLine.toArray(String[]::new));
            assertThat(quick).as(String.join(" ", line)).isEqualTo(picocli(false, picocliLine.toArray(String[]::new)));
        }
        for (String caseId : List.of("1", "2", "3")) {
            Outcome shown = picocli(false, on("show", caseId, "--json"));
            Outcome shownOther = picocli(false, "--library", other.toString(), "show", caseId, "--json");
            assertThat(shown.out().replace(library.toString(), "LIB"))
                    .isEqualTo(shownOther.out().replace(other.toString(), "LIB"));
            assertThat(shown.out()).contains("\"evidence\"");
        }
        assertThat(picocli(false, on("show", "1", "--json")).out()).contains("parcel.jpg");
        assertThat(direct(on(lines.get(0).toArray(String[]::new))).out()).startsWith("duplicate ");
        Outcome mixed = direct(on(lines.get(2).toArray(String[]::new)));
        assertThat(mixed.code()).isEqualTo(Cli.SOME_REJECTED);
    }

    @Test
    void aFolderHoldingNoLibraryIsRefusedTheSameWayAndNothingIsCreated() {
        Path missing = dir.resolve("no-library-here");
        for (String command : List.of("search", "list", "export")) { // import makes a library where none is
            String[] line = switch (command) {
                case "search" -> new String[] {"--library", missing.toString(), "search", "x"};
                case "list" -> new String[] {"--library", missing.toString(), "list"};
                default -> new String[] {"--library", missing.toString(), "export", "1", "--profile", "platform",
                    "--out", dir.resolve("packet.pdf").toString()};
            };
            Outcome quick = direct(line);
            assertThat(quick.code()).isEqualTo(Cli.USER_ERROR);
            assertThat(quick.err()).contains("holds no Casefile library");
            assertThat(quick).isEqualTo(picocli(true, line));
        }
        assertThat(missing).doesNotExist();
    }

    @Test
    void everyOtherLineIsLeftToPicocli() {
        List<String[]> lines = List.of(on("search"), on("search", "--json"), on("search", "-x"), on("search", "--"),
                on("search", "--json", "--json", "a"), on("search", "@words.txt"), on("search", ""),
                on("search", "a\0b"),
                on("search", "resend", "--library", "elsewhere"), on("search", "--help"), on("list", "extra"),
                on("list", "--json", "--json"), on("list", "--help"), on("show", "1"), on("serch", "resend"),
                new String[] {"--library", "-x", "list"}, new String[] {"--library", "@x", "list"},
                new String[] {"--library=", "list"}, new String[] {"--library"},
                new String[] {"list", "--library", "x"},
                on("export"), on("export", "1"), on("export", "1", "--profile", "platform"),
                on("export", "1", "--out", "x.pdf"), on("export", "abc", "--profile", "platform", "--out", "x.pdf"),
                on("export", "007", "--profile", "platform", "--out", "x.pdf"),
                on("export", "+7", "--profile", "platform", "--out", "x.pdf"),
                on("export", "--profile", "platform", "1", "--out", "x.pdf"),
                on("export", "1", "--profile=platform", "--out", "x.pdf"),
                on("export", "1", "--profile", "platform", "--profile", "paypal", "--out", "x.pdf"),
                on("export", "1", "--profile", "platform", "--out", "x.pdf", "--max-pages", "3"),
                on("export", "1", "--profile", "platform", "--out", "x.pdf", "--leave-out", "2"),
                on("export", "1", "--profile", "platform", "--out", "x.pdf", "--hide-contact"),
                on("export", "1", "--profile", "platform", "--out", "-x.pdf"),
                on("export", "1", "--profile", "platform", "--out", "x\0.pdf"),
                on("export", "1", "--profile", "platform", "--out", "x.pdf", "extra"),
                on("export", "1", "--profile", "platform", "--out", "x.pdf", "--help"),
                on("import"), on("import", "1"), on("import", "1", "--kind", "received"),
                on("import", "1", "x.jpg", "--kind", "received"), on("import", "--kind", "received", "1", "x.jpg"),
                on("import", "1", "--kind=received", "x.jpg"), on("import", "01", "--kind", "received", "x.jpg"),
                on("import", "1", "--kind", "-r", "x.jpg"), on("import", "1", "--kind", "received", "-x.jpg"),
                on("import", "1", "--kind", "received", "x.jpg", "--help"),
                on("import", "1", "--kind", "received", "@files.txt"),
                on("import", "1", "--kind", "received", "x\0.jpg"),
                new String[] {"--help"}, new String[] {"--version"}, new String[] {});
        for (String[] line : lines) {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            assertThat(DirectRun.run(line, new PrintWriter(out), new PrintWriter(err), TestCases.CLOCK))
                    .as(String.join(" ", line)).isNull();
            assertThat(out.toString() + err).isEmpty();
        }
    }

    @Test
    void helpUsageErrorsAndTyposAreTheSameWithOnlyTheNamedCommandGivenToPicocli() {
        List<String[]> lines = List.of(new String[] {"--help"}, new String[] {"-h"}, new String[] {"--version"},
                new String[] {"-V"}, new String[] {}, new String[] {"help"}, new String[] {"serch", "resend"},
                new String[] {"--bogus"}, new String[] {"--library", "x", "--bogus"}, new String[] {"--version", "x"},
                on("search"), on("search", "--help"), on("search", "-x", "resend"), on("list", "--bogus"),
                on("list", "--help"), on("show", "abc"), on("show"), on("import", "1"), on("new-case", "--help"),
                on("export", "1", "--profile", "nope", "--out", "x.pdf"), on("show", "--json", "--json", "1"),
                on("export", "abc", "--profile", "platform", "--out", "x.pdf"), on("export", "1", "--out", "x.pdf"),
                on("export", "1", "--profile", "platform", "--out", "x.pdf", "--max-pages", "0"));
        for (String[] line : lines) {
            Outcome all = picocli(true, line);
            assertThat(cli(line)).as(String.join(" ", line)).isEqualTo(all);
        }
        Outcome help = cli("--help");
        assertThat(help.code()).isZero();
        for (Class<?> command : CasefileCommand.COMMANDS) { // the help still lists every command
            String name = command.getAnnotation(picocli.CommandLine.Command.class).name();
            assertThat(help.out()).contains("  " + name + " ");
        }
        Outcome typo = cli("serch", "resend");
        assertThat(typo.code()).isEqualTo(Cli.USAGE);
        assertThat(typo.err()).contains("search");
        assertThat(cli("--version").out()).startsWith("Casefile ");
    }
}
