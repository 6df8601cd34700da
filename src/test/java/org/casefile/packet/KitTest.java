package org.casefile.packet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.casefile.LibraryTestBase;
import org.casefile.TestCases;
import org.casefile.app.JobProgress;
import org.casefile.app.ExportRequest;
import org.casefile.app.KitFile;
import org.casefile.app.KitResult;
import org.casefile.app.Services;
import org.casefile.domain.Author;
import org.casefile.domain.CasefileException;
import org.casefile.domain.Channel;
import org.casefile.domain.Evidence;
import org.casefile.domain.EvidenceKind;
import org.casefile.domain.PacketProfile;
import org.casefile.domain.RedactionBox;
import org.casefile.domain.UploadDestination;
import org.casefile.packet.image.TestPictures;
import org.casefile.domain.text.Language;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Upload kits read back as each destination would read them: every file's type from its bytes, its size, a PDF's
 * pages and resolution, a picture's pixels and metadata, the names; redaction burned into the kit's pictures; a kit
 * the form would refuse is not written at all.
 */
class KitTest extends LibraryTestBase {
    @TempDir Path desktop;
    @TempDir Path out;
    private Services services;
    private PacketFixture fixture;
    private Evidence redacted;

    @BeforeEach
    void aTypicalCase() throws IOException {
        services = Services.of(library, TestCases.CLOCK);
        fixture = new PacketFixture(services, desktop, "8123456789012").typical();
        BufferedImage stored = TestPictures.stored(TestPictures.quarters(RedactionTest.W, RedactionTest.H), 6);
        Path label = desktop.resolve("parcel-label.jpg");
        Files.write(label, TestPictures.phoneJpeg(TestPictures.jpeg(stored, 0.95f, false), 6));
        redacted = fixture.add(EvidenceKind.DAMAGE, label);
        services.redactions().set(fixture.id(), redacted.id(), List.of(RedactionTest.BOX));
    }

    private KitResult kit(UploadDestination to, String folder) {
        return services.kits().make(fixture.id(), to, out.resolve(folder), JobProgress.NONE, () -> false);
    }

    /**
     * A kit asked for in German or Korean (the window's): UPLOAD.txt, the files' descriptions, the packet and the
     * pair pictures' headings are in that language, none of the English steps left; the same kit in English differs
     * only in its words.
     */
    @ParameterizedTest
    @EnumSource(value = Language.class, names = {"GERMAN", "KOREAN"})
    void aKitInTheWindowsLanguageSaysEveryStepInIt(Language language) throws IOException {
        KitResult english = services.kits().make(fixture.id(), UploadDestination.CARD_ISSUER, out.resolve("en"),
                false, Language.ENGLISH, JobProgress.NONE, () -> false);
        KitResult kit = services.kits().make(fixture.id(), UploadDestination.CARD_ISSUER, out.resolve("kit"), false,
                language, JobProgress.NONE, () -> false);
        PacketText t = PacketText.of(language);
        String upload = Files.readString(kit.folder().resolve("UPLOAD.txt"), StandardCharsets.UTF_8);
        assertThat(upload).startsWith(t.get("kit.title", t.get("kit.to.CARD_ISSUER")))
                .contains(t.get("kit.todo"), t.get("kit.where.CARD_ISSUER"), t.get("kit.uploadThese"),
                        t.get("kit.file.pair", 1), UploadDestination.CARD_ISSUER.source())
                .doesNotContain("Upload kit for", "What to do", "Upload these files", "Paste the text",
                        "the evidence packet", "comparison 1", "Every file here", "Card issuer (Visa rules)");
        assertThat(Files.readString(english.folder().resolve("UPLOAD.txt"))).contains("What to do",
                "comparison 1: the listing beside what arrived");
        try (PDDocument packet = Loader.loadPDF(kit.folder().resolve("Packet.pdf").toFile())) {
            String heading = t.get("heading.CHARGEBACK", "").replaceAll("[:：]?\\s*$", "").strip();
            assertThat(new PDFTextStripper().getText(packet)).contains(heading)
                    .doesNotContain("Chargeback request");
        }
        // The pair picture: the same photos and size, other words above them.
        BufferedImage pair = ImageIO.read(kit.folder().resolve("Pair1.jpg").toFile());
        BufferedImage englishPair = ImageIO.read(english.folder().resolve("Pair1.jpg").toFile());
        assertThat(pair.getWidth()).isEqualTo(englishPair.getWidth());
        assertThat(Files.readAllBytes(kit.folder().resolve("Pair1.jpg")))
                .isNotEqualTo(Files.readAllBytes(english.folder().resolve("Pair1.jpg")));
    }

