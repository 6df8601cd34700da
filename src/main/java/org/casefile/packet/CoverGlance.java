package org.casefile.packet;

import org.casefile.domain.PacketProfile;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.casefile.domain.BankFacts;
import org.casefile.domain.CaseFacts;
import org.casefile.domain.ClaimType;
import org.casefile.domain.EvidenceKind;
import org.casefile.packet.pdf.PageFlow;

/** The cover letter's shaded box of facts a reader scans first: what is asked, the problem, the payment, delivery. */
final class CoverGlance {
    private final CoverLetter letter;
    private final CaseSnapshot snapshot;
    private final CaseFacts facts;
    private final PacketText t;

    CoverGlance(CoverLetter letter, CaseSnapshot snapshot) {
        this.letter = letter;
        this.snapshot = snapshot;
        this.facts = snapshot.facts();
        this.t = snapshot.text();
    }

    void write(PageFlow flow) throws IOException {
        List<String[]> rows = rows();
        float size = 10;
        // As wide as the language's longest label needs; a label longer still wraps rather than run into its value.
        float labelWidth = flow.labelColumn(rows.stream().map(row -> row[0]).toList(), size, 110, 150);
        float lead = PageFlow.leading(size);
        float height = 12;
        List<List<String>> wrapped = new ArrayList<>();
        List<List<String>> labels = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            // The first two rows (what is asked, the problem) are in bold, and wrapped as bold.
            List<String> lines = flow.wrap(rows.get(i)[1], size, i < 2, PageFlow.WIDTH - labelWidth - 24);
            List<String> label = flow.wrap(rows.get(i)[0], size, true, labelWidth - PageFlow.LABEL_GAP);
            wrapped.add(lines);
            labels.add(label);
            height += Math.max(lines.size(), label.size()) * lead + 3;
        }
        flow.ensure(height);
        float top = flow.y();
        flow.fill(PageFlow.MARGIN, top - height, PageFlow.WIDTH, height, PageFlow.SHADE);
        flow.fill(PageFlow.MARGIN, top - height, 3, height, PageFlow.ACCENT);
        float y = top - 8;
        for (int i = 0; i < rows.size(); i++) {
            List<String> label = labels.get(i);
            for (int j = 0; j < label.size(); j++) {
                flow.text(label.get(j), PageFlow.MARGIN + 14, y - size - j * lead, size, true, PageFlow.MUTED);
            }
            float rowTop = y;
            for (String line : wrapped.get(i)) {
                flow.text(line, PageFlow.MARGIN + 14 + labelWidth, y - size, size, i < 2, PageFlow.INK);
                y -= lead;
            }
            y = Math.min(y, rowTop - label.size() * lead) - 3;
        }
        flow.moveTo(top - height);
    }

    private List<String[]> rows() {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {t.get("glance.asking"), PacketText.capitalised(letter.asked())});
        rows.add(new String[] {t.get("glance.problem"), problemLine()});
        rows.addAll(transaction());
        rows.add(new String[] {t.get("glance.order"), t.get("glance.orderLine", facts.orderNumber(), letter.where(),
                facts.orderedOn()) + (facts.seller() == null ? "" : t.get("glance.seller", facts.seller()))});
        rows.add(new String[] {t.get("glance.deliveryAddress"), t.orNotRecorded(bank().deliveryAddress())});
        rows.add(new String[] {t.get("glance.delivery"), delivery()});
        if (snapshot.profile() == PacketProfile.CHARGEBACK) {
            rows.add(new String[] {t.get("glance.reasonCode"), letter.reasonCode()});
        }
        if (snapshot.sellerContactRecorded()) {
            String contacted = letter.firstContact();
            rows.add(new String[] {t.get("glance.sellerAsked"), contacted != null ? contacted
                    : t.get("glance.seeTranscript")});
        }
        rows.add(new String[] {t.get("glance.keyEvidence"), keyEvidence()});
        return rows;
    }

    private BankFacts bank() {
        return facts.bank();
    }

    /** A card route's reader must find the transaction: whose card, which card, what the statement shows, when. */
    private boolean cardRoute() {
        return snapshot.profile() == PacketProfile.CHARGEBACK || snapshot.profile() == PacketProfile.SECTION75;
    }

    /** The rows that let the reader find the payment: the cardholder, the card, the charge as the statement shows it. */
    private List<String[]> transaction() {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {t.get(cardRoute() ? "glance.cardholder" : "glance.buyer"),
                t.orNotRecorded(bank().buyerName())});
        String method = t.label(facts.payment());
        if (cardRoute() || facts.payment().isCard()) {
            rows.add(new String[] {t.get("glance.card"), bank().cardLast4() == null
                    ? t.get("glance.cardNoDigits", method, t.notRecorded())
                    : t.get("card.ending", method, bank().cardLast4())});
        }
        rows.add(new String[] {t.get("glance.charge"), facts.payment().isCard()
                ? t.get("glance.chargeCard", facts.paid(), facts.chargedOn(), bank().statementName() == null
                        ? "(" + t.notRecorded() + ")" : bank().statementName())
                : t.get("glance.chargeOther", facts.paid(), facts.chargedOn(), t.inSentence(method))});
        return rows;
    }

    private String problemLine() {
        String base = switch (facts.claim()) {
            case NOT_RECEIVED -> facts.expectedDelivery() == null ? t.get("problemLine.NOT_RECEIVED")
                    : t.get("problemLine.NOT_RECEIVED.due", facts.expectedDelivery());
            case NOT_AS_DESCRIBED -> t.get("problemLine.NOT_AS_DESCRIBED");
            case DAMAGED -> t.get("problemLine.DAMAGED");
        };
        if (!snapshot.discrepancies().isEmpty()) {
            base += ". " + String.join(" ", snapshot.discrepancies().stream().limit(3)
                    .map(d -> t.say(d.phrase())).toList());
        }
        return base;
    }

    private String delivery() {
        List<String> parts = new ArrayList<>();
        parts.add(facts.expectedDelivery() == null ? t.get("delivery.expectedNotRecorded", t.notRecorded())
                : t.get("delivery.expectedBy", facts.expectedDelivery()));
        if (facts.claim() == ClaimType.NOT_RECEIVED) {
            parts.add(t.get("delivery.notDelivered"));
        } else {
            parts.add(bank().receivedOn() == null ? t.get("delivery.arrivedUnknown", t.notRecorded())
                    : t.get("delivery.arrived", bank().receivedOn()));
        }
        if (facts.trackingNumber() != null) {
            parts.add(t.get("delivery.tracking", letter.tracking()));
        }
        return String.join(", ", parts);
    }

    private String keyEvidence() {
        List<String> parts = new ArrayList<>();
        if (!snapshot.pairs().isEmpty()) {
            parts.add(t.get("keyEvidence.pairs", snapshot.pairs().size(), String.join(", ", snapshot.pairs().stream()
                    .map(p -> p.listing().letter() + "/" + p.received().letter() + letter.page(p.received().letter()))
                    .toList())));
        }
        for (EvidenceKind kind : List.of(EvidenceKind.DAMAGE, EvidenceKind.LABEL, EvidenceKind.TRACKING,
                EvidenceKind.CARRIER_INQUIRY, EvidenceKind.RECEIPT, EvidenceKind.VIDEO)) {
            List<CaseSnapshot.Exhibit> ofKind = snapshot.exhibits().stream()
                    .filter(e -> e.evidence().kind() == kind).toList();
            if (!ofKind.isEmpty()) {
                String first = ofKind.get(0).letter();
                String range = ofKind.size() == 1 ? first : first + "–" + ofKind.get(ofKind.size() - 1).letter();
                parts.add(t.inSentence(t.label(kind)) + " " + range + letter.page(first));
            }
        }
        parts.add(t.get("keyEvidence.total", snapshot.exhibits().size(), snapshot.messages().size()));
        return String.join("; ", parts);
    }
}
