package org.casefile.app;

import java.time.LocalDateTime;
import org.casefile.domain.text.Phrase;
import org.casefile.domain.text.RuleText;

/**
 * One line of a case's story: a status change, a message, an offer, an import. {@code text} is the English line (the
 * command line's and {@code show --json}'s); {@code phrase} is the same line before it is said in a language, so the
 * window and the packet say it in theirs (null once the text was changed, e.g. a card number masked).
 */
public record TimelineEntry(LocalDateTime at, String type, String text, Phrase phrase) {
    public TimelineEntry(LocalDateTime at, String type, String text) {
        this(at, type, text, null);
    }

    /**
     * The line with its text changed (a card number masked, a phone number hidden). The phrase goes with it only
     * when nothing was changed: its values hold the words as typed, and a packet must never show what was hidden.
     */
    public TimelineEntry shown(String shownText) {
        return new TimelineEntry(at, type, shownText, java.util.Objects.equals(shownText, text) ? phrase : null);
    }

    /** A line Casefile wrote itself: its text is the English sentence of {@code phrase}. */
    public static TimelineEntry said(LocalDateTime at, String type, Phrase phrase) {
        return new TimelineEntry(at, type, RuleText.english(phrase), phrase);
    }
}
