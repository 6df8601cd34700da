package org.casefile.packet;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.casefile.domain.CardSchemes;
import org.casefile.domain.CaseFacts;
import org.casefile.domain.CaseStatus;
import org.casefile.domain.ClaimType;
import org.casefile.domain.Deadline;
import org.casefile.domain.DeadlineKind;
import org.casefile.domain.EvidenceKind;
import org.casefile.domain.PacketProfile;
import org.casefile.domain.PaymentMethod;
import org.casefile.domain.RouteRules;
import org.casefile.domain.Platform;
import org.casefile.domain.ReturnAttempt;
import org.casefile.domain.StatusChange;
import org.casefile.packet.pdf.PageFlow;
import org.casefile.packet.pdf.Texts;

/**
 * Page one: what happened, what is asked and on what basis, written for the reader of this route (the card issuer, a
 * PayPal or marketplace agent), so a stranger understands the claim before turning the page.
 */
final class CoverLetter {
    private final CaseSnapshot snapshot;
    private final CaseFacts facts;

    private final java.util.Map<String, Integer> pages;

    /** {@code pages} (exhibit letter → page) lets the reader go straight to each proof; empty on a first pass. */
    private final boolean reserve;

    /**
     * {@code pages} (exhibit letter → page) lets the reader go straight to each proof; a dry run ({@code reserve})
     * does not know them yet and keeps room for them, so both runs wrap the page the same way.
     */
    CoverLetter(CaseSnapshot snapshot, java.util.Map<String, Integer> pages, boolean reserve) {
        this.snapshot = snapshot;
        this.facts = snapshot.facts();
        this.pages = pages;
        this.reserve = reserve;
    }

    private String page(String letter) {
        if (reserve) {
            return " p. 00";
        }
        Integer page = pages.get(letter);
        return page == null ? "" : " p. " + page;
    }

    String heading() {
        return switch (snapshot.profile()) {
            case SECTION75 -> "Section 75 claim: " + problem();
            case CHARGEBACK -> "Chargeback request: " + problem();
            case PAYPAL -> "PayPal claim: " + paypalReason();
            case PLATFORM -> where() + " dispute: " + problem();
        };
    }

    private String problem() {
        return switch (facts.claim()) {
            case NOT_RECEIVED -> "item not received";
            case NOT_AS_DESCRIBED -> "item not as described";
            case DAMAGED -> "item arrived damaged";
        };
    }

    private String paypalReason() {
        return facts.claim() == ClaimType.NOT_RECEIVED ? "Item Not Received" : "Significantly Not as Described";
    }

    private String where() {
        return facts.platform() == Platform.OTHER ? "Marketplace" : facts.platform().label();
    }

    void write(PageFlow flow) throws IOException {
        flow.newPage();
        flow.markSection();
        flow.text(heading(), PageFlow.MARGIN, flow.y() - 20, 20, true, PageFlow.ACCENT);
        flow.down(30);
        flow.paragraph(facts.item(), 12, false, PageFlow.INK, 0);
        flow.paragraph(where() + " order " + facts.orderNumber() + "  ·  " + facts.paid() + "  ·  prepared "
                + Texts.date(snapshot.date()), 10, false, PageFlow.MUTED, 0);
        flow.down(8);
        glance(flow);
        flow.down(10);
        letter(flow);
    }

