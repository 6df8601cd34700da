package org.casefile.domain;

import java.time.LocalDateTime;

/**
 * What an email evidence says, as the packet and the search show it: its headers in words and its text (never the
 * raw source). {@code messageId} identifies the same email imported twice; {@code sentAt} may be null.
 */
public record EmailText(String messageId, String from, String to, LocalDateTime sentAt, String subject, String text) {
    public EmailText {
        from = from == null ? "" : from;
        to = to == null ? "" : to;
        subject = subject == null ? "" : subject;
        text = text == null ? "" : text;
    }

    /** The sender's address alone, lower case ("orders@aliexpress.com"), or "" when there is none. */
    public String senderAddress() {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("[^\\s<>\"]+@[^\\s<>\"]+").matcher(from);
        return m.find() ? m.group().toLowerCase(java.util.Locale.ROOT) : "";
    }
}
