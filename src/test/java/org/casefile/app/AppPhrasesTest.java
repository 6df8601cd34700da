package org.casefile.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.casefile.TestCases;
import org.casefile.domain.ImportOutcome;
import org.casefile.domain.PacketProfile;
import org.casefile.domain.Route;
import org.casefile.domain.UploadDestination;
import org.casefile.domain.text.Language;
import org.casefile.domain.text.Phrase;
import org.casefile.domain.text.RuleText;
import org.casefile.library.Library;
import org.casefile.packet.BudgetedBuild;
import org.casefile.packet.PictureLayout;
import org.casefile.packet.image.ImageStep;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the app says of a case (timeline, flags, reminder, the closed-route reason, the emails' summary, the image
 * step, the upload forms) is a phrase: its English is word for word what the command line has always printed, and
 * every other language has its own words for it.
 */
class AppPhrasesTest {
    private static final List<Language> OTHERS = List.of(Language.KOREAN, Language.SPANISH, Language.FRENCH,
            Language.GERMAN, Language.PORTUGUESE);

    @TempDir Path library;
    @TempDir Path files;

    @Test
    void theCasesStoryKeepsItsEnglishAndIsSaidInEveryLanguage() throws Exception {
        CaseDetails details;
        String closed;
        Phrase closedPhrase;
        try (Library lib = Library.open(library)) {
            Services services = Services.of(lib, TestCases.CLOCK);
            long id = TestCases.storyCase(services, files);
            details = services.cases().details(id);
            closed = services.exports().closedRoute(id, PacketProfile.SECTION75).orElseThrow();
            closedPhrase = services.exports().plan(id, new ExportRequest(PacketProfile.SECTION75,
                    PacketProfile.SECTION75.maxBytes(), 0)).closedRoute();
        }
        assertThat(details.timeline()).extracting(TimelineEntry::text).contains(
                "New: Case opened in Casefile", "Escalated",
                "Added packaging evidence: parcel.png",
                "Seller: 已发货 (buyer's translation: It has been shipped)");
        assertThat(details.flags()).hasSize(2).allSatisfy(flag -> assertThat(flag).isNotBlank());
        List<String> open = details.routes().stream().filter(Route::eligible)
                .map(r -> r.route().label() + " (" + r.route().id() + ")").toList();
        Route section75 = details.routes().stream()
                .filter(r -> r.route().name().equals("SECTION75")).findFirst().orElseThrow();
        assertThat(closed).isEqualTo("Section 75 claim is not open for this case: " + section75.reason() + " "
                + (open.isEmpty() ? "No route is open." : "Open: " + String.join(", ", open) + "."))
                .isEqualTo(RuleText.english(closedPhrase));

        List<Phrase> said = new ArrayList<>(details.flagPhrases());
        details.timeline().forEach(entry -> said.add(entry.phrase()));
        said.add(details.reminderPhrase());
        said.add(closedPhrase);
        assertTranslated(said);
    }

    @Test
    void theEmailsSummaryTheImageStepAndTheUploadFormsKeepTheirEnglish() {
        Path order = Path.of("order.eml");
        assertThat(RuleText.english(new EmailService.EmailOutcome(5L, ImportOutcome.imported(order, 1), List.of(),
                List.of()).summary())).isEqualTo("order.eml: opened a case");
        assertThat(RuleText.english(new EmailService.EmailOutcome(null, ImportOutcome.duplicate(order, 1),
                List.of(), List.of()).summary())).isEqualTo("order.eml: already in its case");
        Phrase refused = new EmailService.EmailOutcome(null, ImportOutcome.rejected(order, "The file is empty."),
                List.of(), List.of()).summary();
        assertThat(RuleText.english(refused)).isEqualTo("order.eml: The file is empty.");

        ImageStep step = ImageStep.ladder().get(1);
        BudgetedBuild.Outcome capped = new BudgetedBuild.Outcome(1, 1, 1, step, PictureLayout.ladder().get(0), 200,
                Map.of());
        assertThat(capped.stepLabel()).isEqualTo(step.maxLongEdge() + " px, quality "
                + Math.round(step.jpegQuality() * 100) + "%, at most 200 dpi");

        assertThat(UploadDestination.ALIEXPRESS.label()).isEqualTo("AliExpress dispute form");
        assertThat(UploadDestination.MASTERCARD.source()).isEqualTo("Mastercom case filing: 18 MB a case, 19 pages, "
                + "300 dpi, under 30 MP, file names of at most 16 letters or digits, cardholder text 3,000 characters");
        assertThat(UploadDestination.fromId("ebay request or case")).isEqualTo(UploadDestination.EBAY);

        List<Phrase> said = new ArrayList<>(List.of(capped.stepPhrase(),
                new EmailService.EmailOutcome(null, ImportOutcome.imported(order, 1), List.of(), List.of()).summary()));
        for (UploadDestination to : UploadDestination.values()) {
            if (to != UploadDestination.MASTERCARD) { // a brand's own name, the same everywhere
                said.add(to.phrase());
            }
            said.add(to.sourcePhrase());
        }
        for (PacketProfile profile : PacketProfile.values()) {
            said.add(profile.phrase());
        }
        assertTranslated(said);
    }