    /** The shaded box of facts a reader scans first. */
    private void glance(PageFlow flow) throws IOException {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"Asking for", asked()});
        rows.add(new String[] {"The problem", problemLine()});
        rows.addAll(transaction());
        rows.add(new String[] {"Order", facts.orderNumber() + " on " + where() + ", placed " + Texts.date(facts.orderedOn())
                + (facts.seller() == null ? "" : ", seller " + facts.seller())});
        rows.add(new String[] {"Delivery address", orNotRecorded(bank().deliveryAddress())});
        rows.add(new String[] {"Delivery", delivery()});
        if (snapshot.profile() == PacketProfile.CHARGEBACK) {
            rows.add(new String[] {"Reason code", reasonCode()});
        }
        if (snapshot.sellerContactRecorded()) {
            String contacted = firstContact();
            rows.add(new String[] {"Seller asked first", contacted != null ? contacted : "see the message transcript"});
        }
        rows.add(new String[] {"Key evidence", keyEvidence()});
        float labelWidth = 110;
        float size = 10;
        float lead = PageFlow.leading(size);
        float height = 12;
        List<List<String>> wrapped = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            // The first two rows (what is asked, the problem) are in bold, and wrapped as bold.
            List<String> lines = flow.wrap(rows.get(i)[1], size, i < 2, PageFlow.WIDTH - labelWidth - 24);
            wrapped.add(lines);
            height += lines.size() * lead + 3;
        }
        flow.ensure(height);
        float top = flow.y();
        flow.fill(PageFlow.MARGIN, top - height, PageFlow.WIDTH, height, PageFlow.SHADE);
        flow.fill(PageFlow.MARGIN, top - height, 3, height, PageFlow.ACCENT);
        float y = top - 8;
        for (int i = 0; i < rows.size(); i++) {
            flow.text(rows.get(i)[0], PageFlow.MARGIN + 14, y - size, size, true, PageFlow.MUTED);
            for (String line : wrapped.get(i)) {
                flow.text(line, PageFlow.MARGIN + 14 + labelWidth, y - size, size, i < 2, PageFlow.INK);
                y -= lead;
            }
            y -= 3;
        }
        flow.moveTo(top - height);
    }

    static final String NOT_RECORDED = "not recorded";

    org.casefile.domain.BankFacts bank() {
        return facts.bank();
    }

    static String orNotRecorded(String value) {
        return value == null || value.isBlank() ? NOT_RECORDED : value;
    }

    /** A card route's reader must find the transaction: whose card, which card, what the statement shows, when. */
    private boolean cardRoute() {
        return snapshot.profile() == PacketProfile.CHARGEBACK || snapshot.profile() == PacketProfile.SECTION75;
    }

    /** The rows that let the reader find the payment: the cardholder, the card, the charge as the statement shows it. */
    private List<String[]> transaction() {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {cardRoute() ? "Cardholder" : "Buyer", orNotRecorded(bank().buyerName())});
        if (cardRoute() || facts.payment().isCard()) {
            rows.add(new String[] {"Card", bank().cardLast4() == null ? facts.payment().label() + ", last four digits "
                    + NOT_RECORDED : facts.payment().label() + " ending " + bank().cardLast4()});
        }
        rows.add(new String[] {"Charge", facts.paid() + " on " + Texts.date(facts.chargedOn())
                + (facts.payment().isCard() ? ", shown on the statement as " + (bank().statementName() == null
                ? "(" + NOT_RECORDED + ")" : bank().statementName()) : " by " + facts.payment().label().toLowerCase())});
        return rows;
    }

    String asked() {
        return switch (facts.resolution()) {
            case FULL_REFUND -> "A full refund of " + facts.paid();
            case PARTIAL_REFUND -> "A partial refund of " + facts.refundAsked();
            case REPLACEMENT -> "A replacement that matches the listing, at the seller's cost";
            case RETURN_AND_REFUND -> "A full refund of " + facts.paid() + " on return of the item, at the seller's cost";
        };
    }

    private String problemLine() {
        String base = switch (facts.claim()) {
            case NOT_RECEIVED -> "The item never arrived"
                    + (facts.expectedDelivery() == null ? "" : " (due by " + Texts.date(facts.expectedDelivery()) + ")");
            case NOT_AS_DESCRIBED -> "What arrived is not what the listing described";
            case DAMAGED -> "The item arrived damaged";
        };
        if (!snapshot.discrepancies().isEmpty()) {
            base += ". " + snapshot.discrepancies().stream().limit(3).map(org.casefile.domain.Discrepancy::sentence)
                    .collect(Collectors.joining(" "));
        }
        return base;
    }

    private String delivery() {
        List<String> parts = new ArrayList<>();
        parts.add(facts.expectedDelivery() == null ? "expected delivery date " + NOT_RECORDED
                : "expected by " + Texts.date(facts.expectedDelivery()));
        if (facts.claim() == ClaimType.NOT_RECEIVED) {
            parts.add("not delivered");
        } else {
            parts.add("arrived " + (bank().receivedOn() == null ? "(date " + NOT_RECORDED + ")"
                    : Texts.date(bank().receivedOn())));
        }
        if (facts.trackingNumber() != null) {
            parts.add("tracking " + facts.trackingNumber() + (facts.carrier() == null ? "" : " (" + facts.carrier() + ")"));
        }
        return String.join(", ", parts);
    }

    String reasonCode() {
        return facts.claim() == ClaimType.NOT_RECEIVED
                ? "Visa 13.1 Merchandise/Services Not Received; Mastercard 4853 Cardholder Dispute (goods not provided)"
                : "Visa 13.3 Not as Described or Defective Merchandise; Mastercard 4853 Cardholder Dispute "
                        + "(not as described / defective)";
    }

    /** When the buyer first asked the seller to put it right, from the status history or the first message. */
    String firstContact() {
        StatusChange contacted = snapshot.history().stream().filter(c -> c.status() == CaseStatus.SELLER_CONTACTED)
                .findFirst().orElse(null);
        if (contacted != null) {
            return Texts.time(contacted.at());
        }
        return snapshot.messages().stream().map(CaseSnapshot.MessageView::message)
                .filter(m -> m.author() == org.casefile.domain.Author.BUYER).findFirst()
                .map(m -> Texts.time(m.at()) + " (message in the transcript)").orElse(null);
    }

    String disputeOpened() {
        return snapshot.history().stream().filter(c -> c.status() == CaseStatus.DISPUTE_OPENED).findFirst()
                .map(c -> Texts.date(c.at().toLocalDate())).orElse(null);
    }

    private String keyEvidence() {
        List<String> parts = new ArrayList<>();
        if (!snapshot.pairs().isEmpty()) {
            parts.add(snapshot.pairs().size() + " listing-versus-received comparison" + (snapshot.pairs().size() == 1
                    ? "" : "s") + " (" + snapshot.pairs().stream().map(p -> p.listing().letter() + "/"
                    + p.received().letter() + page(p.received().letter())).collect(Collectors.joining(", ")) + ")");
        }
        for (EvidenceKind kind : List.of(EvidenceKind.DAMAGE, EvidenceKind.LABEL, EvidenceKind.TRACKING,
                EvidenceKind.CARRIER_INQUIRY, EvidenceKind.RECEIPT, EvidenceKind.VIDEO)) {
            List<CaseSnapshot.Exhibit> ofKind = snapshot.exhibits().stream()
                    .filter(e -> e.evidence().kind() == kind).toList();
            if (!ofKind.isEmpty()) {
                String first = ofKind.get(0).letter();
                String range = ofKind.size() == 1 ? first : first + "–" + ofKind.get(ofKind.size() - 1).letter();
                parts.add(kind.label().toLowerCase() + " " + range + page(first));
            }
        }
        parts.add(snapshot.exhibits().size() + " exhibits in all, " + snapshot.messages().size() + " messages");
        return String.join("; ", parts);
    }

    String letters(EvidenceKind kind) {
        return snapshot.exhibits().stream().filter(e -> e.evidence().kind() == kind).map(CaseSnapshot.Exhibit::letter)
                .collect(Collectors.joining(", "));
    }

    private void letter(PageFlow flow) throws IOException {
        flow.paragraph(addressee(), 10, true, PageFlow.INK, 0);
        flow.down(4);
        for (String paragraph : body()) {
            flow.paragraph(paragraph);
        }
        if (snapshot.profile() == PacketProfile.CHARGEBACK) {
            new CardholderCertification(this, snapshot).write(flow);
        }
        flow.paragraph("The exhibits (A, B, C…) are listed on the exhibit index with what each proves; their SHA-256 "
                + "fingerprints are in the appendix. My full account is in the case summary; my declaration is on "
                + "the last page.", 9, false, PageFlow.MUTED, 0);
    }

    private String addressee() {
        return switch (snapshot.profile()) {
            case SECTION75 -> "To the card issuer's claims team";
            case CHARGEBACK -> "To the card issuer's disputes team";
            case PAYPAL -> "To PayPal's Resolution Centre";
            case PLATFORM -> "To the " + where() + " dispute team";
        };
    }

    List<String> body() {
        List<String> text = new ArrayList<>();
        String order = "order " + facts.orderNumber() + " on " + where() + " (" + facts.item() + "), placed on "
                + Texts.date(facts.orderedOn()) + " for " + facts.paid();
        switch (snapshot.profile()) {
            case SECTION75 -> {
                text.add(claimant() + " claim under section 75 of the Consumer Credit Act 1974 for " + order
                        + ", which I paid for with my credit card" + cardEnding() + ". Section 75 makes the card "
                        + "issuer jointly and equally "
                        + "liable with the seller for a breach of contract or misrepresentation, where the cash price of "
                        + "the item is over £100 and not more than £30,000.");
                text.add(breach());
                String scope = section75Scope();
                if (!scope.isEmpty()) {
                    text.add(scope);
                }
                text.add("I ask you to refund " + refundAmount() + ". " + contact("I tried to resolve this with")
                        + "The evidence is attached. If the claim is not resolved within eight weeks I may "
                        + "refer it to the Financial Ombudsman Service.");
            }
            case CHARGEBACK -> {
                text.add("I dispute the charge of " + facts.paid() + " on my " + (facts.payment().isCard()
                        ? facts.payment().label().toLowerCase() : "card") + cardEnding() + " on "
                        + Texts.date(facts.chargedOn()) + statementAs() + ", for " + order
                        + ", and ask you to raise a chargeback under " + reasonCode() + ".");
                text.add(breach());
                text.add(contact("I tried to resolve this with") + "I ask for " + asked()
                        .substring(0, 1).toLowerCase() + asked().substring(1) + ". I certify the points below, each with "
                        + "the exhibit that shows it.");
            }
            case PAYPAL -> {
                String claim = (facts.claim() == ClaimType.NOT_RECEIVED ? "an " : "a ") + paypalReason() + " claim";
                text.add(facts.payment() == PaymentMethod.PAYPAL
                        ? "I paid for " + order + " with PayPal and open " + claim + " under PayPal Buyer Protection."
                        : "I open " + claim + " for " + order + ".");
                text.add(breach());
                Deadline window = deadline(DeadlineKind.PAYPAL_DISPUTE_WINDOW);
                text.add(contact("I contacted") + "I ask for " + asked().substring(0, 1)
                        .toLowerCase() + asked().substring(1) + "." + (window == null ? ""
                        : " The 180-day claim window runs to " + Texts.date(window.date()) + "."));
            }
            case PLATFORM -> {
                text.add("I open a dispute on " + order + " under " + where() + "'s buyer protection.");
                text.add(breach());
                Deadline protection = deadline(DeadlineKind.BUYER_PROTECTION_ENDS);
                text.add(contact("I contacted") + "I ask for " + asked().substring(0, 1)
                        .toLowerCase() + asked().substring(1) + "." + (protection == null ? ""
                        : " Buyer protection on this order runs to " + Texts.date(protection.date()) + "."));
            }
        }
        return text;
    }

    /** "I, Sam Taylor, the card issuer's customer," names who claims; without a name, the customer still does. */
    private String claimant() {
        return bank().buyerName() == null ? "As the card issuer's customer, I"
                : "I, " + bank().buyerName() + ", the card issuer's customer and cardholder,";
    }

    private String cardEnding() {
        return bank().cardLast4() == null ? "" : " ending " + bank().cardLast4();
    }

    private String statementAs() {
        return bank().statementName() == null ? "" : " (shown on my statement as " + bank().statementName() + ")";
    }

    private String breach() {
        return switch (facts.claim()) {
            case NOT_RECEIVED -> "The item was never delivered to me" + (bank().deliveryAddress() == null ? ""
                    : " at " + bank().deliveryAddress())
                    + (facts.expectedDelivery() == null ? "" : "; it was due by " + Texts.date(facts.expectedDelivery()))
                    + (facts.trackingNumber() == null ? "." : ". Tracking number " + facts.trackingNumber()
                    + (facts.carrier() == null ? "" : " (" + facts.carrier() + ")") + " does not show it delivered "
                    + "to me" + trackingExhibits() + ".");
            case NOT_AS_DESCRIBED -> "What arrived is not what the listing described" + discrepancyText()
                    + (snapshot.pairs().isEmpty() ? "." : ". The listing and what arrived are shown side by side in "
                    + "the comparison pages.");
            case DAMAGED -> "The item arrived damaged and cannot be used as intended" + discrepancyText()
                    + ". Photos of the damage and the packaging are attached.";
        };
    }

    String trackingExhibits() {
        String letters = letters(EvidenceKind.TRACKING);
        return letters.isEmpty() ? "" : " (exhibit " + letters + ")";
    }

    private String discrepancyText() {
        if (snapshot.discrepancies().isEmpty()) {
            return "";
        }
        return ". " + snapshot.discrepancies().stream().map(org.casefile.domain.Discrepancy::sentence)
                .collect(Collectors.joining(" ")).replaceAll("\\.$", "");
    }

    /**
     * "I contacted the seller first on …" only when the case records contact; otherwise only what it does record
     * (the dispute), so the packet never states to a bank what the buyer cannot show.
     */
    private String contact(String verb) {
        if (snapshot.sellerContactRecorded()) {
            return verb + " the seller first" + since() + ". ";
        }
        String disputed = disputeOpened();
        return disputed == null ? "" : "I opened a dispute on " + where() + " on " + disputed + ". ";
    }

    private String since() {
        String contacted = firstContact();
        String disputed = disputeOpened();
        String text = contacted == null ? "" : " on " + contacted.replace(" (message in the transcript)", "");
        if (disputed != null) {
            text += " and opened a dispute on " + where() + " on " + disputed;
        }
        return text;
    }

    private String refundAmount() {
        return facts.refundAsked() != null ? facts.refundAsked().toString() : facts.paid().toString();
    }

    /**
     * States the price band when the price is in pounds and inside it; a price in another currency is said plainly.
     * A case outside section 75 is stopped before export (or sent knowingly), so the letter does not argue against
     * itself.
     */
    private String section75Scope() {
        if (!facts.paid().currency().getCurrencyCode().equals("GBP")) {
            return "The price was paid in " + facts.paid().currency().getCurrencyCode() + "; section 75 looks at "
                    + "the cash price in pounds on the day of purchase.";
        }
        return RouteRules.withinSection75Band(facts.paid()) ? "The cash price, " + facts.paid()
                + ", is within that band." : "";
    }

    private Deadline deadline(DeadlineKind kind) {
        return snapshot.deadlines().stream().filter(d -> d.kind() == kind).findFirst().orElse(null);
    }
}
