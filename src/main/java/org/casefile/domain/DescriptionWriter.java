package org.casefile.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.casefile.domain.text.AsTyped;
import org.casefile.domain.text.Language;
import org.casefile.domain.text.Phrase;
import org.casefile.domain.text.Phrasebook;
import org.casefile.domain.text.RuleText;

/**
 * Drafts the specific description a mediator acts on, from the order, the claim and the discrepancy rows. The
 * buyer edits it; it only has to be a good first draft in plain words.
 */
public final class DescriptionWriter {
    /** The longest description kept, typed or from a bundle: dispute forms cut longer text. */
    public static final int MAX_LENGTH = 5000;

    private DescriptionWriter() {
    }

    /** The description as kept (stripped, null when blank), or a refusal when it is longer than dispute forms take. */
    public static String checked(String text) {
        String value = text == null || text.isBlank() ? null : text.strip();
        if (value != null && value.length() > MAX_LENGTH) {
            throw new CasefileException(Phrase.of("Description.tooLong", MAX_LENGTH));
        }
        return value;
    }

    /** The draft in English, as the command line and an English packet have always written it. */
    public static String draft(CaseFacts facts, List<Discrepancy> discrepancies, List<StatusChange> history,
                               Set<EvidenceKind> attached) {
        return draft(facts, discrepancies, history, attached, Language.ENGLISH);
    }

    /**
     * The draft in {@code language}; {@code attached} is the kinds of evidence the case holds, so the text mentions
     * only what is actually attached.
     */
    public static String draft(CaseFacts facts, List<Discrepancy> discrepancies, List<StatusChange> history,
                               Set<EvidenceKind> attached, Language language) {
        Phrasebook book = RuleText.in(language);
        StringBuilder text = new StringBuilder();
        Object orderedOn = new AsTyped(Dates.text(facts.orderedOn()));
        Object ordered = language == Language.ENGLISH ? orderedOn : facts.orderedOn();
        switch (facts.claim()) {
            case NOT_AS_DESCRIBED -> {
                text.append(book.get("Description.ordered.asListed", facts.item(), facts.orderNumber(), ordered));
                if (discrepancies.isEmpty()) {
                    text.append(book.get("Description.different"));
                } else {
                    text.append(book.get("Description.doesNotMatch"));
                    for (Discrepancy d : discrepancies) {
                        text.append("\n- ").append(book.get(d.phrase()));
                    }
                }
                boolean listing = attached.contains(EvidenceKind.LISTING);
                boolean received = attached.contains(EvidenceKind.RECEIVED) || attached.contains(EvidenceKind.DAMAGE)
                        || attached.contains(EvidenceKind.LABEL) || attached.contains(EvidenceKind.PACKAGING);
                if (listing && received) {
                    text.append('\n').append(book.get("Description.photos.listingAndArrived"));
                } else if (received) {
                    text.append('\n').append(book.get("Description.photos.arrived"));
                } else if (listing) {
                    text.append('\n').append(book.get("Description.listingAttached"));
                }
            }
            case NOT_RECEIVED -> {
                text.append(book.get("Description.ordered", facts.item(), facts.orderNumber(), ordered));
                text.append(facts.expectedDelivery() == null ? book.get("Description.notArrived")
                        : book.get("Description.notArrivedBy", language == Language.ENGLISH
                                ? new AsTyped(Dates.text(facts.expectedDelivery())) : facts.expectedDelivery()));
                if (facts.trackingNumber() != null) {
                    text.append(facts.carrier() == null
                            ? book.get("Description.tracking", facts.trackingNumber())
                            : book.get("Description.trackingWithCarrier", facts.trackingNumber(), facts.carrier()));
                }
                if (attached.contains(EvidenceKind.TRACKING)) {
                    text.append(book.get("Description.trackingAttached"));
                }
                if (attached.contains(EvidenceKind.CARRIER_INQUIRY)) {
                    text.append(book.get("Description.carrierAttached"));
                }
            }
            case DAMAGED -> {
                text.append(book.get("Description.ordered", facts.item(), facts.orderNumber(), ordered));
                text.append(book.get("Description.arrivedDamaged"));
                for (Discrepancy d : discrepancies) {
                    text.append("\n- ").append(book.get(d.damagePhrase()));
                }
                boolean damage = attached.contains(EvidenceKind.DAMAGE) || attached.contains(EvidenceKind.RECEIVED);
                boolean packaging = attached.contains(EvidenceKind.PACKAGING) || attached.contains(EvidenceKind.LABEL);
                if (damage && packaging) {
                    text.append('\n').append(book.get("Description.photos.damageAndPackaging"));
                } else if (damage) {
                    text.append('\n').append(book.get("Description.photos.damage"));
                } else if (packaging) {
                    text.append('\n').append(book.get("Description.photos.packaging"));
                }
            }
        }
        DeadlineRules.first(history, CaseStatus.SELLER_CONTACTED).ifPresent(contacted -> {
            LocalDate day = contacted.at().toLocalDate();
            text.append('\n').append(book.get("Description.sellerAsked",
                    language == Language.ENGLISH ? new AsTyped(Dates.text(day)) : day));
        });
        text.append('\n').append(book.get(ask(facts)));
        return text.toString();
    }

    /** The kinds of evidence in {@code evidence}: what {@link #draft} may say is attached. */
    public static Set<EvidenceKind> kindsOf(List<Evidence> evidence) {
        Set<EvidenceKind> kinds = java.util.EnumSet.noneOf(EvidenceKind.class);
        evidence.forEach(e -> kinds.add(e.kind()));
        return kinds;
    }

    private static Phrase ask(CaseFacts facts) {
        return switch (facts.resolution()) {
            case FULL_REFUND -> Phrase.of("Description.ask.fullRefund", new AsTyped(facts.paid()));
            case PARTIAL_REFUND -> Phrase.of("Description.ask.partialRefund", new AsTyped(facts.refundAsked()));
            case REPLACEMENT -> Phrase.of("Description.ask.replacement");
            case RETURN_AND_REFUND -> Phrase.of("Description.ask.returnAndRefund", new AsTyped(facts.paid()));
        };
    }
}
