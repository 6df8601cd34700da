package org.casefile.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import org.casefile.LibraryTestBase;
import org.casefile.TestCases;
import org.casefile.domain.Author;
import org.casefile.domain.CaseFactsInput;
import org.casefile.domain.CaseStatus;
import org.casefile.domain.Channel;
import org.casefile.domain.Message;
import org.casefile.domain.Money;
import org.casefile.domain.OfferDecision;
import org.casefile.domain.chat.DateOrder;
import org.casefile.domain.chat.ParsedChat;
import org.junit.jupiter.api.Test;

class MessageServiceTest extends LibraryTestBase {

    private MessageService messages() {
        return new MessageService(library.database(), cases, TestCases.CLOCK);
    }

    private long notReceivedCase() {
        var in = TestCases.ssd("8123456789012");
        return cases.create(new CaseFactsInput(in.platform(), in.orderNumber(), in.seller(), in.item(), null,
                in.orderedOn(), in.paid(), in.payment(), "US", null, null, null, null, "not-received", null, null)).id();
    }

    @Test
    void messagesAreAddedEditedDeletedAndKeepEveryScript() {
        long id = notReceivedCase();
        MessageService service = messages();
        Message added = service.add(id, Author.SELLER, "云达数码", Channel.DISPUTE_THREAD,
                LocalDateTime.parse("2026-10-05T14:32:09"), "亲，我们会补发 📦 مرحبا 안녕하세요", true);
        assertThat(service.messages(id)).singleElement().satisfies(m -> {
            assertThat(m.text()).isEqualTo("亲，我们会补发 📦 مرحبا 안녕하세요");
            assertThat(m.who()).isEqualTo("云达数码");
            assertThat(m.channel()).isEqualTo(Channel.DISPUTE_THREAD);
            assertThat(m.promise()).isTrue();
        });
        service.update(new Message(added.id(), id, added.at(), Author.SELLER, "云达数码", Channel.DISPUTE_THREAD,
                "edited", false));
        assertThat(service.messages(id).get(0).text()).isEqualTo("edited");
        service.delete(id, added.id());
        assertThat(service.messages(id)).isEmpty();
        assertThatThrownBy(() -> service.add(id, Author.BUYER, null, null, null, "  ", false))
                .hasMessage("The message has no text.");
        assertThatThrownBy(() -> service.delete(id, 999)).hasMessageContaining("no message 999");
    }

    @Test
    void evidenceOfTheSameCaseIsAttachedAndOtherCasesEvidenceIsRefusedWithNothingSaved() throws Exception {
        long id = notReceivedCase();
        long other = cases.create(TestCases.ssd("other")).id();
        EvidenceService evidence = new EvidenceService(library, cases, TestCases.CLOCK);
        java.nio.file.Path png = dir.resolve("tracking.png");
        javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(200, 100,
                java.awt.image.BufferedImage.TYPE_INT_RGB), "png", png.toFile());
        long mine = evidence.importFiles(id, org.casefile.domain.EvidenceKind.TRACKING, java.util.List.of(png),
                o -> { }, () -> false).get(0).evidenceId();
        java.nio.file.Path other2 = dir.resolve("label.png");
        javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(201, 100,
                java.awt.image.BufferedImage.TYPE_INT_RGB), "png", other2.toFile());
        long theirs = evidence.importFiles(other, org.casefile.domain.EvidenceKind.LABEL, java.util.List.of(other2),
                o -> { }, () -> false).get(0).evidenceId();
        MessageService service = messages();

        Message message = service.add(id, Author.BUYER, null, null, LocalDateTime.parse("2026-10-06T10:00:00"),
                "The tracking has not moved since 2 October, see the screenshot.", false, java.util.List.of(mine));
        assertThat(cases.details(id).attachments()).containsEntry(message.id(), java.util.List.of(mine));
        assertThatThrownBy(() -> service.add(id, Author.BUYER, null, null, null, "wrong photo", false,
                java.util.List.of(theirs))).hasMessageContaining("is not part of case " + id);
        assertThat(service.messages(id)).as("the refused message was not saved either").hasSize(1);
        service.update(message, java.util.List.of());
        assertThat(cases.details(id).attachments()).isEmpty();
    }

    @Test
    void aTranscriptIsReadByTheCasesCountryAndImportedOnce() {
        long id = notReceivedCase();
        MessageService service = messages();
        String transcript = "10/05/2026 2:32 PM Seller: We will resend.\n10/06/2026 9:00 AM You: Thanks\nrandom\n";
        ParsedChat preview = service.preview(id, transcript, null);
        assertThat(preview.order()).as("the case's country is US").isEqualTo(DateOrder.MONTH_FIRST);
        assertThat(service.messages(id)).as("a preview saves nothing").isEmpty();

        MessageService.ImportResult first = service.importChat(id, preview);
        assertThat(first.added()).isEqualTo(2);
        assertThat(first.notUnderstood()).isEmpty();
        assertThat(service.messages(id).get(0).at()).isEqualTo("2026-10-05T14:32");
        assertThat(service.messages(id).get(1).text()).isEqualTo("Thanks\nrandom");

        MessageService.ImportResult again = service.importChat(id, service.preview(id, transcript, null));
        assertThat(again.added()).isZero();
        assertThat(again.alreadyThere()).isEqualTo(2);
        assertThat(service.messages(id)).hasSize(2);
        assertThatThrownBy(() -> service.importChat(id, service.preview(id, "no dates here", null)))
                .hasMessageContaining("No message could be read");
    }

    @Test
    void offersAndTheWarningsThatGoWithThem() {
        long id = notReceivedCase();
        MessageService service = messages();
        assertThat(service.warningBeforeAccepting(id, Money.parse("10 GBP"))).get().asString()
                .contains("never came").contains("Are you sure?");
        assertThat(service.warningBeforeAccepting(id, Money.parse("89.99 GBP"))).isEmpty();
        var offer = service.addOffer(id, Money.parse("10 GBP"), LocalDateTime.parse("2026-10-08T10:00:00"),
                OfferDecision.OPEN, null);
        assertThatThrownBy(() -> service.decide(id, offer.id(), OfferDecision.REJECTED, " "))
                .hasMessageContaining("Say why");
        service.decide(id, offer.id(), OfferDecision.REJECTED, "Less than an eighth of the price");
        assertThat(service.offers(id)).singleElement()
                .satisfies(o -> assertThat(o.describe()).isEqualTo("Offer of 10.00 GBP: rejected (Less than an "
                        + "eighth of the price)"));

        assertThat(cases.details(id).reminder()).contains("Do not confirm receipt", "the parcel has not come");
        assertThat(service.warningBeforeAccepting(id, Money.parse("95 USD"))).get().asString()
                .contains("another currency");
        cases.changeStatus(id, CaseStatus.DISPUTE_OPENED, null, null, null);
        assertThat(cases.details(id).reminder()).contains("do not confirm receipt");
        assertThat(cases.details(id).timeline()).extracting(TimelineEntry::type)
                .contains("status", "offer", "deadline");
        assertThat(cases.details(id).timeline()).extracting(TimelineEntry::at).isSorted();
    }
}
