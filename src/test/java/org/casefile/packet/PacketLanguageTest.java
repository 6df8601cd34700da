package org.casefile.packet;

import org.casefile.domain.PacketProfile;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.casefile.LibraryTestBase;
import org.casefile.app.JobProgress;
import org.casefile.app.ExportRequest;
import org.casefile.app.Services;
import java.util.ArrayList;
import org.casefile.domain.OfferDecision;
import org.casefile.domain.text.Language;
import org.casefile.domain.text.Phrase;
import org.casefile.domain.text.RuleText;
import org.casefile.packet.pdf.PacketFonts;
import org.casefile.TestCases;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * The packet read back in each language: its own headings and none of the English ones, dates in the language's
 * form (the packet is dated 26 Nov 2026), the buyer's and the seller's words as written, and the Section 75 letter
 * English whatever is asked.
 */
class PacketLanguageTest extends LibraryTestBase {
    /** Per language: headings that must be there, and the packet's date as that language writes it. */
    private static final Map<Language, List<String>> EXPECTED = Map.of(
            Language.KOREAN, List.of("차지백 요청", "사건 요약과 경과", "증거 목록", "증거 부록", "진술서", "확인 사항",
                    "2026. 11. 26."),
            Language.SPANISH, List.of("Solicitud de contracargo", "Resumen del caso y cronología", "Índice de pruebas",
                    "Apéndice de pruebas", "Declaración", "Lo que certifico", "26 nov 2026"),
            Language.FRENCH, List.of("Demande de rétrofacturation", "Résumé du dossier et chronologie",
                    "Index des pièces", "Annexe des pièces", "Déclaration", "Ce que je certifie", "26 nov. 2026"),
            Language.GERMAN, List.of("Antrag auf Rückbuchung", "Fallübersicht und Zeitverlauf", "Anlagenverzeichnis",
                    "Anhang zu den Belegen", "Erklärung", "Was ich bestätige", "26.11.2026"),
            Language.PORTUGUESE, List.of("Pedido de contestação", "Resumo do caso e linha do tempo",
                    "Índice de anexos", "Apêndice das provas", "Declaração", "O que declaro", "26 de nov. de 2026"),
            Language.ENGLISH, List.of("Chargeback request", "Case summary and timeline", "Exhibit index",
                    "Evidence appendix", "Declaration", "What I certify", "26 Nov 2026"));
    private static final List<String> ENGLISH_HEADINGS = List.of("Chargeback request", "Case summary and timeline",
            "Exhibit index", "Evidence appendix", "What I certify", "Messages with the seller", "Listing versus received",
            "Page 1 of", "Timeline");

    @TempDir Path desktop;
    @TempDir Path out;

    @BeforeAll
    static void validator() {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private Path export(Services services, long id, PacketProfile profile, Language language, String name) {
        return services.exports().export(id, ExportRequest.of(profile).inLanguage(language), out.resolve(name),
                JobProgress.NONE, () -> false).file();
    }

    private static String text(Path file) throws IOException {
        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            return new PDFTextStripper().getText(document);
        }
    }

    @Test
    void eachLanguageWritesItsOwnHeadingsAndDates() throws Exception {
        Services services = Services.of(library, TestCases.CLOCK);
        PacketFixture fixture = new PacketFixture(services, desktop, "8123456789012").typical();
        for (Language language : Language.values()) {
            String all = text(export(services, fixture.id(), PacketProfile.CHARGEBACK, language,
                    language.code() + ".pdf"));
            assertThat(all).as(language.code()).contains(EXPECTED.get(language))
                    .contains(PacketFixture.CHINESE, "Capacity: 2TB advertised, 512GB arrived")
                    .doesNotContain(PacketFonts.MISSING_PLACEHOLDER);
            if (language != Language.ENGLISH) {
                assertThat(all).as(language.code()).doesNotContain(ENGLISH_HEADINGS);
            }
        }
    }

