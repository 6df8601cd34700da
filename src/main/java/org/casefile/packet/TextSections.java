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
import org.casefile.packet.pdf.Texts;

/** The sections that are text only: summary and timeline, exhibit index, discrepancies, transcript, declaration. */
final class TextSections {
    private static final int MESSAGES_IN_TIMELINE = 8;
    private final CaseSnapshot snapshot;

    TextSections(CaseSnapshot snapshot) {
        this.snapshot = snapshot;
    }

    void summary(PageFlow flow) throws IOException {
        flow.newPage();
        flow.title("Case summary and timeline");
        String description = snapshot.description();
        if (description != null && !description.isBlank()) {
            flow.subheading("In my own words");
            flow.paragraph(description.strip());
            flow.down(4);
            flow.subheading("The order");
        }
        CaseFacts f = snapshot.facts();
        float label = 145;
        flow.field("Item", f.item(), label);
        flow.field("Marketplace", f.platform().label(), label);
        flow.field("Order number", f.orderNumber(), label);
        flow.field("Seller", f.seller(), label);
        flow.field("Listing", f.listingUrl(), label);
        flow.field("Ordered", Texts.date(f.orderedOn()), label);
        flow.field("Paid", f.paid() + " by " + f.payment().label().toLowerCase()
                + (f.bank().cardLast4() == null ? "" : " ending " + f.bank().cardLast4()) + ", charged "
                + Texts.date(f.chargedOn()), label);
        flow.field(f.payment().isCard() ? "Cardholder" : "Buyer", f.bank().buyerName(), label);
        flow.field("On the statement as", f.bank().statementName(), label);
        flow.field("Delivery address", f.bank().deliveryAddress(), label);
        flow.field("Buyer's country", f.country(), label);
        flow.field("Tracking", f.trackingNumber() == null ? null
                : f.trackingNumber() + (f.carrier() == null ? "" : " (" + f.carrier() + ")"), label);
        flow.field("Expected delivery", Texts.date(f.expectedDelivery()), label);
        flow.field("Arrived", Texts.date(f.bank().receivedOn()), label);
        flow.field("Return", f.returned() == null ? null : CardholderCertification.returnText(f.returned()), label);
        flow.field("Buyer protection ends", Texts.date(f.protectionEnds()), label);
        flow.field("What went wrong", f.claim().label(), label);
        flow.field("Asking for", f.resolution().label() + (f.refundAsked() == null ? "" : " of " + f.refundAsked()),
                label);
        flow.field("Status", snapshot.status().label() + (snapshot.outcome() == null ? ""
                : " (" + snapshot.outcome().label() + ")"), label);
        flow.down(6);

        List<Offer> offers = snapshot.offers();
        if (!offers.isEmpty()) {
            List<String[]> rows = new ArrayList<>();
            for (Offer offer : offers) {
                rows.add(new String[] {Texts.time(offer.at()), offer.amount().toString(), offer.decision().label()
                        + (offer.reason() == null ? "" : ": " + offer.reason())});
            }
            Table table = new Table(flow, new String[] {"When", "Amount", "Buyer's answer"},
                    new float[] {0.25f, 0.2f, 0.55f});
            flow.subheading("Offers from the seller", table.opening(rows));
            table.draw(rows);
        }

        List<String[]> routes = new ArrayList<>();
        for (Route route : snapshot.routes()) {
            routes.add(new String[] {route.route().label(), route.eligible() ? "Open" : "Not open", route.reason()});
        }
        Table routeTable = new Table(flow, new String[] {"Route", "", "Why"}, new float[] {0.22f, 0.12f, 0.66f}, 0);
        flow.subheading("Routes to a refund", routeTable.opening(routes));
        routeTable.draw(routes);

        if (!snapshot.deadlines().isEmpty()) {
            List<String[]> rows = new ArrayList<>();
            for (Deadline d : snapshot.deadlines()) {
                rows.add(new String[] {Texts.date(d.date()), d.kind().label(), d.kind().rule()});
            }
            Table table = new Table(flow, new String[] {"Date", "What", "Rule"}, new float[] {0.18f, 0.34f, 0.48f});
            flow.subheading("Dates that matter", table.opening(rows));
            table.draw(rows);
        }

        List<String[]> rows = new ArrayList<>();
        // A long conversation is summed up in one line: the transcript has every message.
        boolean messages = snapshot.messages().size() <= MESSAGES_IN_TIMELINE;
        boolean summed = false;
        for (CaseSnapshot.Event event : snapshot.timeline()) {
            // Deadlines have their own table; imports and the case's creation are Casefile's story, not the dispute's.
            if (event.type().equals("deadline") || event.type().equals("evidence")
                    || (event.type().equals("status") && event.text().startsWith(CaseStatus.NEW.label()))) {
                continue;
            }
            if (event.type().equals("message") && !messages) {
                if (!summed) {
                    var all = snapshot.messages();
                    rows.add(new String[] {Texts.time(event.at()), "Messages", all.size() + " messages with the "
                            + "seller until " + Texts.time(all.get(all.size() - 1).message().at())
                            + ": see the transcript"});
                    summed = true;
                }
                continue;
            }
            rows.add(new String[] {Texts.time(event.at()), label(event.type()), shorten(event.text(), 300)});
        }
        Table timeline = new Table(flow, new String[] {"When", "", "What happened"}, new float[] {0.2f, 0.12f, 0.68f});
        flow.subheading("Timeline", timeline.opening(rows));
        timeline.draw(rows);
    }

