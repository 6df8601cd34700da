package org.casefile.packet;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.casefile.domain.CaseFacts;
import org.casefile.domain.CaseStatus;
import org.casefile.domain.Deadline;
import org.casefile.domain.Evidence;
import org.casefile.domain.Offer;
import org.casefile.domain.Route;
import org.casefile.packet.pdf.PageFlow;
import org.casefile.packet.pdf.Table;

/** The sections that are text only: summary and timeline, exhibit index, discrepancies, transcript, declaration. */
final class TextSections {
    private static final int MESSAGES_IN_TIMELINE = 8;
    private final CaseSnapshot snapshot;
    private final PacketText t;

    TextSections(CaseSnapshot snapshot) {
        this.snapshot = snapshot;
        this.t = snapshot.text();
    }

    void summary(PageFlow flow) throws IOException {
        flow.newPage();
        flow.title(t.get("summary.title"));
        String description = snapshot.description();
        if (description != null && !description.isBlank()) {
            flow.subheading(t.get("summary.ownWords"));
            flow.paragraph(description.strip());
            flow.down(4);
            flow.subheading(t.get("summary.order"));
        }
        CaseFacts f = snapshot.facts();
        String method = t.inSentence(t.label(f.payment())) + (f.bank().cardLast4() == null ? ""
                : " " + t.get("card.endingShort", f.bank().cardLast4()));
        String[][] fields = {
                {t.get("field.item"), f.item()},
                {t.get("field.marketplace"), t.label(f.platform())},
                {t.get("field.orderNumber"), f.orderNumber()},
                {t.get("field.seller"), f.seller()},
                {t.get("field.listing"), f.listingUrl()},
                {t.get("field.ordered"), t.date(f.orderedOn())},
                {t.get("field.paid"), t.get("field.paidValue", f.paid(), method, f.chargedOn())},
                {t.get(f.payment().isCard() ? "glance.cardholder" : "glance.buyer"), f.bank().buyerName()},
                {t.get("field.statementAs"), f.bank().statementName()},
                {t.get("glance.deliveryAddress"), f.bank().deliveryAddress()},
                {t.get("field.country"), f.country()},
                {t.get("field.tracking"), f.trackingNumber() == null ? null
                        : f.trackingNumber() + (f.carrier() == null ? "" : " (" + f.carrier() + ")")},
                {t.get("field.expected"), t.date(f.expectedDelivery())},
                {t.get("field.arrived"), t.date(f.bank().receivedOn())},
                {t.get("field.return"), f.returned() == null ? null
                        : CardholderCertification.returnText(t, f.returned())},
                {t.get("field.protectionEnds"), t.date(f.protectionEnds())},
                {t.get("field.wrong"), t.label(f.claim())},
                {t.get("glance.asking"), f.refundAsked() == null ? t.label(f.resolution())
                        : t.get("field.askingOf", t.label(f.resolution()), f.refundAsked())},
                {t.get("field.status"), t.label(snapshot.status()) + (snapshot.outcome() == null ? ""
                        : " (" + t.label(snapshot.outcome()) + ")")}};
        // The column fits every label of the language, shown or not, so one language's packets all line up.
        float label = flow.labelColumn(java.util.Arrays.stream(fields).map(row -> row[0]).toList(), 10, 145, 220);
        for (String[] field : fields) {
            flow.field(field[0], field[1], label);
        }
        flow.down(6);

        List<Offer> offers = snapshot.offers();
        if (!offers.isEmpty()) {
            List<String[]> rows = new ArrayList<>();
            for (Offer offer : offers) {
                rows.add(new String[] {t.time(offer.at()), t.money(offer.amount()), t.label(offer.decision())
                        + (offer.reason() == null ? "" : ": " + offer.reason())});
            }
            float when = Math.max(0.25f, whenColumn(flow));
            Table table = new Table(flow, new String[] {t.get("col.when"), t.get("col.amount"), t.get("col.answer")},
                    new float[] {when, 0.2f, 0.8f - when});
            flow.subheading(t.get("summary.offers"), table.opening(rows));
            table.draw(rows);
        }

        List<String[]> routes = new ArrayList<>();
        for (Route route : snapshot.routes()) {
            routes.add(new String[] {t.label(route.route()), t.get(route.eligible() ? "route.open" : "route.closed"),
                    t.say(route.reasonPhrase())});
        }
        Table routeTable = new Table(flow, new String[] {t.get("col.route"), "", t.get("col.why")},
                new float[] {0.22f, 0.12f, 0.66f}, 0);
        flow.subheading(t.get("summary.routes"), routeTable.opening(routes));
        routeTable.draw(routes);

        if (!snapshot.deadlines().isEmpty()) {
            List<String[]> rows = new ArrayList<>();
            for (Deadline d : snapshot.deadlines()) {
                rows.add(new String[] {t.date(d.date()), t.label(d.kind()), t.say(d.kind().rulePhrase())});
            }
            Table table = new Table(flow, new String[] {t.get("col.date"), t.get("col.what"), t.get("col.rule")},
                    new float[] {0.18f, 0.34f, 0.48f});
            flow.subheading(t.get("summary.dates"), table.opening(rows));
            table.draw(rows);
        }

        List<String[]> rows = new ArrayList<>();
        for (CaseSnapshot.Event event : disputeEvents()) {
            rows.add(new String[] {t.time(event.at()), label(event.type()), shorten(event.text(t), 300)});
        }
        if (rows.isEmpty()) {
            return; // nothing has happened in the dispute yet: no heading over an empty table
        }
        float when = Math.max(0.2f, whenColumn(flow));
        Table timeline = new Table(flow, new String[] {t.get("col.when"), "", t.get("col.happened")},
                new float[] {when, 0.12f, 0.88f - when});
        flow.subheading(t.get("summary.timeline"), timeline.opening(rows));
        timeline.draw(rows);
    }