    @Test
    void theRefusalsKeepTheirEnglishAndAreSaidInEveryLanguage() throws Exception {
        Path avif = files.resolve("holiday.avif");
        byte[] head = new byte[64];
        head[3] = 32;
        System.arraycopy("ftypavif".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1), 0, head, 4, 8);
        java.nio.file.Files.write(avif, head);
        List<Phrase> said = new ArrayList<>();
        try (Library lib = Library.open(library)) {
            Services services = Services.of(lib, TestCases.CLOCK);
            long id = TestCases.storyCase(services, files);
            said.add(refusal(() -> services.cases().details(4242), "There is no case 4242 in this library."));
            said.add(refusal(() -> services.redactions().set(id, 1234, List.of()),
                    "There is no evidence 1234 in case " + id + "."));
            said.add(refusal(() -> services.evidence().caption(id, 1, "x".repeat(501)),
                    "Keep a caption under 500 characters."));
            said.add(refusal(() -> services.backups().restore(avif, JobProgress.NONE, () -> false),
                    "A backup is restored only into an empty library, and " + lib.root() + " already holds 1 case. "
                            + "Nothing was changed. Restore into a new folder, e.g. casefile --library NEW_FOLDER "
                            + "restore FILE, and open that one."));
            ImportOutcome refused = services.evidence().importFiles(id, org.casefile.domain.EvidenceKind.RECEIVED,
                    List.of(avif), o -> { }, () -> false).get(0);
            assertThat(refused.reason()).isEqualTo("It is an AVIF picture, which Casefile does not take as evidence: "
                    + "save it as JPEG, PNG or MP4 first.");
            said.add(refused.reasonPhrase());
        }
        said.add(refusal(() -> org.casefile.library.SafeZip.open(avif, "backup",
                org.casefile.library.SafeZip.Limits.BACKUP), "The backup holiday.avif was refused: its end is missing "
                + "(the file is cut off, or not a zip file). Nothing in the library was changed."));
        said.add(refusal(() -> org.casefile.library.SafeZip.open(files, "case bundle",
                org.casefile.library.SafeZip.Limits.BUNDLE), files + " is a folder; choose the case bundle zip file "
                + "itself."));
        java.io.IOException full = new java.nio.file.FileSystemException("x", null, "No space left on device");
        assertThat(org.casefile.library.DiskWords.of(full))
                .isEqualTo("the disk is full. Free some space (or choose another disk) and try again");
        said.add(org.casefile.library.DiskWords.phrase(full));
        said.add(org.casefile.library.DiskWords.phrase(new java.nio.file.AccessDeniedException("x")));
        said.add(org.casefile.library.DiskWords.phrase(new java.io.IOException("Read-only file system")));
        assertThat(org.casefile.domain.MediaType.PDF.description()).isEqualTo("PDF document");
        for (org.casefile.domain.MediaType type : org.casefile.domain.MediaType.values()) {
            said.add(type.phrase());
        }
        assertTranslated(said);
    }

    @Test
    void aRefusedCaseBundleKeepsItsEnglishAndIsSaidInEveryLanguage() {
        Path bundle = Path.of("case.zip");
        String refused = "The case bundle case.zip was refused: its case.json ";
        String unchanged = " Nothing in the library was changed.";
        List<Phrase> said = new ArrayList<>();
        said.add(refusal(() -> BundleCheck.parse(bundle, bytes("[1, 2]")), refused + "is not a case." + unchanged));
        said.add(refusal(() -> BundleCheck.parse(bundle, bytes("{\"schema\": \"2\"}")), refused
                + "has no schema version; it is not a Casefile case bundle." + unchanged));
        said.add(refusal(() -> BundleCheck.parse(bundle, bytes("{\"schema\": " + (CaseBundle.SCHEMA + 1) + "}")),
                refused + "is schema version " + (CaseBundle.SCHEMA + 1) + ", made by a newer Casefile; update "
                        + "Casefile to import it." + unchanged));
        said.add(refusal(() -> BundleCheck.parse(bundle, bytes("{\"schema\": 0}")), refused
                + "is schema version 0, which Casefile does not know." + unchanged));
        said.add(refusal(() -> BundleCheck.parse(bundle, bytes("{\"schema\": 1, \"facts\": [")), null));
        CaseBundle empty = BundleCheck.parse(bundle, bytes("{\"schema\": 1}"));
        said.add(refusal(() -> BundleCheck.check(bundle, empty, TestCases.CLOCK.instant()
                .atZone(TestCases.CLOCK.getZone()).toLocalDate()), refused + "is not valid: case.json has no order "
                + "facts." + unchanged));
        assertThat(RuleText.english(Phrase.of("Bundle.tooLong", Phrase.of("Bundle.field.emailText"), "5000000")))
                .isEqualTo("An email's text is longer than 5000000 characters.");
        assertThat(RuleText.english(Phrase.of("Bundle.badTime", "noon", Phrase.of("Bundle.time.created"))))
                .isEqualTo("'noon' is not a valid time of the case's creation.");
        for (String key : List.of("badFile", "noHash", "badSize", "noName", "badType", "badPicture",
                "evidenceTwice", "unlistedPair", "unlistedAttachment", "tooManyBoxes", "notAnEmail", "unreadable",
                "damaged", "noTime")) {
            said.add(Phrase.of("Bundle." + key, "evidence/received/x.jpg", "received", "evidence/received/"));
        }
        for (String field : List.of("note", "caption", "name", "reason", "messageId", "sender", "recipients",
                "subject", "emailText")) {
            said.add(Phrase.of("Bundle.tooLong", Phrase.of("Bundle.field." + field), "500"));
        }
        for (String time : List.of("statusChange", "captured", "imported", "message", "offer", "email",
                "created")) {
            said.add(Phrase.of("Bundle.badTime", "noon", Phrase.of("Bundle.time." + time)));
        }
        assertTranslated(said);
    }

    @Test
    void aKitTheFormWouldRefuseAZipOverAFileAndABadRequestKeepTheirEnglish() throws Exception {
        java.nio.file.Files.writeString(files.resolve("my notes.txt"), "not a picture");
        UploadDestination to = UploadDestination.ALIEXPRESS;
        List<Phrase> problems = KitCheck.problems(files, to, List.of(new KitFile("my notes.txt", 13, "notes"),
                new KitFile("gone.pdf", 0, "packet")));
        Phrase kit = KitCheck.refusal(to, problems);
        assertThat(RuleText.english(kit)).isEqualTo("The kit for AliExpress dispute form was not written, because "
                + "the form would refuse it: my notes.txt is of no type a form takes; AliExpress dispute form takes "
                + to.accepts() + "; gone.pdf cannot "
                + "be read back: " + files.resolve("gone.pdf") + ". Remove the largest pictures from the case, or "
                + "fewer pairs, and make the kit again.");
        List<Phrase> said = new ArrayList<>(List.of(kit));
        said.add(refusal(() -> org.casefile.library.ZipOutput.create(files, library), files + " is a folder; name "
                + "the file to write, e.g. " + files.resolve("casefile-backup.zip") + "."));
        said.add(refusal(() -> org.casefile.library.ZipOutput.create(files.resolve("my notes.txt"), library),
                files.resolve("my notes.txt") + " already exists and is not a zip file; Casefile will not overwrite "
                        + "it. Choose another name."));
        said.add(refusal(() -> new ExportRequest(null, 0, 0), "Choose who the packet is for: platform, paypal, "
                + "chargeback or section75."));
        said.add(refusal(() -> new ExportRequest(PacketProfile.PAYPAL, -1, 0), "A size budget cannot be negative."));
        said.add(refusal(() -> new ExportRequest(PacketProfile.PAYPAL, 0, -1), "A page budget cannot be negative."));
        assertThat(RuleText.english(Phrase.of("Sample.refused", "listing.png", Phrase.of("Kit.notAPicture"))))
                .isEqualTo("The sample picture listing.png was refused: it cannot be shown as a picture");
        said.add(Phrase.of("Sample.refused", "listing.png", Phrase.of("Kit.notAPicture")));
        said.add(Phrase.of("Sample.cannotDraw", "disk full"));
        for (String key : List.of("tooManyFiles", "tooBigInAll", "tooManyPages", "wrongType", "tooBig",
                "badName", "badShortName", "tooManyPagesInFile", "tooSharp", "pagesTooLarge", "notAPicture", "tooManyPixels",
                "exif")) {
            said.add(Phrase.of("KitCheck." + key, "a.jpg", "2", "3", "4", "5"));
        }
        assertTranslated(said);
    }

    private static byte[] bytes(String json) {
        return json.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    /** The refusal's phrase, its English (when given) word for word what the command line has always printed. */
    private static Phrase refusal(org.assertj.core.api.ThrowableAssert.ThrowingCallable work, String english) {
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(work);
        assertThat(thrown).isInstanceOf(org.casefile.domain.CasefileException.class);
        org.casefile.domain.CasefileException refusal = (org.casefile.domain.CasefileException) thrown;
        if (english != null) {
            assertThat(refusal.getMessage()).isEqualTo(english);
        }
        assertThat(RuleText.english(refusal.phrase())).isEqualTo(refusal.getMessage());
        return refusal.phrase();
    }

    /** Each phrase is said in every language, and not in English words. */
    private static void assertTranslated(List<Phrase> phrases) {
        for (Phrase phrase : phrases) {
            String english = RuleText.english(phrase);
            for (Language language : OTHERS) {
                assertThat(RuleText.in(language).get(phrase)).as("%s in %s", phrase.key(), language.code())
                        .isNotBlank().isNotEqualTo(english);
            }
        }
    }
}