    private static String label(String type) {
        return switch (type) {
            case "status" -> "Status";
            case "message" -> "Message";
            case "offer" -> "Offer";
            case "evidence" -> "Evidence";
            default -> type;
        };
    }

    static String shorten(String text, int max) {
        String flat = text.replace('\n', ' ');
        return flat.length() <= max ? flat : flat.substring(0, max - 1) + "…";
    }

    /** One line per exhibit; {@code pages} gives the page each exhibit is shown on, where known. */
    void exhibitIndex(PageFlow flow, Map<String, Integer> pages) throws IOException {
        flow.newPage();
        flow.title("Exhibit index");
        flow.paragraph("Each exhibit is a file I kept. Its letter is used throughout this packet; its "
                + "fingerprint (SHA-256) is in the appendix.", 9, false, PageFlow.MUTED, 0);
        flow.down(4);
        if (snapshot.exhibits().isEmpty()) {
            flow.paragraph("No files were kept for this case; the facts rest on the messages and the timeline.");
            return;
        }
        List<String[]> rows = new ArrayList<>();
        for (CaseSnapshot.Exhibit exhibit : snapshot.exhibits()) {
            Evidence e = exhibit.evidence();
            Integer page = pages.get(exhibit.letter());
            rows.add(new String[] {exhibit.letter(), e.kind().label(), exhibit.proves() + taken(e),
                    shorten(e.originalName(), 60), page == null ? "" : "p. " + page});
        }
        new Table(flow, new String[] {"", "Kind", "What it proves", "File", "Page"},
                new float[] {0.06f, 0.14f, 0.46f, 0.24f, 0.10f}, 0).draw(rows);
    }

    /** A picture taken before the order cannot show what arrived: its capture date is stated, not hidden. */
    private String taken(Evidence e) {
        return e.capturedAt() != null && org.casefile.domain.EvidenceDates.takenBeforeOrder(e, snapshot.facts())
                ? " (taken " + Texts.date(e.capturedAt().toLocalDate()) + ", before the order)" : "";
    }

    void discrepancies(PageFlow flow) throws IOException {
        List<String[]> rows = new ArrayList<>();
        snapshot.discrepancies().forEach(d -> rows.add(new String[] {d.attribute(), d.advertised(), d.received()}));
        Table table = new Table(flow, new String[] {"", "The listing says", "What arrived"},
                new float[] {0.26f, 0.37f, 0.37f}, 0);
        flow.title("Advertised versus received", table.opening(rows));
        table.draw(rows);
    }

    void transcript(PageFlow flow) throws IOException {
        flow.startSection(220);
        flow.title("Messages with the seller");
        flow.paragraph(snapshot.messages().size() + " messages, oldest first, exactly as written (any language); "
                + "where I translated one, my translation follows it, marked \"Buyer's translation\".",
                9, false, PageFlow.MUTED, 0);
        flow.down(4);
        for (CaseSnapshot.MessageView view : snapshot.messages()) {
            var m = view.message();
            String head = Texts.time(m.at()) + "   " + speaker(m) + (m.authorName() != null ? " (" + m.author().label()
                    .toLowerCase() + ")" : "") + "   · " + m.channel().label() + (m.promise() ? "   · PROMISE" : "");
            flow.ensure(PageFlow.leading(9) + PageFlow.leading(10) * 2);
            flow.paragraph(head, 9, true, m.author() == org.casefile.domain.Author.BUYER ? PageFlow.ACCENT
                    : PageFlow.MUTED, 0);
            flow.paragraph(m.text(), 10, false, PageFlow.INK, 14);
            if (m.translation() != null) {
                flow.paragraph("Buyer's translation: " + m.translation(), 10, false, PageFlow.MUTED, 14);
            }
            if (!view.attachments().isEmpty()) {
                flow.paragraph("Attached: exhibit " + String.join(", ", view.attachments()), 9, false, PageFlow.MUTED,
                        14);
            }
            flow.down(6);
        }
    }

