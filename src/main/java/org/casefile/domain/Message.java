package org.casefile.domain;

import java.time.LocalDateTime;
import java.util.Objects;
import org.casefile.domain.text.Phrase;

/**
 * One message of the seller conversation, in any script. {@code authorName} keeps the seller's display name;
 * {@code promise} marks what the seller promised ("we will resend within 7 days");
 * {@code translation} is the buyer's own translation of a message in another language, or null.
 */
public record Message(long id, long caseId, LocalDateTime at, Author author, String authorName, Channel channel,
                      String text, boolean promise, String translation) {
    public static final int MAX_TEXT = 10_000;
    /** The longest sender's name kept, typed, pasted or brought in a case bundle alike. */
    public static final int MAX_NAME = 200;

    /** Refuses a sender's name longer than {@link #MAX_NAME} as it comes in (rows kept before still load). */
    public static void checkName(String authorName) {
        if (authorName != null && authorName.strip().length() > MAX_NAME) {
            throw new CasefileException(Phrase.of("Message.nameTooLong", MAX_NAME));
        }
    }

    public Message {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(author, "author");
        channel = channel == null ? Channel.ORDER_CHAT : channel;
        text = text == null ? "" : text.strip().replaceAll("[\\p{Cntrl}&&[^\\n\\t]]", "");
        if (text.isEmpty()) {
            throw new CasefileException(Phrase.of("Message.empty"));
        }
        if (text.length() > MAX_TEXT) {
            throw new CasefileException(Phrase.of("Message.tooLong", MAX_TEXT));
        }
        authorName = authorName == null || authorName.isBlank() ? null : authorName.strip();
        translation = translation == null ? null : translation.strip().replaceAll("[\\p{Cntrl}&&[^\\n\\t]]", "");
        if (translation != null && translation.isEmpty()) {
            translation = null;
        }
        if (translation != null && translation.length() > MAX_TEXT) {
            throw new CasefileException(Phrase.of("Message.translationTooLong", MAX_TEXT));
        }
    }

    /** A message without a translation. */
    public Message(long id, long caseId, LocalDateTime at, Author author, String authorName, Channel channel,
                   String text, boolean promise) {
        this(id, caseId, at, author, authorName, channel, text, promise, null);
    }

    /** The same message with another text and translation (a packet's copy with contact details hidden). */
    public Message withText(String newText, String newTranslation) {
        return new Message(id, caseId, at, author, authorName, channel, newText, promise, newTranslation);
    }

    public Message withId(long newId) {
        return new Message(newId, caseId, at, author, authorName, channel, text, promise, translation);
    }

    /** The same message with the buyer's translation (null or blank removes it). */
    public Message withTranslation(String newTranslation) {
        return new Message(id, caseId, at, author, authorName, channel, text, promise, newTranslation);
    }

    /** Who wrote it, as the thread shows it: the seller's name when known. */
    public String who() {
        return authorName != null ? authorName : author.label();
    }
}