    /**
     * The dispute's story in order. Deadlines have their own table; imports and the case's creation are Casefile's
     * story, not the dispute's. Messages are written from the snapshot's messages (the timeline's message lines are
     * the window's English, "You: …"), in the packet's language; a long conversation is summed up in one line, the
     * transcript has every message. Messages go after other events of the same minute, as in the window.
     */
    private List<CaseSnapshot.Event> disputeEvents() {
        List<CaseSnapshot.Event> events = new ArrayList<>();
        for (CaseSnapshot.Event event : snapshot.timeline()) {
            boolean casefiles = event.type().equals("deadline") || event.type().equals("evidence")
                    || (event.type().equals("status") && event.text().startsWith(CaseStatus.NEW.label()));
            if (!casefiles && !event.type().equals("message")) {
                events.add(event);
            }
        }
        var all = snapshot.messages();
        if (all.size() > MESSAGES_IN_TIMELINE) {
            var first = all.stream().map(v -> v.message().at()).min(java.util.Comparator.naturalOrder()).orElseThrow();
            var last = all.get(all.size() - 1).message().at();
            events.add(new CaseSnapshot.Event(first, "messages", t.get("event.summed", all.size(), last)));
        } else {
            for (CaseSnapshot.MessageView view : all) {
                var m = view.message();
                String line = t.get("event.messageLine", speaker(t, m), m.text());
                events.add(new CaseSnapshot.Event(m.at(), "message", m.translation() == null ? line
                        : t.get("event.translated", line, m.translation())));
            }
        }
        events.sort(java.util.Comparator.comparing(CaseSnapshot.Event::at));
        return events;
    }

    /** A "when" column as wide as the language writes a late evening's date and time ("2026. 12. 28. 오후 10:58"). */
    private float whenColumn(PageFlow flow) {
        return Table.fractionFor(flow, t.time(java.time.LocalDateTime.of(2026, 12, 28, 22, 58)));
    }

    /** "Status", "Message", "Offer", "Evidence": the kind of a timeline event. */
    private String label(String type) {
        String key = "event." + type;
        return t.has(key) ? t.get(key) : type;
    }

    static String shorten(String text, int max) {
        String flat = text.replace('\n', ' ');
        return flat.length() <= max ? flat : flat.substring(0, max - 1) + "…";
    }

    /** One line per exhibit; {@code pages} gives the page each exhibit is shown on, where known. */
    void exhibitIndex(PageFlow flow, Map<String, Integer> pages) throws IOException {
        flow.newPage();
        flow.title(t.get("index.title"));
        flow.paragraph(t.get("index.intro"), 9, false, PageFlow.MUTED, 0);
        flow.down(4);
        if (snapshot.exhibits().isEmpty()) {
            flow.paragraph(t.get("index.none"));
            return;
        }
        List<String[]> rows = new ArrayList<>();
        for (CaseSnapshot.Exhibit exhibit : snapshot.exhibits()) {
            Evidence e = exhibit.evidence();
            Integer page = pages.get(exhibit.letter());
            rows.add(new String[] {exhibit.letter(), t.label(e.kind()), Exhibits.proves(t, exhibit, snapshot.facts().claim()) + taken(e),
                    shorten(e.originalName(), 60), page == null ? "" : t.get("page", String.valueOf(page))});
        }
        new Table(flow, new String[] {"", t.get("col.kind"), t.get("col.proves"), t.get("col.file"),
                t.get("col.page")},
                new float[] {0.06f, 0.14f, 0.46f, 0.24f, 0.10f}, 0).draw(rows);
    }

    /** A picture taken before the order cannot show what arrived: its capture date is stated, not hidden. */
    private String taken(Evidence e) {
        return e.capturedAt() != null && org.casefile.domain.EvidenceDates.takenBeforeOrder(e, snapshot.facts())
                ? " (" + t.get("index.takenBefore", e.capturedAt().toLocalDate()) + ")" : "";
    }

    void discrepancies(PageFlow flow) throws IOException {
        List<String[]> rows = new ArrayList<>();
        snapshot.discrepancies().forEach(d -> rows.add(new String[] {d.attribute(), d.advertised(), d.received()}));
        Table table = new Table(flow, new String[] {"", t.get("col.listingSays"), t.get("col.arrived")},
                new float[] {0.26f, 0.37f, 0.37f}, 0);
        flow.title(t.get("discrepancies.title"), table.opening(rows));
        table.draw(rows);
    }