    @ParameterizedTest
    @EnumSource(UploadDestination.class)
    void eachDestinationGetsAFolderItsFormTakesAsItIs(UploadDestination to) throws IOException {
        KitResult kit = kit(to, "kit");

        Path folder = out.resolve("kit");
        assertThat(kit.folder()).isEqualTo(folder);
        assertThat(folder.resolve("UPLOAD.txt")).exists();
        String description = Files.readString(folder.resolve("DESCRIPTION.txt"), StandardCharsets.UTF_8).strip();
        assertThat(description).isNotBlank();
        if (to.maxTextCharacters() > 0) {
            assertThat(description.length()).isLessThanOrEqualTo(to.maxTextCharacters());
        }
        String upload = Files.readString(folder.resolve("UPLOAD.txt"));
        assertThat(upload).contains(to.label()).contains(to.source());
        try (Stream<Path> files = Files.list(folder)) {
            List<String> names = files.map(p -> p.getFileName().toString()).sorted().toList();
            List<String> expected = new ArrayList<>(kit.uploads().stream().map(KitFile::name).toList());
            expected.add("DESCRIPTION.txt");
            expected.add("UPLOAD.txt");
            assertThat(names).containsExactlyInAnyOrderElementsOf(expected);
        }
        if (!to.takesFiles()) {
            assertThat(kit.uploads()).isEmpty();
            assertThat(upload).contains("takes text only");
            return;
        }
        assertThat(kit.uploads()).isNotEmpty();
        assertThat(kit.uploads().size()).isLessThanOrEqualTo(to.maxFiles());
        long total = 0;
        int pages = 0;
        for (KitFile file : kit.uploads()) {
            Path path = folder.resolve(file.name());
            assertThat(upload).contains(file.name());
            long size = Files.size(path);
            total += size;
            assertThat(size).as(file.name()).isEqualTo(file.bytes()).isLessThanOrEqualTo(to.maxFileBytes());
            String base = file.name().substring(0, file.name().lastIndexOf('.'));
            assertThat(base).matches(to.namePattern() != null ? to.namePattern() : "[A-Za-z0-9_-]+");
            byte[] head = Files.readAllBytes(path);
            if (head[0] == '%') {
                assertThat(to.accepts()).contains(UploadDestination.FileType.PDF);
                try (PDDocument document = Loader.loadPDF(path.toFile())) {
                    int n = document.getNumberOfPages();
                    pages += n;
                    if (to.maxPagesPerFile() > 0) {
                        assertThat(n).isLessThanOrEqualTo(to.maxPagesPerFile());
                    }
                    assertThat(new PDFTextStripper().getText(document)).contains("8123456789012");
                }
                if (to.maxDpi() > 0) {
                    assertThat(PdfFacts.read(path).maxDpi()).isLessThanOrEqualTo(to.maxDpi() + 1f);
                }
            } else {
                assertThat(head[0] & 0xFF).as(file.name() + " is a JPEG").isEqualTo(0xFF);
                assertThat(head[1] & 0xFF).isEqualTo(0xD8);
                assertThat(TestPictures.contains(head, "Exif")).isFalse();
                BufferedImage picture = ImageIO.read(path.toFile());
                assertThat(picture).isNotNull();
                if (to.maxPixels() > 0) {
                    assertThat((long) picture.getWidth() * picture.getHeight()).isLessThan(to.maxPixels());
                }
                pages++;
            }
        }
        if (to.maxTotalBytes() > 0) {
            assertThat(total).isLessThanOrEqualTo(to.maxTotalBytes());
        }
        if (to.maxPagesTotal() > 0) {
            assertThat(pages).isLessThanOrEqualTo(to.maxPagesTotal());
        }
        assertThat(kit.uploads()).anyMatch(f -> f.name().startsWith("Pair"));
        if (to.takesPdf()) {
            assertThat(kit.uploads()).anyMatch(f -> f.name().startsWith("Packet"));
        } else {
            assertThat(kit.uploads()).noneMatch(f -> f.name().endsWith(".pdf"));
        }
    }

