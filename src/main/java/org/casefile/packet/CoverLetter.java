package org.casefile.packet;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.casefile.domain.BankFacts;
import org.casefile.domain.CaseFacts;
import org.casefile.domain.CaseStatus;
import org.casefile.domain.ClaimType;
import org.casefile.domain.Deadline;
import org.casefile.domain.DeadlineKind;
import org.casefile.domain.EvidenceKind;
import org.casefile.domain.PacketProfile;
import org.casefile.domain.PaymentMethod;
import org.casefile.domain.Platform;
import org.casefile.domain.RouteRules;
import org.casefile.domain.StatusChange;
import org.casefile.packet.pdf.PageFlow;

/**
 * Page one: what happened, what is asked and on what basis, written for the reader of this route (the card issuer, a
 * PayPal or marketplace agent), so a stranger understands the claim before turning the page. Every word comes from
 * the packet's bundles in the packet's language; the Section 75 letter's own sentences ({@code s75.*}) are English
 * only, as the letter is.
 */
final class CoverLetter {
    private final CaseSnapshot snapshot;
    private final CaseFacts facts;
    private final PacketText t;
    private final Map<String, Integer> pages;
    private final boolean reserve;

    /**
     * {@code pages} (exhibit letter → page) lets the reader go straight to each proof; a dry run ({@code reserve})
     * does not know them yet and keeps room for them, so both runs wrap the page the same way.
     */
    CoverLetter(CaseSnapshot snapshot, Map<String, Integer> pages, boolean reserve) {
        this.snapshot = snapshot;
        this.facts = snapshot.facts();
        this.t = snapshot.text();
        this.pages = pages;
        this.reserve = reserve;
    }

    /** " p. 4" after an exhibit's letter, where its page is known. */
    String page(String letter) {
        if (reserve) {
            return " " + t.get("page", "00");
        }
        Integer page = pages.get(letter);
        return page == null ? "" : " " + t.get("page", String.valueOf(page));
    }

    String heading() {
        return switch (snapshot.profile()) {
            case SECTION75 -> t.get("s75.heading", problem());
            case CHARGEBACK -> t.get("heading.CHARGEBACK", problem());
            case PAYPAL -> t.get("heading.PAYPAL", t.get(paypalKey("paypal.reason")));
            case PLATFORM -> t.get("heading.PLATFORM", where(), problem());
        };
    }

    private String problem() {
        return t.get("problem." + facts.claim().name());
    }

    /** PayPal's own two claim names: Item Not Received, Significantly Not as Described. */
    private String paypalKey(String prefix) {
        return prefix + (facts.claim() == ClaimType.NOT_RECEIVED ? ".NOT_RECEIVED" : ".SNAD");
    }

    String where() {
        return facts.platform() == Platform.OTHER ? t.get("marketplace") : t.label(facts.platform());
    }

    void write(PageFlow flow) throws IOException {
        flow.newPage();
        flow.markSection();
        // A long heading (German, French) wraps rather than running off the page.
        List<String> lines = flow.wrap(heading(), 20, true, PageFlow.WIDTH);
        for (int i = 0; i < lines.size(); i++) {
            flow.text(lines.get(i), PageFlow.MARGIN, flow.y() - 20, 20, true, PageFlow.ACCENT);
            flow.down(i == lines.size() - 1 ? 30 : 25);
        }
        flow.paragraph(facts.item(), 12, false, PageFlow.INK, 0);
        flow.paragraph(t.get("cover.subline", where(), facts.orderNumber(), facts.paid(), snapshot.date()), 10, false,
                PageFlow.MUTED, 0);
        flow.down(8);
        new CoverGlance(this, snapshot).write(flow);
        flow.down(10);
        letter(flow);
    }

    BankFacts bank() {
        return facts.bank();
    }

    /** What is asked, inside a sentence ("a full refund of 89,99 €"); the glance box capitalises it. */
    String asked() {
        return switch (facts.resolution()) {
            case FULL_REFUND -> t.get("asked.FULL_REFUND", facts.paid());
            case PARTIAL_REFUND -> t.get("asked.PARTIAL_REFUND", facts.refundAsked());
            case REPLACEMENT -> t.get("asked.REPLACEMENT");
            case RETURN_AND_REFUND -> t.get("asked.RETURN_AND_REFUND", facts.paid());
        };
    }

