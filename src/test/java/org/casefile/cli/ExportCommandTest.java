package org.casefile.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.casefile.TestCases;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** casefile export: one line on success, exit 1 and the reason when the budget cannot be met, 2 for usage. */
class ExportCommandTest {
    @TempDir Path library;
    @TempDir Path files;
    @TempDir Path out;

    record Result(int code, String out, String err) {
    }

    private Result run(String... args) {
        List<String> all = new ArrayList<>(List.of("--library", library.toString()));
        all.addAll(List.of(args));
        StringWriter stdout = new StringWriter();
        StringWriter stderr = new StringWriter();
        int code = Cli.run(all.toArray(String[]::new), new PrintWriter(stdout), new PrintWriter(stderr),
                TestCases.CLOCK);
        return new Result(code, stdout.toString(), stderr.toString());
    }

    private Path noisyPhoto(String name, long seed) throws Exception {
        BufferedImage image = new BufferedImage(900, 600, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(seed);
        for (int y = 0; y < 600; y++) {
            for (int x = 0; x < 900; x++) {
                image.setRGB(x, y, random.nextInt(0xFFFFFF));
            }
        }
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(100, 100, 300, 100);
        g.dispose();
        Path file = files.resolve(name);
        ImageIO.write(image, "jpeg", file.toFile());
        return file;
    }

    @BeforeEach
    void aCaseWithPhotos() throws Exception {
        assertThat(run("new-case", "--platform", "aliexpress", "--order", "8123456789012", "--item", "2TB portable SSD",
                "--claim", "not-as-described", "--paid", "189.99 GBP", "--ordered", "2026-10-01", "--payment",
                "credit-card", "--country", "GB").code()).isZero();
        Result imported = run("import", "1", "--kind", "received", noisyPhoto("a.jpg", 1).toString(),
                noisyPhoto("b.jpg", 2).toString());
        assertThat(imported.code()).as(imported.err()).isZero();
        run("message", "1", "--from", "seller", "--at", "2026-10-22 18:30", "--text", "亲，请耐心等待。");
    }

    @Test
    void exportWritesThePacketAndPrintsOneLine() throws Exception {
        Path packet = out.resolve("claim.pdf");
        Result result = run("export", "1", "--profile", "section75", "--out", packet.toString());
        assertThat(result.code()).as(result.err()).isZero();
        assertThat(result.out().lines().toList()).hasSize(1);
        try (PDDocument document = Loader.loadPDF(packet.toFile())) {
            assertThat(result.out()).startsWith("wrote " + packet).contains(document.getNumberOfPages() + " pages")
                    .contains("2 pictures");
        }
    }

    @Test
    void aBudgetThatCannotBeMetExitsOneWithTheReasonAndNoFile() throws Exception {
        Path packet = out.resolve("tiny.pdf");
        Result result = run("export", "1", "--profile", "chargeback", "--out", packet.toString(), "--max-size",
                "60KB");
        assertThat(result.code()).isEqualTo(Cli.USER_ERROR);
        assertThat(result.err()).contains("60 KB limit", "exhibit");
        assertThat(result.out()).isEmpty();
        try (var left = Files.list(out)) {
            assertThat(left).isEmpty();
        }
        Result pages = run("export", "1", "--profile", "platform", "--out", packet.toString(), "--max-pages", "2");
        assertThat(pages.code()).isEqualTo(Cli.USER_ERROR);
        assertThat(pages.err()).contains("the limit is 2");
        assertThat(packet).doesNotExist();
    }

    @Test
    void badOptionsAreUsageOrUserErrors() {
        assertThat(run("export", "1", "--profile", "chargeback").code()).isEqualTo(Cli.USAGE);
        Result size = run("export", "1", "--profile", "chargeback", "--out", out.resolve("x.pdf").toString(),
                "--max-size", "big");
        assertThat(size.code()).isEqualTo(Cli.USER_ERROR);
        assertThat(size.err()).contains("'big' is not a size");
        Result profile = run("export", "1", "--profile", "bank", "--out", out.resolve("x.pdf").toString());
        assertThat(profile.code()).isEqualTo(Cli.USER_ERROR);
        assertThat(profile.err()).contains("platform, paypal, chargeback, section75");
        assertThat(run("export", "7", "--profile", "platform", "--out", out.resolve("x.pdf").toString()).err())
                .contains("There is no case 7");
    }

    private static String text(Path packet) throws Exception {
        try (PDDocument document = Loader.loadPDF(packet.toFile())) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(document);
        }
    }

    @Test
    void languageWritesThePacketInSpanishAndSection75StaysEnglish() throws Exception {
        Path spanish = out.resolve("es.pdf");
        Result result = run("export", "1", "--profile", "platform", "--out", spanish.toString(), "--language", "es");
        assertThat(result.code()).as(result.err()).isZero();
        assertThat(result.out()).startsWith("wrote " + spanish);
        assertThat(text(spanish)).contains("Disputa en AliExpress", "Resumen del caso y cronología",
                "Índice de pruebas", "Página 1 de").doesNotContain("Case summary and timeline", "Exhibit index");

        Path section75 = out.resolve("s75.pdf");
        Result english = run("export", "1", "--profile", "section75", "--out", section75.toString(), "--language",
                "de");
        assertThat(english.code()).as(english.err()).isZero();
        assertThat(english.err().lines().filter(l -> l.contains("English")).toList()).hasSize(1);
        assertThat(text(section75)).contains("Section 75 claim", "Case summary and timeline")
                .doesNotContain("Fallübersicht");
    }

    @Test
    void anUnknownLanguageIsAUsageErrorListingTheCodes() {
        Result result = run("export", "1", "--profile", "platform", "--out", out.resolve("x.pdf").toString(),
                "--language", "xx");
        assertThat(result.code()).isEqualTo(Cli.USAGE);
        assertThat(result.err()).contains("'xx' is not a packet language. Use one of: en, ko, es, fr, de, pt.")
                .contains("Usage: ").contains("en|ko|es|fr|de|pt");
        assertThat(out.resolve("x.pdf")).doesNotExist();
    }
}
