package org.casefile.app;

import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.casefile.domain.CardNumbers;
import org.casefile.domain.Checklist;
import org.casefile.domain.Discrepancy;
import org.casefile.domain.Evidence;
import org.casefile.domain.Offer;
import org.casefile.domain.StatusChange;
import org.casefile.domain.DescriptionWriter;
import org.casefile.domain.text.Language;
import org.casefile.domain.Message;
import org.casefile.domain.Pair;
import org.casefile.evidence.Hashing;
import org.casefile.packet.CaseSnapshot;
import org.casefile.packet.Exhibits;
import org.casefile.domain.PacketProfile;

/** Freezes a case's details into the snapshot the packet builder reads. */
final class PacketSnapshots {
    private PacketSnapshots() {
    }

    static CaseSnapshot of(CaseDetails details, PacketProfile profile, ZonedDateTime generated) {
        return of(details, profile, generated, false);
    }

    /**
     * As {@link #of(CaseDetails, PacketProfile, ZonedDateTime)}; with {@code hideContact} the buyer's own emails
     * and phone numbers are replaced in messages, captions and the description.
     */
    static CaseSnapshot of(CaseDetails details, PacketProfile profile, ZonedDateTime generated, boolean hideContact) {
        return of(details, profile, generated, hideContact, Language.ENGLISH);
    }

    /** As above, written in {@code language}: the drafted description too (a Section 75 letter stays English). */
    static CaseSnapshot of(CaseDetails details, PacketProfile profile, ZonedDateTime generated, boolean hideContact,
                           Language language) {
        CaseDetails masked = masked(details);
        return frozen(hideContact ? withoutContact(masked) : masked, profile, generated, language);
    }

    /**
     * The case as strangers may read it: a card number the buyer typed or pasted anywhere becomes "card ending 1111"
     * (the library keeps what the buyer wrote).
     */
    static CaseDetails masked(CaseDetails d) {
        CardNumbers cards = CardNumbers.of(d.theCase().facts());
        return new CaseDetails(d.theCase(), d.history().stream()
                .map(c -> new StatusChange(c.at(), c.status(), cards.mask(c.note()))).toList(),
                d.messages().stream().map(m -> new Message(m.id(), m.caseId(), m.at(), m.author(), m.authorName(),
                        m.channel(), cards.mask(m.text()), m.promise(), cards.mask(m.translation()))).toList(),
                d.deadlines(), d.routes(), d.timeline().stream()
                        .map(t -> t.shown(cards.mask(forStrangers(t)))).toList(),
                d.discrepancies().stream().map(x -> new Discrepancy(x.id(), x.caseId(), cards.mask(x.attribute()),
                        cards.mask(x.advertised()), cards.mask(x.received()))).toList(),
                cards.mask(d.description()), d.nextStep(), d.offers().stream().map(o -> new Offer(o.id(), o.caseId(),
                        o.at(), o.amount(), o.decision(), cards.mask(o.reason()))).toList(), d.reminderPhrase(),
                d.evidence().stream().map(e -> new Evidence(e.id(), e.caseId(), e.kind(), e.path(),
                        cards.mask(e.originalName()), cards.mask(e.caption()), e.sha256(), e.size(), e.mediaType(),
                        e.width(), e.height(), e.capturedAt(), e.orientation(), e.hasGps(), e.importedAt(),
                        e.durationMillis())).toList(), d.attachments(), d.pairs().stream()
                        .map(p -> new Pair(p.id(), p.caseId(), p.listingId(), p.receivedId(), cards.mask(p.caption())))
                        .toList(), d.flagPhrases(), maskedEmails(d.emails(), cards), d.redactions());
    }

    private static java.util.Map<Long, org.casefile.domain.EmailText> maskedEmails(
            java.util.Map<Long, org.casefile.domain.EmailText> emails, CardNumbers cards) {
        java.util.Map<Long, org.casefile.domain.EmailText> masked = new java.util.HashMap<>();
        emails.forEach((id, e) -> masked.put(id, new org.casefile.domain.EmailText(e.messageId(), e.from(), e.to(),
                e.sentAt(), cards.mask(e.subject()), cards.mask(e.text()))));
        return masked;
    }

    /** The app's timeline calls the buyer "You"; a stranger reads "Buyer". */
    private static String forStrangers(TimelineEntry entry) {
        String you = org.casefile.domain.Author.BUYER.label() + ": ";
        return entry.type().equals("message") && entry.text().startsWith(you)
                ? "Buyer: " + entry.text().substring(you.length()) : entry.text();
    }