    String reasonCode() {
        return t.get(facts.claim() == ClaimType.NOT_RECEIVED ? "reasonCode.NOT_RECEIVED" : "reasonCode.OTHER");
    }

    /** "JD01 (Royal Mail)": the tracking number and, when known, the carrier. */
    String tracking() {
        return facts.trackingNumber() + (facts.carrier() == null ? "" : " (" + facts.carrier() + ")");
    }

    /** When the buyer first asked the seller to put it right, from the status history or the first message. */
    String firstContact() {
        StatusChange contacted = contactedStatus();
        if (contacted != null) {
            return t.time(contacted.at());
        }
        String first = firstContactTime();
        return first == null ? null : t.get("firstContact.message", first);
    }

    /** The moment of first contact alone, for a sentence. */
    private String firstContactTime() {
        StatusChange contacted = contactedStatus();
        if (contacted != null) {
            return t.time(contacted.at());
        }
        return snapshot.messages().stream().map(CaseSnapshot.MessageView::message)
                .filter(m -> m.author() == org.casefile.domain.Author.BUYER).findFirst()
                .map(m -> t.time(m.at())).orElse(null);
    }

    private StatusChange contactedStatus() {
        return snapshot.history().stream().filter(c -> c.status() == CaseStatus.SELLER_CONTACTED).findFirst()
                .orElse(null);
    }

    String disputeOpened() {
        return snapshot.history().stream().filter(c -> c.status() == CaseStatus.DISPUTE_OPENED).findFirst()
                .map(c -> t.date(c.at().toLocalDate())).orElse(null);
    }

    String letters(EvidenceKind kind) {
        return String.join(", ", snapshot.exhibits().stream().filter(e -> e.evidence().kind() == kind)
                .map(CaseSnapshot.Exhibit::letter).toList());
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
        flow.paragraph(t.get("letter.closing"), 9, false, PageFlow.MUTED, 0);
    }

    private String addressee() {
        return switch (snapshot.profile()) {
            case SECTION75 -> t.get("s75.addressee");
            case CHARGEBACK -> t.get("addressee.CHARGEBACK");
            case PAYPAL -> t.get("addressee.PAYPAL");
            case PLATFORM -> t.get("addressee.PLATFORM", where());
        };
    }

    List<String> body() {
        List<String> text = new ArrayList<>();
        String order = t.get("body.order", facts.orderNumber(), where(), facts.item(), facts.orderedOn(),
                facts.paid());
        switch (snapshot.profile()) {
            case SECTION75 -> {
                text.add(t.get(bank().buyerName() == null ? "s75.claim" : "s75.claimNamed", order, cardEnding(),
                        bank().buyerName()));
                text.add(breach());
                String scope = section75Scope();
                if (!scope.isEmpty()) {
                    text.add(scope);
                }
                text.add(sentences(t.get("s75.refund", refundAmount()), contact("contact.tried"),
                        t.get("s75.ombudsman")));
            }
            case CHARGEBACK -> {
                String card = facts.payment().isCard() ? t.inSentence(t.label(facts.payment())) : t.get("card");
                text.add(t.get("body.chargeback", facts.paid(), card + cardEnding(), facts.chargedOn(),
                        bank().statementName() == null ? "" : " " + t.get("body.statementAs", bank().statementName()),
                        order, reasonCode()));
                text.add(breach());
                text.add(sentences(contact("contact.tried"), t.get("body.ask", asked()), t.get("body.certify")));
            }
            case PAYPAL -> {
                String claim = t.get(paypalKey("paypal.claim"));
                text.add(facts.payment() == PaymentMethod.PAYPAL ? t.get("body.paypal.paid", order, claim)
                        : t.get("body.paypal.open", claim, order));
                text.add(breach());
                Deadline window = deadline(DeadlineKind.PAYPAL_DISPUTE_WINDOW);
                text.add(sentences(contact("contact.contacted"), t.get("body.ask", asked()),
                        window == null ? "" : t.get("body.paypal.window", window.date())));
            }
            case PLATFORM -> {
                text.add(t.get("body.platform.open", order, where()));
                text.add(breach());
                Deadline protection = deadline(DeadlineKind.BUYER_PROTECTION_ENDS);
                text.add(sentences(contact("contact.contacted"), t.get("body.ask", asked()),
                        protection == null ? "" : t.get("body.platform.protection", protection.date())));
            }
        }
        return text;
    }

