package org.casefile.safety;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.casefile.cli.CliRun;
import org.casefile.email.Emails;
import org.casefile.packet.image.TestPictures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * export-case and import-case carry a picture's redaction boxes and an email's words into another library: the
 * packet made there still hides what the buyer hid and search finds the email. Old bundles still import; a box off
 * its picture is refused.
 */
class BundleRedactionsAndEmailsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int W = 400;
    private static final int H = 300;
    /** Over the middle of the picture, where its four coloured quarters meet. */
    private static final int[] BOX = {150, 100, 100, 100};

    @TempDir Path source;
    @TempDir Path target;
    @TempDir Path desktop;
    Path bundle;

    private static CliRun run(Path library, String... args) {
        return CliRun.of(library, args);
    }

    @BeforeEach
    void aCaseWithAnEmailAndARedactedPictureExported() throws Exception {
        Path order = Emails.write(desktop, "order.eml", Emails.aliExpressConfirmation("8123456789012"));
        assertThat(run(source, "import-email", order.toString()).out()).startsWith("case 1\nimported 1 ");
        Path png = desktop.resolve("address.png");
        ImageIO.write(TestPictures.quarters(W, H), "png", png.toFile());
        assertThat(run(source, "import", "1", "--kind", "received", png.toString()).out()).startsWith("imported 2 ");
        assertThat(run(source, "redact", "1", "2", "--box", BOX[0] + "," + BOX[1] + "," + BOX[2] + "," + BOX[3])
                .code()).isZero();
        bundle = desktop.resolve("case.zip");
        CliRun exported = run(source, "export-case", "1", bundle.toString());
        assertThat(exported.code()).as(exported.err()).isZero();
    }

    @Test
    void theBoxesAndTheEmailArriveAndThePacketThereHidesWhatTheBuyerHid() throws Exception {
        CliRun imported = run(target, "import-case", bundle.toString());
        assertThat(imported.code()).as(imported.err()).isZero();
        String id = imported.out().strip();

        JsonNode evidence = JSON.readTree(run(target, "show", id, "--json").out()).get("evidence");
        JsonNode picture = evidence.get(1);
        assertThat(picture.get("mediaType").asText()).isEqualTo("image/png");
        assertThat(picture.get("redactions").toString()).isEqualTo("[{\"x\":150,\"y\":100,\"w\":100,\"h\":100}]");
        assertThat(evidence.get(0).get("redactions")).isEmpty();

        Path packet = desktop.resolve("packet.pdf");
        CliRun export = run(target, "export", id, "--profile", "platform", "--out", packet.toString());
        assertThat(export.code()).as(export.err()).isZero();
        BufferedImage embedded = theQuartersPicture(packet);
        int sx = embedded.getWidth();
        int sy = embedded.getHeight();
        int under = embedded.getRGB((BOX[0] + 4) * sx / W, (BOX[1] + 4) * sy / H);
        for (int y = (BOX[1] + 4) * sy / H; y < (BOX[1] + BOX[3] - 4) * sy / H; y++) {
            for (int x = (BOX[0] + 4) * sx / W; x < (BOX[0] + BOX[2] - 4) * sx / W; x++) {
                assertThat(embedded.getRGB(x, y)).as("under the box at %d,%d", x, y).isEqualTo(under);
            }
        }
        assertThat(embedded.getRGB(10, 10)).as("the picture outside the box").isNotEqualTo(under)
                .isNotEqualTo(embedded.getRGB(sx - 10, sy - 10));

        JsonNode found = JSON.readTree(run(target, "search", "confirmed", "--json").out());
        assertThat(found).anySatisfy(hit -> {
            assertThat(hit.get("caseId").asText()).isEqualTo(id);
            assertThat(hit.get("field").asText()).isEqualTo("email");
            assertThat(hit.get("snippet").asText()).contains("confirmed");
        });
    }

    @Test
    void aBundleFromBeforeBoxesAndEmailsStillImports() throws Exception {
        Path old = Zips.edit(bundle, desktop.resolve("old.zip"), "case.json", json -> {
            try {
                ObjectNode tree = (ObjectNode) JSON.readTree(json);
                tree.put("schema", 1);
                tree.get("evidence").forEach(e -> ((ObjectNode) e).remove(List.of("redactions", "email")));
                return JSON.writeValueAsBytes(tree);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        assertThat(Zips.text(Zips.read(old).get("case.json"))).doesNotContain("redactions", "confirmed");
        CliRun imported = run(target, "import-case", old.toString());
        assertThat(imported.code()).as(imported.err()).isZero();
        JsonNode evidence = JSON.readTree(run(target, "show", imported.out().strip(), "--json").out())
                .get("evidence");
        assertThat(evidence).hasSize(2);
        assertThat(evidence.get(1).get("redactions")).isEmpty();
    }

    @Test
    void aBoxOutsideItsPictureIsRefusedInWordsAndNothingIsImported() throws Exception {
        Path hostile = Zips.edit(bundle, desktop.resolve("hostile.zip"), "case.json",
                json -> Zips.bytes(Zips.text(json).replace("\"w\" : 100", "\"w\" : 300")));
        CliRun refused = run(target, "import-case", hostile.toString());
        assertThat(refused.code()).isEqualTo(1);
        assertThat(refused.err()).contains("was refused", "evidence/received/address.png",
                "The box 150,100,300,100 reaches outside the picture, which is 400 × 300 pixels upright",
                "Nothing in the library was changed");
        assertThat(JSON.readTree(run(target, "list", "--json").out())).isEmpty();
        assertThat(Fixtures.files(target.resolve("tmp"))).isEmpty();

        Path negative = Zips.edit(bundle, desktop.resolve("negative.zip"), "case.json",
                json -> Zips.bytes(Zips.text(json).replace("\"x\" : 150", "\"x\" : -5")));
        assertThat(run(target, "import-case", negative.toString()).err()).contains("was refused",
                "A box cannot start left of or above the picture");
    }

    /** The packet's picture of the four quarters (the email adds no picture), decoded. */
    private static BufferedImage theQuartersPicture(Path pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            List<BufferedImage> found = new ArrayList<>();
            for (PDPage page : document.getPages()) {
                for (COSName name : page.getResources().getXObjectNames()) {
                    if (page.getResources().getXObject(name) instanceof PDImageXObject image
                            && image.getWidth() * H == image.getHeight() * W) {
                        found.add(image.getImage());
                    }
                }
            }
            assertThat(found).hasSize(1);
            return found.get(0);
        }
    }
}
