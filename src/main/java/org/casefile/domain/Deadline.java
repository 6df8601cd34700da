package org.casefile.domain;

import java.time.LocalDate;
import org.casefile.domain.text.Phrase;
import org.casefile.domain.text.RuleText;

/**
 * A date that matters for one case. {@code done} once the step it guards has been taken; {@code source} says which
 * of the buyer's facts it was worked out from, so nobody has to trust a date they cannot check; {@code doneText} is
 * how a met deadline reads ("dispute opened in time", "settled", "done").
 */
public record Deadline(DeadlineKind kind, LocalDate date, boolean done, Phrase sourcePhrase, Phrase doneTextPhrase) {
    public Deadline(DeadlineKind kind, LocalDate date, boolean done, Phrase source) {
        this(kind, date, done, source, kind.doneTextPhrase());
    }

    /** A deadline whose source is plain text rather than a rule's phrase. */
    public Deadline(DeadlineKind kind, LocalDate date, boolean done, String source) {
        this(kind, date, done, RuleText.asWritten(source));
    }

    /** Where the date comes from, in English. */
    public String source() {
        return RuleText.english(sourcePhrase);
    }

    /** How the met deadline reads, in English. */
    public String doneText() {
        return RuleText.english(doneTextPhrase);
    }

    /** Within this many days a deadline is "due soon" and the app says so. */
    public static final int DUE_SOON_DAYS = 3;

    public DeadlineState state(LocalDate today) {
        if (done) {
            return DeadlineState.DONE;
        }
        if (date.isBefore(today)) {
            return kind.isWaitingPeriod() ? DeadlineState.DONE : DeadlineState.MISSED;
        }
        return date.isAfter(today.plusDays(DUE_SOON_DAYS)) ? DeadlineState.UPCOMING : DeadlineState.DUE_SOON;
    }
}
