package org.casefile.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.casefile.TestCases;
import org.casefile.library.PendingFolders;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nothing leaves the library untrue: a file replaced or removed on disk stops export, pair pictures and bundles
 * (unless the buyer leaves it out), and a backup taken then still restores everything it holds.
 */
class EvidenceIntegrityTest {
    @TempDir Path library;
    @TempDir Path files;
    @TempDir Path out;


    private CliRun run(Path root, String... args) {
        return CliRun.on(root, TestCases.CLOCK, args);
    }

    private CliRun run(String... args) {
        return run(library, args);
    }

    private Path photo(String name, Color colour) throws Exception {
        BufferedImage image = new BufferedImage(640, 480, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(colour);
        g.fillRect(0, 0, 640, 480);
        g.setColor(Color.WHITE);
        g.fillOval(100, 100, 200, 150);
        g.dispose();
        Path file = files.resolve(name);
        ImageIO.write(image, "jpeg", file.toFile());
        return file;
    }

    private Path evidencePath(long caseId, int index) throws Exception {
        JsonNode show = new ObjectMapper().readTree(run("show", String.valueOf(caseId), "--json").out());
        return library.resolve(show.get("evidence").get(index).get("path").asText());
    }

    private String sha256(long caseId, int index) throws Exception {
        JsonNode show = new ObjectMapper().readTree(run("show", String.valueOf(caseId), "--json").out());
        return show.get("evidence").get(index).get("sha256").asText();
    }

    @BeforeEach
    void aCaseWithAListingAndWhatArrived() throws Exception {
        assertThat(run("new-case", "--platform", "aliexpress", "--order", "8123456789012", "--item", "2TB SSD",
                "--claim", "not-as-described", "--paid", "89.99 GBP", "--ordered", "2026-10-01").code()).isZero();
        assertThat(run("import", "1", "--kind", "listing", photo("listing.jpg", Color.BLUE).toString()).code())
                .isZero();
        assertThat(run("import", "1", "--kind", "received", photo("arrived.jpg", Color.GRAY).toString()).code())
                .isZero();
        assertThat(run("pair", "1", "1", "2").code()).isZero();
    }

    private List<String> leftovers() throws Exception {
        List<String> found = new ArrayList<>();
        try (Stream<Path> in = Files.list(out)) {
            in.filter(f -> f.getFileName().toString().endsWith(".part")).forEach(f -> found.add(f.toString()));
        }
        Path tmp = library.resolve("tmp");
        if (Files.isDirectory(tmp)) {
            try (Stream<Path> in = Files.list(tmp)) {
                in.forEach(f -> found.add(f.toString()));
            }
        }
        return found;
    }

    @Test
    void aReplacedPictureStopsTheExportUnlessTheBuyerLeavesItOut() throws Exception {
        Path arrived = evidencePath(1, 1);
        String recorded = sha256(1, 1);
        Files.copy(photo("other.jpg", Color.RED), arrived, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Path packet = out.resolve("packet.pdf");

        CliRun refused = run("export", "1", "--profile", "platform", "--out", packet.toString());
        assertThat(refused.code()).isEqualTo(1);
        assertThat(refused.err()).contains("arrived.jpg",
                "changed since it was imported", "verify", "--leave-out 2");
        assertThat(packet).doesNotExist();
        assertThat(leftovers()).isEmpty();

        CliRun pairImage = run("pair-image", "1", "1", "--out", out.resolve("pair.jpg").toString());
        assertThat(pairImage.code()).isEqualTo(1);
        assertThat(pairImage.err()).contains("arrived.jpg", "changed since it was imported");
        assertThat(out.resolve("pair.jpg")).doesNotExist();

        CliRun bundle = run("export-case", "1", out.resolve("case.zip").toString());
        assertThat(bundle.code()).isEqualTo(1);
        assertThat(bundle.err()).contains("arrived.jpg", "changed since it was imported");
        assertThat(out.resolve("case.zip")).doesNotExist();

        CliRun without = run("export", "1", "--profile", "platform", "--out", packet.toString(), "--leave-out", "2");
        assertThat(without.code()).as(without.err()).isZero();
        assertThat(without.out()).contains("1 pictures");
        try (PDDocument document = Loader.loadPDF(packet.toFile())) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", "");
            assertThat(text).contains("listing.jpg").doesNotContain("arrived.jpg")
                    .doesNotContain(recorded.substring(0, 16));
        }
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void aMissingPictureStopsTheExportInsteadOfAPlaceholder() throws Exception {
        Files.delete(evidencePath(1, 0));
        Path packet = out.resolve("packet.pdf");
        CliRun refused = run("export", "1", "--profile", "platform", "--out", packet.toString());
        assertThat(refused.code()).isEqualTo(1);
        assertThat(refused.err()).contains("listing.jpg", "is missing", "--leave-out 1")
                .doesNotContain("cannot be shown yet");
        assertThat(packet).doesNotExist();
        assertThat(run("export", "1", "--profile", "platform", "--out", packet.toString(), "--leave-out", "1")
                .code()).isZero();
        assertThat(packet).exists();
    }

    @Test
    void anImpossiblePageBudgetNeverAsksToRemoveMorePhotosThanTheCaseHas() throws Exception {
        StringBuilder chat = new StringBuilder();
        for (int i = 0; i < 300; i++) {
            chat.append(String.format("2026-10-%02d %02d:%02d Seller: Please wait, the parcel is on its way, message %d%n",
                    2 + i / 100, 8 + (i / 60) % 10, i % 60, i));
        }
        Path file = Files.writeString(files.resolve("chat.txt"), chat);
        assertThat(run("import-chat", "1", file.toString()).code()).isZero();
        CliRun refused = run("export", "1", "--profile", "platform", "--out", out.resolve("p.pdf").toString(),
                "--max-pages", "2");
        assertThat(refused.code()).isEqualTo(1);
        assertThat(refused.err()).contains("Removing photos cannot make it fit", "the 2 photos take only about 1 page",
                "messages that add nothing (300")
                .doesNotContainPattern("about \\d+ of the 2 photos");
    }

    @Test
    void theSameCaseExportedTwiceOnOneDayGivesTheSameBytes() throws Exception {
        Path first = out.resolve("first.pdf");
        Path second = out.resolve("second.pdf");
        assertThat(run("export", "1", "--profile", "platform", "--out", first.toString()).code()).isZero();
        // Two hours later on the same day, by the clock the command line is given.
        int code = CliRun.on(library, java.time.Clock.offset(TestCases.CLOCK, java.time.Duration.ofHours(2)),
                "export", "1", "--profile", "platform", "--out", second.toString()).code();
        assertThat(code).isZero();
        assertThat(Files.readAllBytes(second)).isEqualTo(Files.readAllBytes(first));
    }

    @Test
    void caseFoldersAnInterruptedRunLeftAreRemovedWhenEmptyAndNamedOtherwise() throws Exception {
        assertThat(run("verify").code()).isZero();
        Path empty = Files.createDirectories(library.resolve("cases/2026-11-01 Temu 55/received"));
        Path kept = Files.createDirectories(library.resolve("cases/2026-11-02 Temu 56/received"));
        Files.write(kept.resolve("photo.jpg"), new byte[] {1});
        CliRun verify = run("verify");
        assertThat(verify.code()).isEqualTo(4);
        assertThat(verify.out()).contains("unknown cases/2026-11-02 Temu 56: a case folder no case uses")
                .doesNotContain("Temu 55");
        assertThat(empty.getParent()).doesNotExist();
        assertThat(kept.resolve("photo.jpg")).exists();
    }

    @Test
    void aBackupTakenWithACaseFolderGoneRestoresEverythingItHolds() throws Exception {
        assertThat(run("new-case", "--platform", "ebay", "--order", "22-1", "--item", "Lamp", "--claim", "damaged",
                "--paid", "20 GBP", "--ordered", "2026-10-02").code()).isZero();
        assertThat(run("import", "2", "--kind", "damage", photo("crack.jpg", Color.BLACK).toString()).code())
                .isZero();
        assertThat(run("message", "2", "--from", "seller", "--at", "2026-10-05 10:00", "--text", "Send a photo")
                .code()).isZero();
        Path lostFolder = evidencePath(1, 0).getParent().getParent();
        PendingFolders.deleteTree(lostFolder);
        Path changed = evidencePath(2, 0);
        Files.write(changed, new byte[] {1, 2, 3}, java.nio.file.StandardOpenOption.APPEND);

        Path zip = out.resolve("backup.zip");
        CliRun backup = run("backup", zip.toString());
        assertThat(backup.code()).isEqualTo(4);
        assertThat(backup.err()).contains("missing cases/", "listing.jpg", "arrived.jpg", "changed cases/",
                "crack.jpg");

        Path restored = out.resolve("restored");
        CliRun restore = run(restored, "restore", zip.toString());
        assertThat(restore.code()).as(restore.err()).isEqualTo(4);
        assertThat(restore.out()).contains("restored 2 cases", "missing cases/", "listing.jpg",
                "changed cases/");
        CliRun show = run(restored, "show", "2", "--json");
        assertThat(show.out()).contains("Send a photo", "crack.jpg");
        assertThat(Files.readAllBytes(restored.resolve(library.relativize(changed))))
                .as("the changed file's bytes as they were, nothing lost").isEqualTo(Files.readAllBytes(changed));
        assertThat(run(restored, "list").out()).contains("2TB SSD", "Lamp");
    }
}
