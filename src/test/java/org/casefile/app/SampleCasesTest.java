package org.casefile.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.casefile.TestCases;
import org.casefile.domain.Case;
import org.casefile.domain.CaseFacts;
import org.casefile.domain.CaseSummary;
import org.casefile.domain.ClaimType;
import org.casefile.domain.Platform;
import org.casefile.library.Library;
import org.casefile.domain.PacketProfile;
import org.casefile.packet.pdf.Texts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleCasesTest {
    @TempDir Path dir;

    @Test
    void addsVariedRealisticCasesWithMessagesAndFolders() throws Exception {
        try (Library library = Library.open(dir)) {
            SampleCases samples = Services.of(library, TestCases.CLOCK).samples();
            List<Long> ids = samples.add(300, 4);
            assertThat(ids).hasSize(300).doesNotHaveDuplicates();
            int messages = library.database().read(s -> s.messages().count());
            assertThat(messages).isEqualTo(1200);
            CaseService cases = new CaseService(library, TestCases.CLOCK);
            List<CaseSummary> list = cases.list();
            assertThat(list.stream().map(CaseSummary::platform).collect(Collectors.toSet()))
                    .containsExactlyInAnyOrder(Platform.values());
            assertThat(list.stream().map(CaseSummary::claim).collect(Collectors.toSet()))
                    .containsExactlyInAnyOrder(ClaimType.values());
            assertThat(list.stream().map(CaseSummary::status).distinct().count()).isGreaterThanOrEqualTo(6);
            List<Case> all = library.database().read(s -> s.cases().all());
            assertThat(all.stream().map(c -> c.facts().paid().currency().getCurrencyCode()).distinct().count())
                    .isGreaterThanOrEqualTo(4);
            assertThat(all).allSatisfy(c -> {
                assertThat(dir.resolve(c.folder())).isDirectory();
                assertThat(c.facts().orderedOn()).isBefore(TestCases.CLOCK.instant().atZone(TestCases.CLOCK.getZone())
                        .toLocalDate());
            });
            // Every sample names its cardholder and charge, so its chargeback packet is as complete as a real one.
            assertThat(all).allSatisfy(c -> {
                assertThat(c.facts().bank().buyerName()).isNotBlank();
                assertThat(c.facts().bank().chargedOn()).isEqualTo(c.facts().orderedOn());
                boolean card = c.facts().payment() == org.casefile.domain.PaymentMethod.CREDIT_CARD
                        || c.facts().payment() == org.casefile.domain.PaymentMethod.DEBIT_CARD;
                assertThat(c.facts().bank().cardLast4() != null).isEqualTo(card);
            });
            assertThat(samples.add(5, 0)).as("more can be added to the same library").hasSize(5);
        }
    }

    @Test
    void theShowcaseCaseTellsACompleteStoryAndCanBeAddedTwice() throws Exception {
        try (Library library = Library.open(dir)) {
            SampleCases samples = Services.of(library, TestCases.CLOCK).samples();
            long first = samples.addShowcase();
            long second = samples.addShowcase();
            CaseDetails details = new CaseService(library, TestCases.CLOCK).details(first);
            assertThat(details.theCase().facts().item()).contains("2TB");
            assertThat(details.messages()).hasSize(8).anyMatch(m -> m.text().contains("亲"));
            assertThat(details.deadlines()).isNotEmpty();
            assertThat(details.evidence()).extracting(e -> e.kind().id())
                    .containsExactlyInAnyOrder("listing", "received", "received", "label");
            assertThat(details.evidence()).allSatisfy(e -> assertThat(dir.resolve(e.path())).isRegularFile());
            assertThat(details.pairs()).singleElement().satisfies(pair -> {
                assertThat(pair.listingId()).isEqualTo(details.evidence().stream()
                        .filter(e -> e.kind().id().equals("listing")).findFirst().orElseThrow().id());
                assertThat(pair.caption()).contains("512GB");
            });
            assertThat(details.discrepancies()).extracting(d -> d.attribute()).contains("Capacity");
            assertThat(details.evidence()).extracting(e -> e.sha256())
                    .as("the same pictures every time").isEqualTo(new CaseService(library, TestCases.CLOCK)
                            .details(second).evidence().stream().map(e -> e.sha256()).toList());
            assertThat(second).isNotEqualTo(first);
            try (Stream<Path> folders = Files.list(dir.resolve("cases"))) {
                assertThat(folders.count()).isEqualTo(2);
            }
        }
    }

    @Test
    void theShowcasesChargebackPacketNamesTheTransactionOnItsFirstPage() throws Exception {
        try (Library library = Library.open(dir)) {
            Services services = Services.of(library, TestCases.CLOCK);
            long id = services.samples().addShowcase();
            CaseFacts facts = services.cases().get(id).facts();
            assertThat(facts.returned()).as("the return the chat tells of").isNotNull();
            assertThat(services.exports().gaps(id, PacketProfile.CHARGEBACK)).as("nothing missing for the bank")
                    .isEmpty();
            Path file = dir.resolve("showcase-chargeback.pdf");
            services.exports().export(id, ExportRequest.of(PacketProfile.CHARGEBACK), file, JobProgress.NONE,
                    () -> false);
            try (PDDocument document = Loader.loadPDF(file.toFile())) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(1);
                stripper.setEndPage(1);
                String first = stripper.getText(document);
                assertThat(first).contains("ending " + facts.bank().cardLast4(), facts.bank().statementName(),
                        Texts.date(facts.chargedOn()), facts.bank().buyerName()).doesNotContain("not recorded");
                stripper.setEndPage(document.getNumberOfPages());
                assertThat(stripper.getText(document)).contains("Buyer's translation: We can refund 10 pounds.");
            }
        }
    }
}