    void transcript(PageFlow flow) throws IOException {
        flow.startSection(220);
        flow.title(t.get("transcript.title"));
        flow.paragraph(t.get("transcript.intro", snapshot.messages().size()), 9, false, PageFlow.MUTED, 0);
        flow.down(4);
        for (CaseSnapshot.MessageView view : snapshot.messages()) {
            var m = view.message();
            String head = t.time(m.at()) + "   " + speaker(t, m) + (m.authorName() != null ? " ("
                    + t.inSentence(t.label(m.author())) + ")" : "") + "   · " + t.label(m.channel())
                    + (m.promise() ? "   · " + t.get("transcript.promise") : "");
            flow.ensure(PageFlow.leading(9) + PageFlow.leading(10) * 2);
            flow.paragraph(head, 9, true, m.author() == org.casefile.domain.Author.BUYER ? PageFlow.ACCENT
                    : PageFlow.MUTED, 0);
            flow.paragraph(m.text(), 10, false, PageFlow.INK, 14);
            if (m.translation() != null) {
                flow.paragraph(t.get("transcript.translation", m.translation()), 10, false, PageFlow.MUTED, 14);
            }
            if (!view.attachments().isEmpty()) {
                flow.paragraph(t.get("transcript.attached", String.join(", ", view.attachments())), 9, false,
                        PageFlow.MUTED, 14);
            }
            flow.down(6);
        }
    }

    /** Most of an email the packet prints; the whole email is the exhibit's file (a long thread would eat pages). */
    static final int EMAIL_CHARS = 3_000;

    /** Each email as it was received: From, To, Date and Subject, then its text (never the raw source). */
    void emails(PageFlow flow) throws IOException {
        flow.startSection(220);
        flow.title(t.get("emails.title"));
        for (CaseSnapshot.Exhibit exhibit : snapshot.emailExhibits()) {
            org.casefile.domain.EmailText email = snapshot.emails().get(exhibit.evidence().id());
            flow.ensure(PageFlow.leading(10) * 6);
            flow.paragraph(exhibit.label(t) + " — " + exhibit.evidence().originalName(), 10, true, PageFlow.ACCENT, 0);
            for (String[] header : new String[][] {{"emails.from", email.from()}, {"emails.to", email.to()},
                    {"emails.date", t.time(email.sentAt())}, {"emails.subject", email.subject()}}) {
                if (!header[1].isBlank()) {
                    flow.paragraph(t.get(header[0], header[1]), 9, false, PageFlow.MUTED, 14);
                }
            }
            flow.down(4);
            String text = email.text().length() <= EMAIL_CHARS ? email.text()
                    : email.text().substring(0, EMAIL_CHARS) + " […] (" + t.get("emails.shortened", exhibit.label(t))
                    + ")";
            flow.paragraph(text.isBlank() ? "(" + t.get("emails.noText") + ")" : text, 10, false, PageFlow.INK, 14);
            flow.down(10);
        }
    }

    /** The app calls the buyer "You"; the packet is read by a stranger, for whom the buyer is "Buyer". */
    static String speaker(PacketText t, org.casefile.domain.Message m) {
        return m.author() == org.casefile.domain.Author.BUYER && m.authorName() == null ? t.get("glance.buyer")
                : m.authorName() != null ? m.who() : t.label(m.author());
    }

    void declaration(PageFlow flow) throws IOException {
        flow.startSection(330);
        flow.title(t.get("declaration.title"));
        flow.paragraph(t.get("declaration.text"));
        if (snapshot.sellerContactRecorded()) {
            flow.paragraph(t.get("declaration.tried"));
        }
        flow.down(30);
        float y = flow.y();
        flow.text(t.get("declaration.date"), PageFlow.MARGIN, y - 10, 10, true, PageFlow.MUTED);
        flow.text(t.date(snapshot.date()), PageFlow.MARGIN + 70, y - 10, 10, false, PageFlow.INK);
        flow.down(50);
        y = flow.y();
        flow.text(t.get("declaration.signature"), PageFlow.MARGIN, y - 10, 10, true, PageFlow.MUTED);
        flow.line(PageFlow.MARGIN + 70, y - 12, PageFlow.MARGIN + 330, y - 12, PageFlow.INK, 0.7f);
        flow.down(40);
        y = flow.y();
        flow.text(t.get("declaration.name"), PageFlow.MARGIN, y - 10, 10, true, PageFlow.MUTED);
        if (snapshot.facts().bank().buyerName() != null) {
            flow.text(snapshot.facts().bank().buyerName(), PageFlow.MARGIN + 72, y - 10, 10, false, PageFlow.INK);
        }
        flow.line(PageFlow.MARGIN + 70, y - 12, PageFlow.MARGIN + 330, y - 12, PageFlow.INK, 0.7f);
        flow.down(40);
        flow.paragraph(t.get("declaration.prepared", snapshot.date(), snapshot.documentId()), 8, false,
                PageFlow.MUTED, 0);
    }
}