    /**
     * What the domain rules say in the packet (route reasons, deadline rules, the discrepancy line, the drafted
     * description, the timeline's status and offer lines) is in the packet's language: the English sentence is
     * nowhere in the Korean, German and Spanish packets, the translated one is, and the English packet keeps its words.
     */
    @Test
    void theRulesSentencesAreSaidInThePacketsLanguage() throws Exception {
        Services services = Services.of(library, TestCases.CLOCK);
        PacketFixture fixture = new PacketFixture(services, desktop, "8123456789012").typical();
        services.messages().addOffer(fixture.id(), org.casefile.domain.Money.of("20.00", "GBP"),
                java.time.LocalDateTime.parse("2026-11-24T09:00:00"), OfferDecision.REJECTED, "far too little");
        CaseSnapshot snapshot = services.exports().snapshot(fixture.id(), PacketProfile.CHARGEBACK);
        List<Phrase> said = new ArrayList<>();
        snapshot.routes().forEach(r -> said.add(r.reasonPhrase()));
        snapshot.deadlines().forEach(d -> said.add(d.kind().rulePhrase()));
        snapshot.discrepancies().forEach(d -> said.add(d.phrase()));
        snapshot.offers().forEach(o -> said.add(o.phrase()));
        assertThat(said).hasSizeGreaterThan(4);

        String english = flat(text(export(services, fixture.id(), PacketProfile.CHARGEBACK, Language.ENGLISH,
                "en.pdf")));
        for (Phrase phrase : said) {
            assertThat(english).contains(flat(RuleText.english(phrase)));
        }
        assertThat(english).contains(flat("I ordered"), flat("Offer of 20.00 GBP: rejected (far too little)"));
        for (Language language : List.of(Language.KOREAN, Language.GERMAN, Language.SPANISH)) {
            String all = flat(text(export(services, fixture.id(), PacketProfile.CHARGEBACK, language,
                    language.code() + ".pdf")));
            for (Phrase phrase : said) {
                assertThat(all).as(language.code() + " " + phrase.key())
                        .doesNotContain(flat(RuleText.english(phrase)))
                        .contains(flat(RuleText.in(language).get(phrase)));
            }
            String ask = RuleText.in(language).get("Description.ask.fullRefund", "");
            assertThat(all).as(language.code()).doesNotContain(flat("I ordered"), flat("I ask for"), flat("the listing says"))
                    .contains(flat(ask.substring(0, Math.min(8, ask.length()))));
        }
    }

    /**
     * Words the packet writes itself around the buyer's messages: the timeline's "Buyer:" and "(buyer's translation:
     * …)", and the note standing in for an emoji, are said in the packet's language, in every language but English.
     */
    @Test
    void theTimelinesMessageLinesAreInThePacketsLanguage() throws Exception {
        Services services = Services.of(library, TestCases.CLOCK);
        PacketFixture fixture = new PacketFixture(services, desktop, "8123456789012").typical();
        var seller = services.messages().messages(fixture.id()).get(1);
        services.messages().translate(fixture.id(), seller.id(), "Hello, we will deal with it soon.");
        String english = flat(text(export(services, fixture.id(), PacketProfile.CHARGEBACK, Language.ENGLISH,
                "en.pdf")));
        assertThat(english).contains(flat("Buyer: The SSD is 512GB"),
                flat("(buyer's translation: Hello, we will deal with it soon.)"));
        for (Language language : Language.values()) {
            if (language == Language.ENGLISH) {
                continue;
            }
            PacketText words = PacketText.of(language);
            String all = flat(text(export(services, fixture.id(), PacketProfile.CHARGEBACK, language,
                    language.code() + ".pdf")));
            assertThat(all).as(language.code())
                    .doesNotContain("Buyer:", "buyer's", "Buyer's", "translation:", "Seller:")
                    .contains(flat(words.get("note.emoji")))
                    .contains(flat(words.get("event.messageLine", words.get("glance.buyer"), "The SSD is 512GB")))
                    .contains(flat(words.get("event.translated", "", "Hello, we will deal with it soon.")));
            if (!words.get("note.emoji").equals(PacketFonts.EMOJI_PLACEHOLDER)) {
                assertThat(all).as(language.code()).doesNotContain(PacketFonts.EMOJI_PLACEHOLDER);
            }
        }
    }

