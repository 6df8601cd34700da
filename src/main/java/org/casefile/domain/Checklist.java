package org.casefile.domain;

import java.util.ArrayList;
import java.util.List;
import org.casefile.domain.text.Phrase;
import org.casefile.domain.text.RuleText;

/** What a mediator looks at for each kind of claim: present or missing in this case, with how to get it. */
public final class Checklist {
    private Checklist() {
    }

    /** One thing a mediator looks at; {@link #what()} and {@link #tip()} are the English words. */
    public record Item(Phrase whatPhrase, boolean present, Phrase tipPhrase) {
        public String what() {
            return RuleText.english(whatPhrase);
        }

        public String tip() {
            return RuleText.english(tipPhrase);
        }
    }

    public static List<Item> forCase(CaseFacts facts, List<Evidence> evidence, List<Message> messages,
                                     List<StatusChange> history) {
        List<Item> items = new ArrayList<>();
        switch (facts.claim()) {
            case NOT_RECEIVED -> {
                items.add(item("tracking", has(evidence, EvidenceKind.TRACKING)));
                items.add(new Item(Phrase.of("Checklist.carrierInquiry"), has(evidence, EvidenceKind.CARRIER_INQUIRY),
                        carrierInquiryTipPhrase(facts)));
                items.add(item("orderPage", has(evidence, EvidenceKind.RECEIPT)));
            }
            case NOT_AS_DESCRIBED -> {
                items.add(item("listing", has(evidence, EvidenceKind.LISTING)));
                items.add(item("received", has(evidence, EvidenceKind.RECEIVED)));
                items.add(item("labels", has(evidence, EvidenceKind.LABEL)));
                items.add(item("sideBySide",
                        has(evidence, EvidenceKind.LISTING) && has(evidence, EvidenceKind.RECEIVED)));
            }
            case DAMAGED -> {
                long angles = evidence.stream().filter(e -> e.kind() == EvidenceKind.DAMAGE).count();
                items.add(new Item(Phrase.of("Checklist.damage", angles), angles >= 3, Phrase.of("Checklist.damage.tip")));
                items.add(item("packaging", has(evidence, EvidenceKind.PACKAGING)));
                // A clip counts wherever it was filed: an unboxing video is often put with what arrived.
                items.add(item("video", has(evidence, EvidenceKind.VIDEO)
                        || evidence.stream().anyMatch(Evidence::isVideo)));
            }
        }
        boolean askedFirst = history.stream().anyMatch(c -> c.status() == CaseStatus.SELLER_CONTACTED)
                || messages.stream().anyMatch(m -> m.author() == Author.BUYER)
                || has(evidence, EvidenceKind.CHAT);
        items.add(item("askedFirst", askedFirst));
        return items;
    }

    /** An item whose bundle keys are "Checklist.<name>" and "Checklist.<name>.tip". */
    private static Item item(String name, boolean present) {
        return new Item(Phrase.of("Checklist." + name), present, Phrase.of("Checklist." + name + ".tip"));
    }

    private static boolean has(List<Evidence> evidence, EvidenceKind kind) {
        return evidence.stream().anyMatch(e -> e.kind() == kind);
    }

    /**
     * Where to ask for a trace: the inquiry page of the buyer's national post (the four the dispute guide names),
     * otherwise the carrier. Canada Post's reference takes days, and the dispute wants it: get it first.
     */
    static String carrierInquiryTip(CaseFacts facts) {
        return RuleText.english(carrierInquiryTipPhrase(facts));
    }

    static Phrase carrierInquiryTipPhrase(CaseFacts facts) {
        String country = facts.country() == null ? "" : facts.country();
        return switch (country) {
            case "US", "GB", "CA", "AU" -> Phrase.of("Checklist.carrierInquiry.tip." + country);
            default -> facts.carrier() != null ? Phrase.of("Checklist.carrierInquiry.tip.carrier", facts.carrier())
                    : Phrase.of("Checklist.carrierInquiry.tip.anyCarrier");
        };
    }
}
