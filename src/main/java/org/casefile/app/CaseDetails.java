package org.casefile.app;

import java.util.List;
import org.casefile.domain.Case;
import org.casefile.domain.Deadline;
import org.casefile.domain.Evidence;
import org.casefile.domain.Discrepancy;
import org.casefile.domain.Message;
import org.casefile.domain.NextStep;
import org.casefile.domain.Offer;
import org.casefile.domain.Route;
import org.casefile.domain.StatusChange;
import org.casefile.domain.text.RuleText;

/**
 * Everything known about one case, as read in one go. {@code nextStep} is null for a finished case;
 * {@code description} is null until the buyer saves one; {@code reminderPhrase} is the warning that applies now (e.g.
 * not to confirm receipt while a dispute is open), or null; {@code attachments} maps a message id to the evidence
 * attached; {@code pairs} are the listing-versus-received pairs in the buyer's order; {@code flagPhrases} say where the
 * recorded statuses or the request contradict the case's dates or facts (kept as recorded, but not in silence);
 * {@code emails} what each email evidence says, by evidence id. The reminder and the flags are phrases, so the window
 * says them in its language; {@link #reminder()} and {@link #flags()} are the command line's English.
 */
public record CaseDetails(Case theCase, List<StatusChange> history, List<Message> messages, List<Deadline> deadlines,
                          List<Route> routes, List<TimelineEntry> timeline, List<Discrepancy> discrepancies,
                          String description, NextStep nextStep, List<Offer> offers,
                          org.casefile.domain.text.Phrase reminderPhrase,
                          List<Evidence> evidence, java.util.Map<Long, List<Long>> attachments,
                          List<org.casefile.domain.Pair> pairs,
                          List<org.casefile.domain.text.Phrase> flagPhrases,
                          java.util.Map<Long, org.casefile.domain.EmailText> emails,
                          java.util.Map<Long, List<org.casefile.domain.RedactionBox>> redactions) {

    public CaseDetails {
        redactions = java.util.Map.copyOf(redactions);
        flagPhrases = List.copyOf(flagPhrases);
    }

    /** The warning that applies now, in English (the command line's words), or null. */
    public String reminder() {
        return RuleText.english(reminderPhrase);
    }

    /** The flags in English, as {@code status} and {@code show} print them. */
    public List<String> flags() {
        return flagPhrases.stream().map(RuleText::english).toList();
    }

    /** The boxes hidden on one evidence item before it leaves the library (none when it goes as it is). */
    public List<org.casefile.domain.RedactionBox> redactionsOf(long evidenceId) {
        return redactions.getOrDefault(evidenceId, List.of());
    }

    /**
     * The same case without the evidence {@code leftOut} (the buyer chose to leave it out of a packet); pairs and
     * message attachments naming it drop out where the packet is made.
     */
    public CaseDetails without(java.util.Set<Long> leftOut) {
        if (leftOut.isEmpty()) {
            return this;
        }
        return new CaseDetails(theCase, history, messages, deadlines, routes, timeline, discrepancies, description,
                nextStep, offers, reminderPhrase, evidence.stream().filter(e -> !leftOut.contains(e.id())).toList(),
                attachments, pairs, flagPhrases, emails, redactions);
    }
}
