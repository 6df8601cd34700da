package org.casefile.app;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.casefile.domain.Author;
import org.casefile.domain.Case;
import org.casefile.domain.CasefileException;
import org.casefile.domain.Channel;
import org.casefile.domain.Message;
import org.casefile.domain.Money;
import org.casefile.domain.Offer;
import org.casefile.domain.OfferDecision;
import org.casefile.domain.Warnings;
import org.casefile.domain.chat.ChatParser;
import org.casefile.domain.chat.DateOrder;
import org.casefile.domain.chat.ParsedChat;
import org.casefile.domain.text.Phrase;
import org.casefile.store.Database;

/** The seller conversation and the seller's offers: what proves the buyer asked first, and what was promised. */
public final class MessageService {
    private final Database database;
    private final CaseService cases;
    private final Clock clock;

    public MessageService(Database database, CaseService cases, Clock clock) {
        this.database = database;
        this.cases = cases;
        this.clock = clock;
    }

    /** What a transcript import did: how many were added, how many were there already, what was not understood. */
    public record ImportResult(int added, int alreadyThere, List<ParsedChat.Unparsed> notUnderstood) {
    }

    public Message add(long caseId, Author author, String authorName, Channel channel, LocalDateTime at, String text,
                       boolean promise) {
        return add(caseId, author, authorName, channel, at, text, promise, List.of());
    }

    /** Adds a message and attaches evidence to it in one transaction: both are saved, or neither. */
    public Message add(long caseId, Author author, String authorName, Channel channel, LocalDateTime at, String text,
                       boolean promise, java.util.Collection<Long> attachments) {
        return add(new Message(0, caseId, at == null ? now() : at, author, authorName, channel, text, promise),
                attachments);
    }

    /** Adds a message as drafted (its translation too) and attaches evidence to it, in one transaction. */
    public Message add(Message draft, java.util.Collection<Long> attachments) {
        long caseId = draft.caseId();
        cases.get(caseId);
        Message.checkName(draft.authorName());
        Message message = new Message(0, caseId, draft.at().truncatedTo(ChronoUnit.SECONDS), draft.author(),
                draft.authorName(), draft.channel(), draft.text(), draft.promise(), draft.translation());
        return message.withId(database.write(session -> {
            long id = session.messages().insert(message);
            if (!attachments.isEmpty()) {
                session.messages().attach(caseId, id, attachments);
            }
            return id;
        }));
    }

    /** Saves an edited message and what is attached to it, in one transaction. */
    public void update(Message message, java.util.Collection<Long> attachments) {
        database.write(session -> {
            session.messages().update(message);
            session.messages().attach(message.caseId(), message.id(), attachments);
            return null;
        });
    }

    /** Sets the buyer's translation of one message; null or blank removes it. */
    public Message translate(long caseId, long messageId, String translation) {
        return database.write(session -> {
            Message message = session.messages().find(caseId, messageId)
                    .orElseThrow(() -> NotFound.message(caseId, messageId));
            Message translated = message.withTranslation(translation);
            session.messages().update(translated);
            return translated;
        });
    }

    /** Attaches evidence of the same case to a message (replacing what was attached): the photo the chat refers to. */
    public void attach(long caseId, long messageId, java.util.Collection<Long> evidenceIds) {
        database.write(session -> {
            session.messages().attach(caseId, messageId, evidenceIds);
            return null;
        });
    }

    public java.util.Map<Long, List<Long>> attachments(long caseId) {
        return database.read(session -> session.messages().attachments(caseId));
    }

    public void update(Message message) {
        database.write(session -> {
            session.messages().update(message);
            return null;
        });
    }

    public void delete(long caseId, long messageId) {
        database.write(session -> {
            session.messages().delete(caseId, messageId);
            return null;
        });
    }

    public List<Message> messages(long caseId) {
        return database.read(session -> session.messages().forCase(caseId));
    }

    /** Reads a pasted transcript the way the buyer's country writes dates, without saving anything. */
    public ParsedChat preview(long caseId, String transcript, DateOrder order) {
        Case theCase = cases.get(caseId);
        return ChatParser.parse(transcript, order == null ? DateOrder.forCountry(theCase.facts().country()) : order,
                theCase.facts().seller(), chatDays(theCase.facts().orderedOn()));
    }

    /** What dates a pasted header without a year ("5 oct.") or with only a weekday ("lundi"): see ChatDays. */
    public org.casefile.domain.chat.ChatDays chatDays(java.time.LocalDate orderedOn) {
        return new org.casefile.domain.chat.ChatDays(orderedOn, now().toLocalDate());
    }

    /** Saves the parsed messages in one transaction; messages already in the case are not added again. */
    public ImportResult importChat(long caseId, ParsedChat chat) {
        cases.get(caseId);
        if (chat.messages().isEmpty()) {
            throw new CasefileException(Phrase.of("Error.noMessageRead"));
        }
        int[] counts = new int[2];
        database.write(session -> {
            for (ParsedChat.Line line : chat.messages()) {
                // A pasted name is kept to the length any name is kept to, so the case's bundle stays readable.
                String name = line.authorName() == null || line.authorName().length() <= Message.MAX_NAME
                        ? line.authorName() : line.authorName().substring(0, Message.MAX_NAME);
                Message message = new Message(0, caseId, line.at(), line.author(), name,
                        Channel.ORDER_CHAT, line.text(), false, line.translation());
                if (session.messages().exists(message)) {
                    counts[1]++;
                } else {
                    session.messages().insert(message);
                    counts[0]++;
                }
            }
            return null;
        });
        return new ImportResult(counts[0], counts[1], chat.unparsed());
    }

    /** Records a seller's offer; the returned warning (if any) is what the buyer must have been asked. */
    public Offer addOffer(long caseId, Money amount, LocalDateTime at, OfferDecision decision, String reason) {
        cases.get(caseId);
        Offer.checkReason(reason);
        Offer offer = new Offer(0, caseId, at == null ? now() : at.truncatedTo(ChronoUnit.SECONDS), amount, decision,
                reason);
        long id = database.write(session -> session.offers().insert(offer));
        return new Offer(id, caseId, offer.at(), amount, offer.decision(), offer.reason());
    }

    public void decide(long caseId, long offerId, OfferDecision decision, String reason) {
        if (decision == OfferDecision.REJECTED && (reason == null || reason.isBlank())) {
            throw new CasefileException(Phrase.of("Error.sayWhyRejected"));
        }
        database.write(session -> {
            session.offers().decide(caseId, offerId, decision, reason == null || reason.isBlank() ? null
                    : reason.strip());
            return null;
        });
    }

    public List<Offer> offers(long caseId) {
        return database.read(session -> session.offers().forCase(caseId));
    }

    /** The "are you sure" to ask before accepting {@code amount}, if this case needs one. */
    public java.util.Optional<String> warningBeforeAccepting(long caseId, Money amount) {
        return Warnings.beforeAccepting(cases.get(caseId).facts(), amount);
    }

    /** The present on the service's clock (the app's, or a test's), to the second. */
    public LocalDateTime now() {
        return LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
    }
}
