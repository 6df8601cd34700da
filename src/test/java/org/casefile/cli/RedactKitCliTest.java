package org.casefile.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.casefile.TestCases;
import org.casefile.packet.image.TestPictures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** redact, kit and export --hide-contact from the command line, with their exit codes and show --json's boxes. */
class RedactKitCliTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    @TempDir Path library;
    @TempDir Path desktop;

    record Result(int code, String out, String err) {
    }

    private Result run(String... args) {
        List<String> all = new ArrayList<>(List.of("--library", library.toString()));
        all.addAll(List.of(args));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(all.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err), TestCases.CLOCK);
        return new Result(code, out.toString(), err.toString());
    }

    @BeforeEach
    void aCaseWithAScreenshot() throws Exception {
        assertThat(run("new-case", "--platform", "ebay", "--order", "12-34567-89012", "--item", "Blue kettle",
                "--claim", "not-as-described", "--paid", "24.99 GBP", "--ordered", "2026-10-01").code()).isZero();
        BufferedImage picture = TestPictures.quarters(400, 300);
        Path png = desktop.resolve("order.png");
        ImageIO.write(picture, "png", png.toFile());
        assertThat(run("import", "1", "--kind", "receipt", png.toString()).out()).startsWith("imported 1 ");
    }

    private JsonNode boxes() throws Exception {
        return JSON.readTree(run("show", "1", "--json").out()).get("evidence").get(0).get("redactions");
    }

    @Test
    void redactStoresBoxesShowListsThemAndHostileBoxesAreRefused() throws Exception {
        Result done = run("redact", "1", "1", "--box", "10,20,100,50", "--box", "200,150,40,40");
        assertThat(done.code()).isZero();
        assertThat(done.out().strip()).isEqualTo("redacted 1 (2 boxes)");
        JsonNode boxes = boxes();
        assertThat(boxes).hasSize(2);
        assertThat(boxes.get(0).toString()).isEqualTo("{\"x\":10,\"y\":20,\"w\":100,\"h\":50}");

        for (String hostile : List.of("-1,0,10,10", "0,0,0,10", "390,0,20,20", "0,0,10", "a,b,c,d")) {
            Result refused = run("redact", "1", "1", "--box", hostile);
            assertThat(refused.code()).as(hostile).isEqualTo(1);
            assertThat(refused.err()).isNotBlank();
        }
        assertThat(boxes()).as("unchanged after refusals").hasSize(2);
        assertThat(run("redact", "1", "1").code()).as("a box or --clear is required").isEqualTo(2);
        assertThat(run("redact", "1", "1", "--clear").out().strip()).isEqualTo("cleared 1");
        assertThat(boxes()).isEmpty();
        assertThat(run("redact", "1", "99", "--box", "1,1,5,5").code()).isEqualTo(1);
    }

    @Test
    void kitWritesTheFolderAndRefusesAnUnknownDestination() throws Exception {
        Path out = desktop.resolve("kit");
        Result kit = run("kit", "1", "--for", "card-issuer", "--out", out.toString());
        assertThat(kit.code()).as(kit.err()).isZero();
        assertThat(kit.out()).contains("wrote Packet.pdf").contains("kit " + out + " for card-issuer");
        assertThat(out.resolve("Packet.pdf")).exists();
        assertThat(out.resolve("UPLOAD.txt")).exists();

        Result unknown = run("kit", "1", "--for", "etsy", "--out", desktop.resolve("other").toString());
        assertThat(unknown.code()).isEqualTo(1);
        assertThat(unknown.err()).contains("aliexpress").contains("mastercard");
        assertThat(desktop.resolve("other")).doesNotExist();
    }

    /** The command line's kit stays English (scripts read it), even on a computer that speaks German. */
    @Test
    void kitIsEnglishWhateverTheComputersLanguage() throws Exception {
        java.util.Locale before = java.util.Locale.getDefault();
        java.util.Locale.setDefault(java.util.Locale.GERMANY);
        Path out = desktop.resolve("kit");
        try {
            assertThat(run("kit", "1", "--for", "card-issuer", "--out", out.toString()).code()).isZero();
        } finally {
            java.util.Locale.setDefault(before);
        }
        assertThat(Files.readString(out.resolve("UPLOAD.txt"))).startsWith("Upload kit for: Card issuer (Visa rules)")
                .contains("What to do", "Upload these files, in this order:", "the evidence packet (")
                .doesNotContain("Was zu tun ist", "Beweispaket");
        try (PDDocument packet = Loader.loadPDF(out.resolve("Packet.pdf").toFile())) {
            assertThat(new PDFTextStripper().getText(packet)).contains("Chargeback request")
                    .doesNotContain("Antrag auf Rückbuchung");
        }
    }

    @Test
    void exportHideContactReplacesTheBuyersEmailAndPhoneInMessages() throws Exception {
        run("message", "1", "--from", "buyer", "--at", "2026-10-05 10:00", "--text",
                "Please write to jane.buyer@example.com or call +44 7700 900123 about order 12-34567-89012.");
        run("message", "1", "--from", "seller", "--at", "2026-10-05 18:00", "--text",
                "We emailed Jane.Buyer@example.com and rang 07700 900123. Write to shop@kettles.example.");
        Path plain = desktop.resolve("plain.pdf");
        Path hidden = desktop.resolve("hidden.pdf");
        assertThat(run("export", "1", "--profile", "platform", "--out", plain.toString()).code()).isZero();
        assertThat(run("export", "1", "--profile", "platform", "--out", hidden.toString(), "--hide-contact").code())
                .isZero();

        assertThat(text(plain)).contains("jane.buyer@example.com").contains("7700 900123");
        String text = text(hidden);
        assertThat(text).doesNotContain("jane.buyer@example.com").doesNotContainIgnoringCase("Jane.Buyer@")
                .doesNotContain("7700 900123").contains("[buyer's email]").contains("[buyer's phone]")
                .as("the seller's address and the order number stay").contains("shop@kettles.example")
                .contains("12-34567-89012");
    }

    private static String text(Path pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document).replace("\n", " ");
        }
    }
}