    /**
     * Spanish labels are long ("Fin de la protección al comprador"): in every language, no label of the order facts
     * or of the cover's box runs into its value. Read back from the glyphs' positions: on each line of each page, no
     * glyph starts before the one to its left has ended.
     */
    @Test
    void noLabelRunsIntoItsValueInAnyLanguage() throws Exception {
        Services services = Services.of(library, TestCases.CLOCK);
        PacketFixture fixture = new PacketFixture(services, desktop, "8123456789012").typical();
        for (Language language : Language.values()) {
            Path file = export(services, fixture.id(), PacketProfile.CHARGEBACK, language, language.code() + ".pdf");
            String label = PacketText.of(language).get("field.protectionEnds");
            assertThat(flat(text(file))).as(language.code()).contains(flat(label));
            assertThat(overlaps(file)).as(language.code()).isEmpty();
        }
    }

    /** "page 3: 'r' over '1'": every pair of glyphs on one line of which the right one starts inside the left one. */
    private static List<String> overlaps(Path file) throws IOException {
        List<String> found = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                List<TextPosition> glyphs = new ArrayList<>();
                PDFTextStripper stripper = new PDFTextStripper() {
                    @Override
                    protected void processTextPosition(TextPosition text) {
                        glyphs.add(text);
                    }
                };
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                stripper.getText(document);
                Map<Long, List<TextPosition>> lines = new java.util.TreeMap<>();
                for (TextPosition glyph : glyphs) {
                    if (!glyph.getUnicode().isBlank()) {
                        lines.computeIfAbsent((long) Math.round(glyph.getYDirAdj()), y -> new ArrayList<>()).add(glyph);
                    }
                }
                for (List<TextPosition> line : lines.values()) {
                    line.sort(java.util.Comparator.comparingDouble(TextPosition::getXDirAdj));
                    for (int i = 1; i < line.size(); i++) {
                        TextPosition left = line.get(i - 1);
                        TextPosition right = line.get(i);
                        // Half a point of slack for kerning and rounding.
                        if (right.getXDirAdj() < left.getXDirAdj() + left.getWidthDirAdj() - 0.5f) {
                            found.add("page " + page + ": '" + right.getUnicode() + "' over '" + left.getUnicode()
                                    + "'");
                        }
                    }
                }
            }
        }
        return found;
    }

    /** The text without spaces and line breaks: a table cell wraps where the language allows ("2" / "주"). */
    private static String flat(String text) {
        return text.replaceAll("\\s+", "");
    }

    @Test
    void theSection75LetterStaysEnglishWhenGermanIsAsked() throws Exception {
        Services services = Services.of(library, TestCases.CLOCK);
        PacketFixture fixture = new PacketFixture(services, desktop, "8123456789012").typical();
        String all = text(export(services, fixture.id(), PacketProfile.SECTION75, Language.GERMAN, "s75.pdf"));
        assertThat(all).contains("Section 75 claim", "Consumer Credit Act 1974", "Case summary and timeline",
                "26 Nov 2026").doesNotContain("Fallübersicht", "Anlage", "26.11.2026");
    }

    @Test
    void aKoreanPacketIsCleanPdfAAndTheSameBytesEachTime() throws Exception {
        Services services = Services.of(library, TestCases.CLOCK);
        PacketFixture fixture = new PacketFixture(services, desktop, "8123456789012").typical();
        Path first = export(services, fixture.id(), PacketProfile.CHARGEBACK, Language.KOREAN, "ko-1.pdf");
        Path second = export(services, fixture.id(), PacketProfile.CHARGEBACK, Language.KOREAN, "ko-2.pdf");
        assertThat(Files.readAllBytes(second)).isEqualTo(Files.readAllBytes(first));
        Path english = export(services, fixture.id(), PacketProfile.CHARGEBACK, Language.ENGLISH, "en.pdf");
        assertThat(Files.readAllBytes(english)).isNotEqualTo(Files.readAllBytes(first));

        Process qpdf = new ProcessBuilder("qpdf", "--check", first.toString()).redirectErrorStream(true).start();
        String report = new String(qpdf.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(qpdf.waitFor()).as(report).isZero();
        assertThat(report).doesNotContainIgnoringCase("warning");

        try (InputStream in = Files.newInputStream(first);
             PDFAParser parser = Foundries.defaultInstance().createParser(in, PDFAFlavour.PDFA_2_B);
             PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_2_B, false)) {
            assertThat(validator.validate(parser).isCompliant()).isTrue();
        }
    }
}
