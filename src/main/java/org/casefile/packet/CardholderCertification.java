package org.casefile.packet;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.casefile.domain.CardSchemes;
import org.casefile.domain.CaseFacts;
import org.casefile.domain.ClaimType;
import org.casefile.domain.EvidenceKind;
import org.casefile.domain.ReturnAttempt;
import org.casefile.packet.pdf.PageFlow;
import org.casefile.packet.pdf.Table;
import org.casefile.packet.pdf.Texts;

/**
 * The chargeback letter's table of what the cardholder certifies for Visa 13.1 / 13.3 and Mastercard 4853, the card
 * schemes' time limits, and the cardholder's statement within Mastercard's 3,000 characters: each point states what
 * the case records, or "not recorded", never a blank to fill by hand.
 */
final class CardholderCertification {
    private final CoverLetter letter;
    private final CaseSnapshot snapshot;
    private final CaseFacts facts;

    CardholderCertification(CoverLetter letter, CaseSnapshot snapshot) {
        this.letter = letter;
        this.snapshot = snapshot;
        this.facts = snapshot.facts();
    }

    /** The facts a card issuer certifies for Visa 13.1 / 13.3 and Mastercard 4853, each with its proof. */
    void write(PageFlow flow) throws IOException {
        List<String[]> rows = new ArrayList<>();
        for (CardSchemes.Point point : CardSchemes.points(facts.claim())) {
            rows.add(new String[] {pointLabel(point), pointFact(point)});
        }
        Table points = new Table(flow, new String[] {"Point", "Fact and proof"}, new float[] {0.3f, 0.7f}, 0);
        flow.subheading("What I certify", points.opening(rows));
        points.draw(rows);
        List<String[]> waits = new ArrayList<>();
        CardSchemes.Waits w = CardSchemes.waits(facts);
        waits.add(new String[] {"File by", Texts.date(w.fileBy()) + ": 120 days from " + clockStart()
                + "; never later than " + Texts.date(w.latest()) + ", 540 days from the charge"});
        if (w.returnWaitEnds() != null) {
            waits.add(new String[] {"After the return", "Not before " + Texts.date(w.returnWaitEnds())
                    + ": 15 days after the goods were sent back"});
        }
        if (w.visaWaitEnds() != null) {
            waits.add(new String[] {"No delivery date given", "Visa from " + Texts.date(w.visaWaitEnds())
                    + " (15 days after the order), Mastercard from " + Texts.date(w.mastercardWaitEnds())
                    + " (30 days after the order)"});
        }
        Table limits = new Table(flow, new String[] {"Limit", "Date and rule"}, new float[] {0.3f, 0.7f}, 0);
        flow.subheading("Time limits of the card schemes", limits.opening(waits));
        limits.draw(waits);
        statement(flow);
    }

    /** "the later of the charge (2 Oct 2026) and the arrival (19 Oct 2026)": what the 120 days count from. */
    private String clockStart() {
        List<String> from = new ArrayList<>();
        from.add("the charge (" + Texts.date(facts.chargedOn()) + ")");
        if (facts.expectedDelivery() != null) {
            from.add("the promised delivery (" + Texts.date(facts.expectedDelivery()) + ")");
        }
        if (facts.claim() != ClaimType.NOT_RECEIVED && letter.bank().receivedOn() != null) {
            from.add("the arrival (" + Texts.date(letter.bank().receivedOn()) + ")");
        }
        return from.size() == 1 ? from.get(0) : "the later of " + String.join(", ", from.subList(0, from.size() - 1))
                + " and " + from.get(from.size() - 1);
    }

    private static String pointLabel(CardSchemes.Point point) {
        return switch (point) {
            case EXPECTED_DELIVERY -> "Expected delivery date";
            case ACTUAL_DELIVERY -> "Actual delivery";
            case DELIVERY_ADDRESS -> "Delivery address";
            case ATTEMPT_TO_RESOLVE -> "Attempt to resolve with the seller";
            case RETURN -> "Return of the goods";
            case HOW_IT_DIFFERS -> "How it differs from the description";
        };
    }

    private String pointFact(CardSchemes.Point point) {
        return switch (point) {
            case EXPECTED_DELIVERY -> facts.expectedDelivery() == null ? "No delivery date " + CoverLetter.NOT_RECORDED
                    : Texts.date(facts.expectedDelivery());
            case ACTUAL_DELIVERY -> facts.claim() == ClaimType.NOT_RECEIVED
                    ? "Not delivered" + (facts.expectedDelivery() == null ? "" : " by that date or since")
                    + letter.trackingExhibits()
                    : letter.bank().receivedOn() == null ? "Arrival date " + CoverLetter.NOT_RECORDED
                    : "Arrived on " + Texts.date(letter.bank().receivedOn());
            case DELIVERY_ADDRESS -> CoverLetter.orNotRecorded(letter.bank().deliveryAddress())
                    + (letter.letters(EvidenceKind.RECEIPT).isEmpty() ? "" : "; order page, exhibit "
                    + letter.letters(EvidenceKind.RECEIPT));
            case ATTEMPT_TO_RESOLVE -> attempt();
            case RETURN -> returned();
            case HOW_IT_DIFFERS -> snapshot.discrepancies().isEmpty()
                    ? (snapshot.pairs().isEmpty() ? CoverLetter.NOT_RECORDED : "Shown in the listing-versus-received pages")
                    : snapshot.discrepancies().stream().map(org.casefile.domain.Discrepancy::sentence)
                    .collect(Collectors.joining("\n"));
        };
    }

    private String attempt() {
        String contacted = letter.firstContact();
        String chats = letter.letters(EvidenceKind.CHAT);
        String opened = letter.disputeOpened() == null ? "" : "; dispute opened " + letter.disputeOpened();
        if (!snapshot.sellerContactRecorded()) {
            return "Contact with the seller " + CoverLetter.NOT_RECORDED + opened;
        }
        return (contacted == null ? "See the message transcript" : "First asked " + contacted) + opened
                + (chats.isEmpty() ? "" : "; exhibit " + chats) + "; " + snapshot.messages().size()
                + " messages in the transcript";
    }

    private String returned() {
        return facts.returned() == null ? CoverLetter.NOT_RECORDED : returnText(facts.returned());
    }

    /** The return attempt in one sentence, for the certification table and the summary alike. */
    static String returnText(ReturnAttempt r) {
        return switch (r.kind()) {
            case REFUSED -> "I offered to return the goods; the seller refused the return";
            case NO_ADDRESS -> "I offered to return the goods; the seller gave no return address";
            case SENT -> "Sent back on " + Texts.date(r.sentOn()) + (r.carrier() == null ? "" : " by " + r.carrier())
                    + (r.tracking() == null ? "" : ", tracking " + r.tracking()) + "; received by the seller "
                    + (r.sellerReceivedOn() == null ? "on a date " + CoverLetter.NOT_RECORDED
                    : "on " + Texts.date(r.sellerReceivedOn()));
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
        flow.subheading("My statement");
        String text = description.strip();
        if (text.length() > STATEMENT_LIMIT) {
            String note = " [Shortened to the 3,000 characters a dispute form takes; the full account is in the case "
                    + "summary.]";
            String cut = text.substring(0, STATEMENT_LIMIT - note.length() - 1);
            int sentence = cut.lastIndexOf(". ");
            text = (sentence > STATEMENT_LIMIT / 2 ? cut.substring(0, sentence + 1) : cut + "…") + note;
        }
        flow.paragraph(text);
    }
}