    private static CaseSnapshot frozen(CaseDetails details, PacketProfile profile, ZonedDateTime generated,
                                       Language language) {
        var theCase = details.theCase();
        var facts = theCase.facts();
        List<CaseSnapshot.Exhibit> exhibits = Exhibits.of(details.evidence(), facts.claim(), durations(details))
                .stream().map(e -> e.redacted(details.redactionsOf(e.evidence().id()).size())).toList();
        List<CaseSnapshot.PairView> pairs = new ArrayList<>();
        for (Pair pair : details.pairs()) {
            CaseSnapshot.Exhibit listing = find(exhibits, pair.listingId());
            CaseSnapshot.Exhibit received = find(exhibits, pair.receivedId());
            if (listing != null && received != null) {
                pairs.add(new CaseSnapshot.PairView(listing, received, pair.caption()));
            }
        }
        List<CaseSnapshot.MessageView> messages = new ArrayList<>();
        for (Message message : details.messages()) {
            List<String> letters = details.attachments().getOrDefault(message.id(), List.of()).stream()
                    .map(id -> find(exhibits, id)).filter(e -> e != null).map(CaseSnapshot.Exhibit::letter).toList();
            messages.add(new CaseSnapshot.MessageView(message, letters));
        }
        List<CaseSnapshot.Event> timeline = details.timeline().stream()
                .map(t -> new CaseSnapshot.Event(t.at(), t.type(), t.text(), t.phrase())).toList();
        String description = details.description() != null ? details.description()
                : DescriptionWriter.draft(facts, details.discrepancies(), details.history(),
                        DescriptionWriter.kindsOf(details.evidence()),
                        profile == PacketProfile.SECTION75 || language == null ? Language.ENGLISH : language);
        List<Checklist.Item> checklist = Checklist.forCase(facts, details.evidence(), details.messages(),
                details.history());
        String seed = theCase.id() + "|" + profile.id() + "|" + generated.toOffsetDateTime() + "|"
                + details.evidence().stream().map(e -> e.sha256()).toList();
        String documentId = Hashing.of(seed.getBytes(StandardCharsets.UTF_8)).substring(0, 32);
        return new CaseSnapshot(theCase.id(), profile, generated, documentId, facts, theCase.status(),
                theCase.outcome(), details.history(), timeline, exhibits, pairs, details.discrepancies(), description,
                messages, details.offers(), details.routes(), details.deadlines(), checklist, details.emails(), language);
    }

    private static CaseSnapshot.Exhibit find(List<CaseSnapshot.Exhibit> exhibits, long evidenceId) {
        return exhibits.stream().filter(e -> e.evidence().id() == evidenceId).findFirst().orElse(null);
    }

    /** Seconds of each video whose length ffprobe gave at import, for the placeholder and the appendix. */
    private static Map<Long, Long> durations(CaseDetails details) {
        Map<Long, Long> seconds = new java.util.HashMap<>();
        for (org.casefile.domain.Evidence e : details.evidence()) {
            if (e.durationMillis() != null && e.durationMillis() > 0) {
                seconds.put(e.id(), Math.max(1, Math.round(e.durationMillis() / 1000.0)));
            }
        }
        return seconds;
    }

    /** The details with the buyer's contact details, as found in what the buyer wrote, replaced everywhere. */
    private static CaseDetails withoutContact(CaseDetails d) {
        List<String> written = new ArrayList<>();
        d.messages().stream().filter(m -> m.author() == org.casefile.domain.Author.BUYER)
                .forEach(m -> written.add(m.text()));
        d.evidence().forEach(e -> written.add(e.caption()));
        d.pairs().forEach(p -> written.add(p.caption()));
        written.add(d.description());
        var facts = d.theCase().facts();
        org.casefile.domain.BuyerContact contact = org.casefile.domain.BuyerContact.in(written,
                java.util.Arrays.asList(facts.orderNumber(), facts.trackingNumber()));
        if (contact.isEmpty()) {
            return d;
        }
        return new CaseDetails(d.theCase(), d.history(),
                d.messages().stream().map(m -> m.withText(contact.hide(m.text()), contact.hide(m.translation())))
                        .toList(), d.deadlines(),
                d.routes(), d.timeline().stream().map(t -> t.shown(contact.hide(t.text()))).toList(), d.discrepancies(), contact.hide(d.description()), d.nextStep(), d.offers(),
                d.reminderPhrase(), d.evidence().stream().map(e -> e.withCaption(contact.hide(e.caption()))).toList(),
                d.attachments(), d.pairs().stream().map(p -> new Pair(p.id(), p.caseId(), p.listingId(),
                        p.receivedId(), contact.hide(p.caption()))).toList(), d.flagPhrases(),
                hiddenInEmails(d.emails(), contact), d.redactions());
    }

    private static java.util.Map<Long, org.casefile.domain.EmailText> hiddenInEmails(
            java.util.Map<Long, org.casefile.domain.EmailText> emails, org.casefile.domain.BuyerContact contact) {
        java.util.Map<Long, org.casefile.domain.EmailText> hidden = new java.util.HashMap<>();
        emails.forEach((id, e) -> hidden.put(id, new org.casefile.domain.EmailText(e.messageId(),
                contact.hide(e.from()), contact.hide(e.to()), e.sentAt(), contact.hide(e.subject()),
                contact.hide(e.text()))));
        return hidden;
    }
}