    @Test
    void theKitsPicturesAreUprightWithTheBoxBurnedIn() throws IOException {
        KitResult kit = kit(UploadDestination.EBAY, "ebay");
        String letter = services.exports().snapshot(fixture.id(), PacketProfile.PLATFORM)
                .exhibit(redacted.id()).letter();
        Path picture = kit.folder().resolve("Exhibit" + letter + ".jpg");
        assertThat(picture).exists();
        // Upright in its pixels (orientation 1): forms ignore EXIF, and the copy has none.
        RedactionTest.Pixels.check(ImageIO.read(picture.toFile()), 1, RedactionTest.W, RedactionTest.H,
                RedactionTest.BOX);
    }

    @Test
    void aKitTheFormWouldRefuseIsNotWrittenAndTheBuyerIsToldWhatToRemove() {
        // Mastercom takes 19 pages a case: a long conversation cannot fit, and one file cannot be split.
        for (int i = 0; i < 400; i++) {
            services.messages().add(fixture.id(), i % 2 == 0 ? Author.BUYER : Author.SELLER, null,
                    Channel.ORDER_CHAT, LocalDateTime.parse("2026-10-23T09:00").plusMinutes(i),
                    "Message " + i + ": where is the refund for the wrong SSD? We have been over this many times, "
                            + "and the listing said 2TB, not 512GB. Please answer today.", false);
        }
        assertThatThrownBy(() -> kit(UploadDestination.MASTERCARD, "mastercard"))
                .isInstanceOf(CasefileException.class).hasMessageContaining("Remove");
        assertThat(out.resolve("mastercard")).doesNotExist();
        try (Stream<Path> left = Files.list(out)) {
            assertThat(left).as("no half kit, no temporary folder").isEmpty();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void aKitGoesOnlyIntoANewOrEmptyFolder() throws IOException {
        Path used = Files.createDirectories(out.resolve("used"));
        Files.writeString(used.resolve("notes.txt"), "mine");
        assertThatThrownBy(() -> kit(UploadDestination.PAYPAL, "used")).hasMessageContaining("not an empty folder");
        assertThat(Files.readString(used.resolve("notes.txt"))).isEqualTo("mine");
        Files.createDirectories(out.resolve("empty"));
        assertThat(kit(UploadDestination.PAYPAL, "empty").uploads()).isNotEmpty();
    }

    @Test
    void aPacketTooBigForOneFileIsSplitIntoWholePartsEachWithinTheLimit() throws IOException {
        for (int i = 0; i < 6; i++) {
            fixture.add(EvidenceKind.RECEIVED, fixture.photo("photo" + i + ".jpg", 1600, 1200, 10 + i));
        }
        Path whole = out.resolve("whole.pdf");
        services.exports().export(fixture.id(), new ExportRequest(PacketProfile.PLATFORM, 0, 0), whole,
                JobProgress.NONE, () -> false);
        long size = Files.size(whole);
        int pages;
        try (PDDocument document = Loader.loadPDF(whole.toFile())) {
            pages = document.getNumberOfPages();
        }
        // One page per part first, to know the heaviest page: no part can be lighter than that.
        long heaviest = 0;
        for (Path page : PdfParts.split(whole, size, 1, n -> out.resolve("Page" + n + ".pdf"))) {
            heaviest = Math.max(heaviest, Files.size(page));
        }
        long limit = Math.max(heaviest + 50_000, size / 3);
        assertThat(limit).isLessThan(size);

        List<Path> parts = PdfParts.split(whole, limit, 0, n -> out.resolve("Part" + n + ".pdf"));

        assertThat(parts).hasSizeGreaterThanOrEqualTo(2);
        int seen = 0;
        for (Path part : parts) {
            assertThat(Files.size(part)).isLessThanOrEqualTo(limit);
            try (PDDocument document = Loader.loadPDF(part.toFile())) {
                seen += document.getNumberOfPages();
                assertThat(new PDFTextStripper().getText(document)).contains("8123456789012");
            }
        }
        assertThat(seen).as("every page, once").isEqualTo(pages);
    }
}