    /** Sentences joined with a space, the empty ones left out. */
    private static String sentences(String... parts) {
        return String.join(" ", java.util.Arrays.stream(parts).filter(p -> !p.isEmpty()).toList());
    }

    /** " ending 1234" after the card's name, or nothing. */
    private String cardEnding() {
        return bank().cardLast4() == null ? "" : " " + t.get("card.endingShort", bank().cardLast4());
    }

    private String breach() {
        return switch (facts.claim()) {
            case NOT_RECEIVED -> sentences(bank().deliveryAddress() == null ? t.get("breach.notReceived")
                    : t.get("breach.notReceivedAt", bank().deliveryAddress()),
                    facts.expectedDelivery() == null ? "" : t.get("breach.due", facts.expectedDelivery()),
                    facts.trackingNumber() == null ? "" : letters(EvidenceKind.TRACKING).isEmpty()
                            ? t.get("breach.tracking", tracking())
                            : t.get("breach.trackingExhibit", tracking(), letters(EvidenceKind.TRACKING)));
            case NOT_AS_DESCRIBED -> sentences(t.get("breach.notAsDescribed"), discrepancyText(),
                    snapshot.pairs().isEmpty() ? "" : t.get("breach.sideBySide"));
            case DAMAGED -> sentences(t.get("breach.damaged"), discrepancyText(), t.get("breach.photos"));
        };
    }

    /** " (exhibit C, D)" after a statement the tracking exhibits prove, or nothing. */
    String trackingExhibits() {
        String letters = letters(EvidenceKind.TRACKING);
        return letters.isEmpty() ? "" : " (" + t.get("exhibitLower", letters) + ")";
    }

    /** The discrepancies as the domain words them, in the letter's language. */
    private String discrepancyText() {
        return String.join(" ", snapshot.discrepancies().stream().map(d -> t.say(d.phrase())).toList());
    }

    /**
     * "I contacted the seller first on …" only when the case records contact; otherwise only what it does record
     * (the dispute), so the packet never states to a bank what the buyer cannot show.
     */
    private String contact(String key) {
        String disputed = disputeOpened();
        if (snapshot.sellerContactRecorded()) {
            String contacted = firstContactTime();
            String since = sentencesWithSpace(contacted == null ? "" : t.get("since.on", contacted),
                    disputed == null ? "" : t.get("since.dispute", where(), disputed));
            return t.get(key, since);
        }
        return disputed == null ? "" : t.get("contact.disputeOnly", where(), disputed);
    }

    /** " on 2 Oct 2026, 10:00 and opened a dispute…": the parts each after a space, or nothing. */
    private static String sentencesWithSpace(String... parts) {
        String joined = sentences(parts);
        return joined.isEmpty() ? "" : " " + joined;
    }

    private String refundAmount() {
        return t.money(facts.refundAsked() != null ? facts.refundAsked() : facts.paid());
    }

    /**
     * States the price band when the price is in pounds and inside it; a price in another currency is said plainly.
     * A case outside section 75 is stopped before export (or sent knowingly), so the letter does not argue against
     * itself.
     */
    private String section75Scope() {
        if (!facts.paid().currency().getCurrencyCode().equals("GBP")) {
            return t.get("s75.currency", facts.paid().currency().getCurrencyCode());
        }
        return RouteRules.withinSection75Band(facts.paid()) ? t.get("s75.band", facts.paid()) : "";
    }

    private Deadline deadline(DeadlineKind kind) {
        return snapshot.deadlines().stream().filter(d -> d.kind() == kind).findFirst().orElse(null);
    }
}
