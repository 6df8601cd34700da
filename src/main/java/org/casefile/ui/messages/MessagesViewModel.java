package org.casefile.ui.messages;

import org.casefile.ui.common.Words;
import java.time.LocalDateTime;
import java.util.List;
import org.casefile.domain.Evidence;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.casefile.app.CaseDetails;
import org.casefile.app.MessageService;
import org.casefile.domain.Message;
import org.casefile.domain.Money;
import org.casefile.domain.OfferDecision;
import org.casefile.domain.chat.ChatParser;
import org.casefile.domain.chat.DateOrder;
import org.casefile.domain.chat.ParsedChat;
import org.casefile.ui.common.BackgroundExecutor;
import org.casefile.ui.common.Messages;

/** The seller conversation of the shown case: the thread, its edits, pasted transcripts and the seller's offers. */
public final class MessagesViewModel {
    private final MessageService service;
    private final BackgroundExecutor executor;
    private final ObservableList<Message> thread = FXCollections.observableArrayList();
    private final StringProperty notice = new SimpleStringProperty("");
    private final StringProperty reminder = new SimpleStringProperty("");
    private final ObjectProperty<CaseDetails> details = new SimpleObjectProperty<>();
    private Runnable onChanged = () -> { };

    public MessagesViewModel(MessageService service, BackgroundExecutor executor) {
        this.service = service;
        this.executor = executor;
    }

    public ObservableList<Message> thread() {
        return thread;
    }

    public StringProperty noticeProperty() {
        return notice;
    }

    /** The warning that applies while a dispute is open, or empty. */
    public StringProperty reminderProperty() {
        return reminder;
    }

    /** Called after any change, so the case (timeline, search, list) is read again. */
    public void setOnChanged(Runnable onChanged) {
        this.onChanged = onChanged;
    }

    public void show(CaseDetails shown) {
        boolean otherCase = details.get() == null || details.get().theCase().id() != shown.theCase().id();
        details.set(shown);
        thread.setAll(shown.messages());
        reminder.set(shown.reminderPhrase() == null ? "" : Words.get(shown.reminderPhrase()));
        if (otherCase) {
            notice.set("");
        }
    }

    public long caseId() {
        return details.get().theCase().id();
    }

    /** The present on the app's clock, to the minute: what the message and offer dialogs start from. */
    public LocalDateTime now() {
        return service.now().withSecond(0);
    }

    public String sellerName() {
        return details.get() == null ? null : details.get().theCase().facts().seller();
    }

    /** The price paid: offers are usually in its currency, or typed as a share of it. */
    public org.casefile.domain.Money paid() {
        return details.get() == null ? org.casefile.domain.Money.of("0", "GBP") : details.get().theCase().facts().paid();
    }

    public DateOrder defaultDateOrder() {
        return DateOrder.forCountry(details.get() == null ? null : details.get().theCase().facts().country());
    }

    /** Reads a pasted transcript; pure and quick, so the preview follows every keystroke. */
    public ParsedChat preview(String transcript, DateOrder order) {
        return ChatParser.parse(transcript, order, sellerName(), service.chatDays(details.get() == null ? null
                : details.get().theCase().facts().orderedOn()));
    }

    public void save(Message message) {
        save(message, attachments(message));
    }

    /** Saves the message with the evidence attached to it. */
    public void save(Message message, List<Long> attached) {
        run(() -> {
            if (message.id() == 0) {
                service.add(message, attached);
            } else {
                service.update(message, attached);
            }
            return message;
        }, saved -> notice.set(Words.get(message.id() == 0 ? "messages.added" : "messages.saved")));
    }

    /** The case's evidence, to attach to a message. */
    public List<Evidence> evidence() {
        return details.get() == null ? List.of() : details.get().evidence();
    }

    public List<Long> attachments(Message message) {
        return details.get() == null || message.id() == 0 ? List.of()
                : details.get().attachments().getOrDefault(message.id(), List.of());
    }

    /** "IMG_0042.jpg, listing.png": what a message's paperclip line shows. */
    public String attachmentNames(Message message) {
        return attachments(message).stream().map(id -> evidence().stream().filter(e -> e.id() == id).findFirst()
                .map(Evidence::originalName).orElse(Words.get("messages.evidenceNumber", id)))
                .collect(java.util.stream.Collectors
                .joining(", "));
    }

    public void delete(Message message) {
        run(() -> {
            service.delete(message.caseId(), message.id());
            return message;
        }, deleted -> notice.set(Words.get("messages.deleted")));
    }

    public void togglePromise(Message message) {
        save(new Message(message.id(), message.caseId(), message.at(), message.author(), message.authorName(),
                message.channel(), message.text(), !message.promise(), message.translation()));
    }

    public void importChat(ParsedChat chat) {
        long id = caseId();
        run(() -> service.importChat(id, chat), result -> notice.set(result.alreadyThere() == 0
                ? Words.get("messages.imported", result.added())
                : Words.get("messages.importedSome", result.added(), result.alreadyThere())));
    }

    /** Worked out from the case already shown (no database read on the FX thread), in the window's language. */
    public Optional<String> warningBeforeAccepting(Money amount) {
        return org.casefile.domain.Warnings.beforeAcceptingPhrase(details.get().theCase().facts(), amount)
                .map(Words::get);
    }

    public void recordOffer(Money amount, LocalDateTime at, OfferDecision decision, String reason) {
        long id = caseId();
        run(() -> service.addOffer(id, amount, at, decision, reason),
                offer -> notice.set(Words.get("messages.offerRecorded", Words.get(offer.phrase()))));
    }

    private <T> void run(java.util.concurrent.Callable<T> work, Consumer<T> done) {
        executor.submit(work, result -> {
            done.accept(result);
            onChanged.run();
        }, failure -> notice.set(Messages.of(failure)));
    }
}
