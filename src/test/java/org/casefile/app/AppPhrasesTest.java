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
