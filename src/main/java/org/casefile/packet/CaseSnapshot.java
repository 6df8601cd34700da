package org.casefile.packet;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import org.casefile.domain.CaseFacts;
import org.casefile.domain.CaseStatus;
import org.casefile.domain.Checklist;
import org.casefile.domain.Deadline;
import org.casefile.domain.Discrepancy;
import org.casefile.domain.EmailText;
import org.casefile.domain.Evidence;
import org.casefile.domain.Message;
import org.casefile.domain.Offer;
import org.casefile.domain.Outcome;
import org.casefile.domain.PacketProfile;
import org.casefile.domain.Route;
import org.casefile.domain.StatusChange;
import org.casefile.domain.text.Language;
import org.casefile.domain.text.Phrase;

/**
 * Everything one packet shows, frozen: the builder reads nothing else (no clock, no database), so the same snapshot
 * gives the same bytes. {@code generated} is the date printed on the packet and written into its metadata;
 * {@code documentId} (32 hex digits) becomes the PDF's trailer /ID.
 */
public record CaseSnapshot(long caseId, PacketProfile profile, ZonedDateTime generated, String documentId,
                           CaseFacts facts, CaseStatus status, Outcome outcome, List<StatusChange> history,
                           List<Event> timeline, List<Exhibit> exhibits, List<PairView> pairs,
                           List<Discrepancy> discrepancies, String description, List<MessageView> messages,
                           List<Offer> offers, List<Route> routes, List<Deadline> deadlines,
                           List<Checklist.Item> checklist, java.util.Map<Long, EmailText> emails,
                           Language language) {

    public CaseSnapshot {
        // UK law, UK banks: the Section 75 letter is English whatever is asked.
        language = language == null || profile == PacketProfile.SECTION75 ? Language.ENGLISH : language;
        history = List.copyOf(history);
        timeline = List.copyOf(timeline);
        exhibits = List.copyOf(exhibits);
        pairs = List.copyOf(pairs);
        discrepancies = List.copyOf(discrepancies);
        messages = List.copyOf(messages);
        offers = List.copyOf(offers);
        routes = List.copyOf(routes);
        deadlines = List.copyOf(deadlines);
        checklist = List.copyOf(checklist);
        emails = java.util.Map.copyOf(emails);
        if (documentId == null || !documentId.matches("[0-9a-f]{32}")) {
            throw new IllegalArgumentException("documentId must be 32 lower-case hex digits");
        }
    }

    /** Whether the case records any contact with the seller: the packet may say so only then. */
    public boolean sellerContactRecorded() {
        return org.casefile.domain.SellerContact.recorded(history,
                messages.stream().map(MessageView::message).toList(),
                exhibits.stream().map(Exhibit::evidence).toList());
    }

    /** A snapshot in English. */
    public CaseSnapshot(long caseId, PacketProfile profile, ZonedDateTime generated, String documentId,
                        CaseFacts facts, CaseStatus status, Outcome outcome, List<StatusChange> history,
                        List<Event> timeline, List<Exhibit> exhibits, List<PairView> pairs,
                        List<Discrepancy> discrepancies, String description, List<MessageView> messages,
                        List<Offer> offers, List<Route> routes, List<Deadline> deadlines,
                        List<Checklist.Item> checklist, java.util.Map<Long, EmailText> emails) {
        this(caseId, profile, generated, documentId, facts, status, outcome, history, timeline, exhibits, pairs,
                discrepancies, description, messages, offers, routes, deadlines, checklist, emails, Language.ENGLISH);
    }

    /** The same packet written in {@code chosen} (a Section 75 letter stays English). */
    public CaseSnapshot inLanguage(Language chosen) {
        return new CaseSnapshot(caseId, profile, generated, documentId, facts, status, outcome, history, timeline,
                exhibits, pairs, discrepancies, description, messages, offers, routes, deadlines, checklist, emails,
                chosen);
    }

    /** The packet's own words, in its language. */
    public PacketText text() {
        return PacketText.of(language);
    }

    /** A snapshot of a case with no emails. */
    public CaseSnapshot(long caseId, PacketProfile profile, ZonedDateTime generated, String documentId,
                        CaseFacts facts, CaseStatus status, Outcome outcome, List<StatusChange> history,
                        List<Event> timeline, List<Exhibit> exhibits, List<PairView> pairs,
                        List<Discrepancy> discrepancies, String description, List<MessageView> messages,
                        List<Offer> offers, List<Route> routes, List<Deadline> deadlines,
                        List<Checklist.Item> checklist) {
        this(caseId, profile, generated, documentId, facts, status, outcome, history, timeline, exhibits, pairs,
                discrepancies, description, messages, offers, routes, deadlines, checklist, java.util.Map.of());
    }

    /** The exhibits that are emails, in exhibit order: the packet shows their words, not a picture. */
    public List<Exhibit> emailExhibits() {
        return exhibits.stream().filter(e -> emails.containsKey(e.evidence().id())).toList();
    }

    /**
     * One line of the case's story: {@code text} as written (English where Casefile wrote it); {@code phrase}, when
     * Casefile wrote it, so the packet says it in its own language (null for the buyer's and seller's words).
     */
    public record Event(LocalDateTime at, String type, String text, Phrase phrase) {
        public Event(LocalDateTime at, String type, String text) {
            this(at, type, text, null);
        }

        /** The line in the packet's language. */
        public String text(PacketText words) {
            return phrase == null ? text : words.say(phrase);
        }
    }

    /**
     * An evidence item with its exhibit letter (A, B, C…) and one line on what it proves. {@code pictureDuration} is
     * a video's length in seconds when known (0 otherwise); {@code redactions} the number of boxes hidden in the copy
     * sent (0: sent as it is).
     */
    public record Exhibit(String letter, Evidence evidence, String proves, long durationSeconds, int redactions) {
        public Exhibit(String letter, Evidence evidence, String proves, long durationSeconds) {
            this(letter, evidence, proves, durationSeconds, 0);
        }

        /** The same exhibit with {@code boxes} hidden in the copy that is sent. */
        public Exhibit redacted(int boxes) {
            return new Exhibit(letter, evidence, proves, durationSeconds, boxes);
        }

        public String label(PacketText text) {
            return text.get("exhibit", letter);
        }
    }

    /** A listing image beside a photo of what arrived. */
    public record PairView(Exhibit listing, Exhibit received, String caption) {
    }

    /** A message of the conversation and the letters of the exhibits attached to it. */
    public record MessageView(Message message, List<String> attachments) {
        public MessageView {
            attachments = List.copyOf(attachments);
        }
    }

    public LocalDate date() {
        return generated.toLocalDate();
    }

    public Exhibit exhibit(long evidenceId) {
        return exhibits.stream().filter(e -> e.evidence().id() == evidenceId).findFirst().orElse(null);
    }

    /** "eBay order 123: Card chargeback evidence", the document's title and every page's footer. */
    public String title() {
        PacketText text = text();
        return text.get("title", text.label(facts.platform()), facts.orderNumber(), text.label(profile));
    }
}
