package org.casefile.packet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.casefile.LibraryTestBase;
import org.casefile.TestCases;
import org.casefile.app.JobProgress;
import org.casefile.app.ExportRequest;
import org.casefile.app.Services;
import org.casefile.domain.Author;
import org.casefile.domain.CardNumbers;
import org.casefile.domain.CaseFactsInput;
import org.casefile.domain.CaseStatus;
import org.casefile.domain.Channel;
import org.casefile.domain.Message;
import org.casefile.domain.PacketProfile;
import org.casefile.domain.ReturnAttempt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each route's packet read back as the bank would: the transaction on page 1, nothing left to fill in by pen, no
 * sentence to the buyer, one date style, the seller's Chinese with the buyer's translation, no card number (the order
 * number untouched), and a file qpdf finds clean.
 */
class BankCopyPacketTest extends LibraryTestBase {
    /** 16 digits, passes the Luhn check, starts with 3: looks like a card, but it is the order's own number. */
    private static final String ORDER = "3012345678901231";
    private static final Pattern ISO_DATE = Pattern.compile("\\b20[0-9]{2}-[01][0-9]-[0-3][0-9]\\b");
    private static final Pattern TO_THE_BUYER = Pattern.compile("(^|[.!?:]\\s+)(You|Your)\\b", Pattern.MULTILINE);
    private static final Pattern DIGITS = Pattern.compile("[0-9][0-9 -]{11,}[0-9]");

    @TempDir Path desktop;
    @TempDir Path out;

    private Services services() {
        return Services.of(library, TestCases.CLOCK);
    }

    private long fullCase() throws IOException {
        Services services = services();
        long id = services.cases().create(new CaseFactsInput("aliexpress", ORDER, "Yunda Digital Store",
                "2TB portable SSD, black", null, "2026-10-01", "149.99 GBP", "credit-card", "GB", "LP00612345678901CN",
                "Cainiao", "2026-10-20", "2026-12-10", "not-as-described", null, null, "Sam Taylor",
                "4 Mill Lane, Leeds LS1 4AB", "4242", "ALIEXPRESS.COM LUXEMBOURG", "2026-10-02", "2026-10-19")).id();
        services.claims().addDiscrepancy(id, "Capacity", "2TB", "Copying fails after 476 GB");
        services.cases().changeStatus(id, CaseStatus.SELLER_CONTACTED, null, LocalDateTime.parse("2026-10-22T09:00"),
                "Asked in the order chat");
        services.messages().add(id, Author.BUYER, null, Channel.ORDER_CHAT, LocalDateTime.parse("2026-10-22T09:00"),
                "It copies only 476 GB. I paid with 4111 1111 1111 1111 for order " + ORDER + ".", false);
        services.messages().add(new Message(0, id, LocalDateTime.parse("2026-10-22T18:30"), Author.SELLER, "云达数码",
                Channel.ORDER_CHAT, PacketFixture.CHINESE, false, "Hello! We will deal with it soon, please wait."),
                List.of());
        services.cases().recordReturn(id, ReturnAttempt.sent(LocalDate.parse("2026-10-25"), "Royal Mail",
                "RM123456789GB", LocalDate.parse("2026-11-02")));
        return id;
    }

    private long sparseCase() {
        return services().cases().create(new CaseFactsInput("aliexpress", "8123456789012", null, "Phone case", null,
                "2026-10-01", "89.99 GBP", "debit-card", "GB", null, null, null, null, "not-received", null, null)).id();
    }

    private Path export(long id, PacketProfile profile) {
        Path file = out.resolve(id + "-" + profile.id() + ".pdf");
        services().exports().export(id, ExportRequest.of(profile), file, JobProgress.NONE, () -> false);
        return file;
    }

    private static String text(Path file, int from, int to) throws IOException {
        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(from);
            stripper.setEndPage(Math.min(to, document.getNumberOfPages()));
            return stripper.getText(document);
        }
    }

    private static void readsAsTheBanksCopy(Path file) throws Exception {
        String all = text(file, 1, Integer.MAX_VALUE);
        assertThat(all).doesNotContain("(fill in)", "____", "Tick one", "You:", "card card");
        assertThat(TO_THE_BUYER.matcher(all).find()).as("a sentence to the buyer in %s: %s", file,
                TO_THE_BUYER.matcher(all).results().map(r -> all.substring(r.start(),
                        Math.min(all.length(), r.end() + 40))).toList()).isFalse();
        assertThat(ISO_DATE.matcher(all).results().map(r -> r.group()).toList()).as("ISO dates").isEmpty();
        Matcher digits = DIGITS.matcher(all);
        while (digits.find()) {
            String run = digits.group().replaceAll("[^0-9]", "");
            if (!run.equals(ORDER)) {
                assertThat(CardNumbers.looksLikeCard(run)).as("card-like number %s", digits.group()).isFalse();
            }
        }
        Process qpdf = new ProcessBuilder("qpdf", "--check", file.toString()).redirectErrorStream(true).start();
        String report = new String(qpdf.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(qpdf.waitFor()).as(report).isZero();
        assertThat(report).doesNotContainIgnoringCase("warning");
    }

    @Test
    void aFullyFilledCaseNamesTheTransactionOnPageOneOfEveryRoute() throws Exception {
        long id = fullCase();
        for (PacketProfile profile : List.of(PacketProfile.CHARGEBACK, PacketProfile.SECTION75,
                PacketProfile.PAYPAL)) {
            Path file = export(id, profile);
            readsAsTheBanksCopy(file);
            String first = text(file, 1, 1);
            assertThat(first).as(profile.id()).contains("Sam Taylor", "4 Mill Lane, Leeds LS1 4AB", "2 Oct 2026");
            String all = text(file, 1, Integer.MAX_VALUE);
            assertThat(all).as("translation").contains("Buyer's translation: Hello! We will deal with it soon");
            assertThat(all).contains(ORDER, "card ending 1111").doesNotContain("4111 1111");
            assertThat(all).contains("what arrived: copying fails after 476 GB");
        }
        String chargeback = text(export(id, PacketProfile.CHARGEBACK), 1, 2);
        assertThat(chargeback).contains("ending 4242", "ALIEXPRESS.COM LUXEMBOURG", "Arrived on 19 Oct 2026",
                "Sent back on 25 Oct 2026 by Royal Mail", "received by the seller on 2 Nov 2026",
                "Not before 9 Nov 2026", "540 days");
        String section75 = text(export(id, PacketProfile.SECTION75), 1, 1);
        assertThat(section75).contains("I, Sam Taylor, the card issuer's customer").contains("within that band");
    }

    @Test
    void aSparseCaseSaysNotRecordedInsteadOfBlanks() throws Exception {
        long id = sparseCase();
        for (PacketProfile profile : List.of(PacketProfile.CHARGEBACK, PacketProfile.SECTION75,
                PacketProfile.PAYPAL)) {
            Path file = export(id, profile);
            readsAsTheBanksCopy(file);
            assertThat(text(file, 1, 1)).as(profile.id()).contains("not recorded");
            assertThat(text(file, 1, 1)).doesNotContain("outside the £100");
        }
        String chargeback = text(export(id, PacketProfile.CHARGEBACK), 1, 2);
        assertThat(chargeback).contains("Visa from 16 Oct 2026", "Mastercard from 31 Oct");
        assertThat(services().exports().gaps(id, PacketProfile.CHARGEBACK)).anyMatch(g -> g.contains("cardholder"))
                .anyMatch(g -> g.contains("delivery address")).anyMatch(g -> g.contains("expected delivery"));
    }
}
