package org.casefile.email;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.casefile.TestCases;
import org.casefile.app.EmailService;
import org.casefile.app.Services;
import org.casefile.domain.Author;
import org.casefile.domain.Case;
import org.casefile.domain.Channel;
import org.casefile.domain.EmailText;
import org.casefile.domain.Evidence;
import org.casefile.domain.EvidenceKind;
import org.casefile.domain.Message;
import org.casefile.domain.Platform;
import org.casefile.domain.ImportOutcome;
import org.casefile.library.Library;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmailImportTest {
    @TempDir Path dir;
    @TempDir Path inbox;
    private Library library;
    private Services services;

    @BeforeEach
    void open() {
        library = Library.open(dir);
        services = Services.of(library, TestCases.CLOCK);
    }

    @AfterEach
    void close() {
        library.close();
    }

    private List<EmailService.EmailOutcome> importing(Long caseId, Path... files) {
        return services.emails().importEmails(List.of(files), caseId, o -> { });
    }

    @Test
    void anOrderConfirmationOpensACaseWithItsFactsAndTwiceAddsNothing() throws Exception {
        Path email = Emails.write(inbox, "order.eml", Emails.aliExpressConfirmation("8123456789012"));
        EmailService.EmailOutcome outcome = importing(null, email).get(0);
        assertThat(outcome.email().status()).as(String.valueOf(outcome.email().reason()))
                .isEqualTo(ImportOutcome.Status.IMPORTED);
        assertThat(outcome.openedCase()).isNotNull();

        Case opened = services.cases().get(outcome.openedCase());
        assertThat(opened.facts().platform()).isEqualTo(Platform.ALIEXPRESS);
        assertThat(opened.facts().orderNumber()).isEqualTo("8123456789012");
        assertThat(opened.facts().seller()).isEqualTo("Yunda Digital Store");
        assertThat(opened.facts().item()).isEqualTo("2TB portable SSD, black – USB-C");
        assertThat(opened.facts().paid().toString()).contains("89.99").contains("GBP");
        assertThat(opened.facts().orderedOn()).hasToString("2026-09-30");

        Evidence filed = services.evidence().evidence(opened.id()).get(0);
        assertThat(filed.kind()).isEqualTo(EvidenceKind.RECEIPT);
        assertThat(filed.mime()).isEqualTo("message/rfc822");
        assertThat(filed.path()).endsWith("/receipt/order.eml");
        EmailText text = services.emails().emails(opened.id()).get(filed.id());
        assertThat(text.subject()).isEqualTo("Order confirmed: your order 8123456789012");
        assertThat(text.from()).isEqualTo("AliExpress <transaction@notice.aliexpress.com>");
        assertThat(text.sentAt()).hasToString("2026-10-01T09:15");
        assertThat(text.text()).contains("Item: 2TB portable SSD, black – USB-C").doesNotContain("<p>", "=E2");
        assertThat(services.messages().messages(opened.id())).as("a confirmation is no conversation").isEmpty();

        EmailService.EmailOutcome again = importing(null, email).get(0);
        assertThat(again.email().status()).isEqualTo(ImportOutcome.Status.DUPLICATE);
        assertThat(again.openedCase()).isNull();
        assertThat(services.cases().list()).hasSize(1);
        assertThat(services.evidence().evidence(opened.id())).hasSize(1);
    }

    @Test
    void aSellersEmailJoinsTheConversationWithItsAttachmentAndIsSearchable() throws Exception {
        Case theCase = services.cases().create(TestCases.ssd("8123456789012"));
        Path email = Emails.write(inbox, "reply.eml", Emails.sellerReplyWithPhoto("8123456789012",
                Emails.resource("phone-photo.jpg")));

        EmailService.EmailOutcome outcome = importing(null, email).get(0);
        assertThat(outcome.email().status()).isEqualTo(ImportOutcome.Status.IMPORTED);
        assertThat(outcome.attachments()).extracting(o -> o.file().toString() + " " + o.status())
                .containsExactly("warehouse.jpg IMPORTED");

        List<Evidence> evidence = services.evidence().evidence(theCase.id());
        assertThat(evidence).extracting(Evidence::kind).containsExactly(EvidenceKind.CHAT, EvidenceKind.CHAT);
        List<Message> messages = services.messages().messages(theCase.id());
        assertThat(messages).hasSize(1);
        Message reply = messages.get(0);
        assertThat(reply.channel()).isEqualTo(Channel.EMAIL);
        assertThat(reply.author()).isEqualTo(Author.SELLER);
        assertThat(reply.text()).startsWith("关于订单 8123456789012 的退款").contains("我们会全额退款");
        assertThat(reply.at()).hasToString("2026-10-12T06:30"); // 14:30 in China is 06:30 in the test's UTC
        assertThat(services.messages().attachments(theCase.id()).get(reply.id())).hasSize(2);

        assertThat(services.search().search("全额退款", 50)).extracting(h -> h.caseId()).contains(theCase.id());
        assertThat(importing(theCase.id(), email).get(0).email().status()).isEqualTo(ImportOutcome.Status.DUPLICATE);
        assertThat(services.messages().messages(theCase.id())).hasSize(1);
    }

    @Test
    void anOutlookMessageIsReadWithItsAttachment() throws Exception {
        Case theCase = services.cases().create(TestCases.ssd("8123456789012"));
        Path msg = Emails.outlookMessage(inbox, "Re: order 8123456789012 arrived broken", "Yunda Digital Store",
                "Please send a photo of the damage.", "label.jpg", Emails.resource("phone-photo.jpg"));
        EmailService.EmailOutcome outcome = importing(theCase.id(), msg).get(0);
        assertThat(outcome.email().status()).as(String.valueOf(outcome.email().reason()))
                .isEqualTo(ImportOutcome.Status.IMPORTED);
        Map<Long, EmailText> emails = services.emails().emails(theCase.id());
        EmailText text = emails.get(outcome.email().evidenceId());
        assertThat(text.subject()).isEqualTo("Re: order 8123456789012 arrived broken");
        assertThat(text.from()).isEqualTo("Yunda Digital Store");
        assertThat(text.text()).isEqualTo("Please send a photo of the damage.");
        assertThat(services.evidence().evidence(theCase.id())).extracting(Evidence::kind, Evidence::mime)
                .contains(org.assertj.core.groups.Tuple.tuple(EvidenceKind.CHAT, "application/vnd.ms-outlook"),
                        org.assertj.core.groups.Tuple.tuple(EvidenceKind.LABEL, "image/jpeg"));
    }

    @Test
    void whatIsNotAnEmailIsRefusedWithAReasonAndTheRestGoesOn() throws Exception {
        Path noise = Files.writeString(inbox.resolve("noise.eml"), "just some words\nnothing else\n");
        Path word = Files.write(inbox.resolve("letter.msg"), new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0,
                (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 1, 2, 3});
        Path empty = Files.write(inbox.resolve("empty.eml"), new byte[0]);
        Path orphan = Emails.write(inbox, "hello.eml", "From: someone@example.org\r\nSubject: hello\r\n\r\nhi\r\n");
        Path good = Emails.write(inbox, "order.eml", Emails.aliExpressConfirmation("8123456789012"));
        List<EmailService.EmailOutcome> outcomes = importing(null, noise, word, empty, orphan, good);
        assertThat(outcomes.get(0).email().reason()).contains("not an email");
        assertThat(outcomes.get(1).email().reason()).contains("not an Outlook email");
        assertThat(outcomes.get(2).email().reason()).contains("empty");
        assertThat(outcomes.get(3).email().reason()).contains("--case");
        assertThat(outcomes.get(4).email().status()).isEqualTo(ImportOutcome.Status.IMPORTED);
        assertThat(services.cases().list()).hasSize(1);
        try (var left = Files.list(library.tmp())) {
            assertThat(left).isEmpty();
        }
    }
}
