package org.casefile.domain;

import java.util.ArrayList;
import java.util.List;

/** What a mediator looks at for each kind of claim: present or missing in this case, with how to get it. */
public final class Checklist {
    private Checklist() {
    }

    public record Item(String what, boolean present, String tip) {
    }

    public static List<Item> forCase(CaseFacts facts, List<Evidence> evidence, List<Message> messages,
                                     List<StatusChange> history) {
        List<Item> items = new ArrayList<>();
        switch (facts.claim()) {
            case NOT_RECEIVED -> {
                items.add(item("Tracking page showing the last status", has(evidence, EvidenceKind.TRACKING),
                        "Screenshot the carrier's tracking page, with the date of the last update."));
                items.add(item("Carrier inquiry reference", has(evidence, EvidenceKind.CARRIER_INQUIRY),
                        carrierInquiryTip(facts)));
                items.add(item("Order page with your delivery address", has(evidence, EvidenceKind.RECEIPT),
                        "Screenshot the order page so the address and the expected delivery date show."));
            }
            case NOT_AS_DESCRIBED -> {
                items.add(item("Screenshot of the listing", has(evidence, EvidenceKind.LISTING),
                        "Save the listing now, before the seller changes it: title, photos, the specification."));
                items.add(item("Photos of what arrived", has(evidence, EvidenceKind.RECEIVED),
                        "Photograph the item so the difference is plain: size, colour, capacity, model."));
                items.add(item("Photo of the labels on the item or box", has(evidence, EvidenceKind.LABEL),
                        "Labels and model stickers prove what was really sent."));
                items.add(item("Listing and what arrived, to show side by side",
                        has(evidence, EvidenceKind.LISTING) && has(evidence, EvidenceKind.RECEIVED),
                        "A listing photo next to the same view of what arrived convinces fastest."));
            }
            case DAMAGED -> {
                long angles = evidence.stream().filter(e -> e.kind() == EvidenceKind.DAMAGE).count();
                items.add(item("The damage from several angles (" + angles + " of 3)", angles >= 3,
                        "Take at least three photos: close up, from a distance, and from the side."));
                items.add(item("The packaging it came in", has(evidence, EvidenceKind.PACKAGING),
                        "Photograph the box and the parcel, ideally before opening it; keep them."));
                // A clip counts wherever it was filed: an unboxing video is often put with what arrived.
                items.add(item("A short video, for electronics", has(evidence, EvidenceKind.VIDEO)
                                || evidence.stream().anyMatch(Evidence::isVideo),
                        "For a device, film it being switched on and failing: under three minutes."));
            }
        }
        boolean askedFirst = history.stream().anyMatch(c -> c.status() == CaseStatus.SELLER_CONTACTED)
                || messages.stream().anyMatch(m -> m.author() == Author.BUYER)
                || has(evidence, EvidenceKind.CHAT);
        items.add(item("Messages showing you asked the seller first", askedFirst,
                "Paste the chat with the seller: mediators check you gave them a chance to put it right."));
        return items;
    }

    private static Item item(String what, boolean present, String tip) {
        return new Item(what, present, tip);
    }

    private static boolean has(List<Evidence> evidence, EvidenceKind kind) {
        return evidence.stream().anyMatch(e -> e.kind() == kind);
    }

    /**
     * Where to ask for a trace: the inquiry page of the buyer's national post (the four the dispute guide names),
     * otherwise the carrier. Canada Post's reference takes days, and the dispute wants it: get it first.
     */
    static String carrierInquiryTip(CaseFacts facts) {
        String country = facts.country() == null ? "" : facts.country();
        return switch (country) {
            case "US" -> "File a Missing Mail search on usps.com (USPS) and keep the case number it gives you.";
            case "GB" -> "Report a lost or delayed item on royalmail.com (Royal Mail) and keep the enquiry "
                    + "reference.";
            case "CA" -> "Report a problem with a parcel on canadapost.ca (Canada Post) and get the inquiry "
                    + "reference before you open the dispute: the dispute asks for it.";
            case "AU" -> "Report a lost or delayed item on auspost.com.au (Australia Post) and keep the enquiry "
                    + "reference.";
            default -> "Ask " + (facts.carrier() != null ? facts.carrier() : "the carrier") + " to trace the parcel "
                    + "and keep the reference they give you.";
        };
    }
}