    /** Most of an email the packet prints; the whole email is the exhibit's file (a long thread would eat pages). */
    static final int EMAIL_CHARS = 3_000;

    /** Each email as it was received: From, To, Date and Subject, then its text (never the raw source). */
    void emails(PageFlow flow) throws IOException {
        flow.startSection(220);
        flow.title("Emails");
        for (CaseSnapshot.Exhibit exhibit : snapshot.emailExhibits()) {
            org.casefile.domain.EmailText email = snapshot.emails().get(exhibit.evidence().id());
            flow.ensure(PageFlow.leading(10) * 6);
            flow.paragraph(exhibit.label() + " — " + exhibit.evidence().originalName(), 10, true, PageFlow.ACCENT, 0);
            for (String[] header : new String[][] {{"From", email.from()}, {"To", email.to()},
                    {"Date", email.sentAt() == null ? "" : Texts.time(email.sentAt())}, {"Subject", email.subject()}}) {
                if (!header[1].isBlank()) {
                    flow.paragraph(header[0] + ": " + header[1], 9, false, PageFlow.MUTED, 14);
                }
            }
            flow.down(4);
            String text = email.text().length() <= EMAIL_CHARS ? email.text()
                    : email.text().substring(0, EMAIL_CHARS) + " […] (shortened here; the whole email is "
                    + exhibit.label() + ")";
            flow.paragraph(text.isBlank() ? "(no text)" : text, 10, false, PageFlow.INK, 14);
            flow.down(10);
        }
    }

    /** The app calls the buyer "You"; the packet is read by a stranger, for whom the buyer is "Buyer". */
    static String speaker(org.casefile.domain.Message m) {
        return m.author() == org.casefile.domain.Author.BUYER && m.authorName() == null ? "Buyer" : m.who();
    }

    void declaration(PageFlow flow) throws IOException {
        flow.startSection(330);
        flow.title("Declaration");
        flow.paragraph("I declare that the facts in this packet are true to the best of my knowledge. The photos, "
                + "screenshots and other files shown as exhibits are the files I kept, unaltered except that the "
                + "pictures were resized and stripped of their location and camera data for this packet; the "
                + "SHA-256 fingerprint of each original file and of each picture as embedded is listed in the "
                + "appendix, and I can provide the originals on request.");
        if (snapshot.sellerContactRecorded()) {
            flow.paragraph("I tried to resolve the problem with the seller before making this claim, as the message "
                    + "transcript shows.");
        }
        flow.down(30);
        float y = flow.y();
        flow.text("Date:", PageFlow.MARGIN, y - 10, 10, true, PageFlow.MUTED);
        flow.text(Texts.date(snapshot.date()), PageFlow.MARGIN + 70, y - 10, 10, false, PageFlow.INK);
        flow.down(50);
        y = flow.y();
        flow.text("Signature:", PageFlow.MARGIN, y - 10, 10, true, PageFlow.MUTED);
        flow.line(PageFlow.MARGIN + 70, y - 12, PageFlow.MARGIN + 330, y - 12, PageFlow.INK, 0.7f);
        flow.down(40);
        y = flow.y();
        flow.text("Name:", PageFlow.MARGIN, y - 10, 10, true, PageFlow.MUTED);
        if (snapshot.facts().bank().buyerName() != null) {
            flow.text(snapshot.facts().bank().buyerName(), PageFlow.MARGIN + 72, y - 10, 10, false, PageFlow.INK);
        }
        flow.line(PageFlow.MARGIN + 70, y - 12, PageFlow.MARGIN + 330, y - 12, PageFlow.INK, 0.7f);
        flow.down(40);
        flow.paragraph("Prepared with Casefile on " + Texts.date(snapshot.date()) + ". Document id "
                + snapshot.documentId() + ".", 8, false, PageFlow.MUTED, 0);
    }
}
