package org.casefile.packet;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.casefile.domain.CardSchemes;
import org.casefile.domain.CaseFacts;
import org.casefile.domain.ClaimType;
import org.casefile.domain.EvidenceKind;
import org.casefile.domain.ReturnAttempt;
import org.casefile.packet.pdf.PageFlow;
import org.casefile.packet.pdf.Table;

/**
 * The chargeback letter's table of what the cardholder certifies for Visa 13.1 / 13.3 and Mastercard 4853, the card
 * schemes' time limits, and the cardholder's statement within Mastercard's 3,000 characters: each point states what
 * the case records, or "not recorded", never a blank to fill by hand.
 */
final class CardholderCertification {
    private final CoverLetter letter;
    private final CaseSnapshot snapshot;
    private final CaseFacts facts;
    private final PacketText t;

    CardholderCertification(CoverLetter letter, CaseSnapshot snapshot) {
        this.letter = letter;
        this.snapshot = snapshot;
        this.facts = snapshot.facts();
        this.t = snapshot.text();
    }

    /** The facts a card issuer certifies for Visa 13.1 / 13.3 and Mastercard 4853, each with its proof. */
    void write(PageFlow flow) throws IOException {
        List<String[]> rows = new ArrayList<>();
        for (CardSchemes.Point point : CardSchemes.points(facts.claim())) {
            rows.add(new String[] {t.get("cert.point." + point.name()), pointFact(point)});
        }
        Table points = new Table(flow, new String[] {t.get("cert.point"), t.get("cert.fact")},
                new float[] {0.3f, 0.7f}, 0);
        flow.subheading(t.get("cert.title"), points.opening(rows));
        points.draw(rows);
        List<String[]> waits = new ArrayList<>();
        CardSchemes.Waits w = CardSchemes.waits(facts);
        waits.add(new String[] {t.get("cert.fileBy"), t.get("cert.fileByRule", w.fileBy(), clockStart(), w.latest())});
        if (w.returnWaitEnds() != null) {
            waits.add(new String[] {t.get("cert.afterReturn"), t.get("cert.afterReturnRule", w.returnWaitEnds())});
        }
        if (w.visaWaitEnds() != null) {
            waits.add(new String[] {t.get("cert.noDate"), t.get("cert.noDateRule", w.visaWaitEnds(),
                    w.mastercardWaitEnds())});
        }
        Table limits = new Table(flow, new String[] {t.get("cert.limit"), t.get("cert.dateAndRule")},
                new float[] {0.3f, 0.7f}, 0);
        flow.subheading(t.get("cert.limitsTitle"), limits.opening(waits));
        limits.draw(waits);
        statement(flow);
    }

    /** "the later of the charge (2 Oct 2026) and the arrival (19 Oct 2026)": what the 120 days count from. */
    private String clockStart() {
        List<String> from = new ArrayList<>();
        from.add(t.get("cert.from.charge", facts.chargedOn()));
        if (facts.expectedDelivery() != null) {
            from.add(t.get("cert.from.promised", facts.expectedDelivery()));
        }
        if (facts.claim() != ClaimType.NOT_RECEIVED && letter.bank().receivedOn() != null) {
            from.add(t.get("cert.from.arrival", letter.bank().receivedOn()));
        }
        return from.size() == 1 ? from.get(0) : t.get("cert.from.later",
                String.join(", ", from.subList(0, from.size() - 1)), from.get(from.size() - 1));
    }

    private String pointFact(CardSchemes.Point point) {
        return switch (point) {
            case EXPECTED_DELIVERY -> facts.expectedDelivery() == null ? t.get("cert.noDeliveryDate", t.notRecorded())
                    : t.date(facts.expectedDelivery());
            case ACTUAL_DELIVERY -> facts.claim() == ClaimType.NOT_RECEIVED
                    ? t.get(facts.expectedDelivery() == null ? "cert.notDelivered" : "cert.notDeliveredSince")
                    + letter.trackingExhibits()
                    : letter.bank().receivedOn() == null ? t.get("cert.arrivalUnknown", t.notRecorded())
                    : t.get("cert.arrivedOn", letter.bank().receivedOn());
            case DELIVERY_ADDRESS -> t.orNotRecorded(letter.bank().deliveryAddress())
                    + (letter.letters(EvidenceKind.RECEIPT).isEmpty() ? "" : "; " + t.get("cert.orderPage",
                    letter.letters(EvidenceKind.RECEIPT)));
            case ATTEMPT_TO_RESOLVE -> attempt();
            case RETURN -> returned();
            case HOW_IT_DIFFERS -> snapshot.discrepancies().isEmpty()
                    ? (snapshot.pairs().isEmpty() ? t.notRecorded() : t.get("cert.shownInPairs"))
                    : String.join("\n", snapshot.discrepancies().stream()
                    .map(d -> t.say(d.phrase())).toList());
        };
    }

    private String attempt() {
        String contacted = letter.firstContact();
        String chats = letter.letters(EvidenceKind.CHAT);
        String opened = letter.disputeOpened() == null ? "" : "; " + t.get("cert.disputeOpened", letter.disputeOpened());
        if (!snapshot.sellerContactRecorded()) {
            return t.get("cert.noContact", t.notRecorded()) + opened;
        }
        return (contacted == null ? t.get("cert.seeTranscript") : t.get("cert.firstAsked", contacted)) + opened
                + (chats.isEmpty() ? "" : "; " + t.get("exhibitLower", chats)) + "; "
                + t.get("cert.messages", snapshot.messages().size());
    }

    private String returned() {
        return facts.returned() == null ? t.notRecorded() : returnText(t, facts.returned());
    }

    /** The return attempt in one sentence, for the certification table and the summary alike. */
    static String returnText(PacketText t, ReturnAttempt r) {
        return switch (r.kind()) {
            case REFUSED -> t.get("return.refused");
            case NO_ADDRESS -> t.get("return.noAddress");
            case SENT -> t.get("return.sent", r.sentOn()) + (r.carrier() == null ? "" : " " + t.get("return.by",
                    r.carrier())) + (r.tracking() == null ? "" : ", " + t.get("return.tracking", r.tracking()))
                    + "; " + (r.sellerReceivedOn() == null ? t.get("return.receivedUnknown", t.notRecorded())
                    : t.get("return.received", r.sellerReceivedOn()));
        };
    }

    /** Mastercard takes 3,000 characters of the cardholder's own words. */
    static final int STATEMENT_LIMIT = 3000;

    /** The account in my words, short enough for the dispute form; a shortened one says so and where the rest is. */
    private void statement(PageFlow flow) throws IOException {
        String description = snapshot.description();
        if (description == null || description.isBlank()) {
            return;
        }
        flow.subheading(t.get("cert.statement"));
        String text = description.strip();
        if (text.length() > STATEMENT_LIMIT) {
            String note = " [" + t.get("cert.shortened") + "]";
            String cut = text.substring(0, STATEMENT_LIMIT - note.length() - 1);
            int sentence = cut.lastIndexOf(". ");
            text = (sentence > STATEMENT_LIMIT / 2 ? cut.substring(0, sentence + 1) : cut + "…") + note;
        }
        flow.paragraph(text);
    }
}
