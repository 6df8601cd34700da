package org.casefile.domain;

import java.util.ArrayList;
import java.util.List;
import org.casefile.domain.text.Phrase;
import org.casefile.domain.text.RuleText;

/**
 * What a packet for one route would leave unsaid or open to doubt, listed before export so the buyer can fill it in:
 * the facts a card issuer needs to find the transaction and that the schemes ask the cardholder to certify, seller
 * messages a reader cannot read, and pictures of "what arrived" taken before the order.
 */
public final class PacketGaps {
    private PacketGaps() {
    }

    /** The gaps in English, as the command line lists them. */
    public static List<String> of(RouteKind route, CaseFacts facts, List<Message> messages, List<Evidence> evidence) {
        return phrases(route, facts, messages, evidence).stream().map(RuleText::english).toList();
    }

    public static List<Phrase> phrases(RouteKind route, CaseFacts facts, List<Message> messages,
                                       List<Evidence> evidence) {
        List<Phrase> gaps = new ArrayList<>();
        BankFacts bank = facts.bank();
        boolean card = route == RouteKind.CHARGEBACK || route == RouteKind.SECTION75;
        boolean arrived = facts.claim() != ClaimType.NOT_RECEIVED;
        if (card) {
            if (bank.buyerName() == null) {
                gaps.add(Phrase.of("PacketGaps.buyerName"));
            }
            if (bank.cardLast4() == null) {
                gaps.add(Phrase.of("PacketGaps.cardLast4"));
            }
            if (bank.statementName() == null) {
                gaps.add(Phrase.of("PacketGaps.statementName"));
            }
        }
        if (bank.deliveryAddress() == null && (card || !arrived)) {
            gaps.add(Phrase.of("PacketGaps.deliveryAddress"));
        }
        if (route == RouteKind.CHARGEBACK && facts.expectedDelivery() == null) {
            gaps.add(Phrase.of("PacketGaps.expectedDelivery"));
        }
        if (card && arrived && bank.receivedOn() == null) {
            gaps.add(Phrase.of("PacketGaps.receivedOn"));
        }
        if (route == RouteKind.CHARGEBACK && arrived && facts.returned() == null) {
            gaps.add(Phrase.of("PacketGaps.returnAttempt"));
        }
        for (Message m : messages) {
            if (m.author() != Author.BUYER && m.translation() == null && Scripts.needsTranslation(m.text())) {
                gaps.add(Phrase.of("PacketGaps.untranslated", m.author().inline(), m.at().toLocalDate()));
            }
        }
        for (Evidence e : evidence) {
            if (EvidenceDates.takenBeforeOrder(e, facts)) {
                gaps.add(Phrase.of("PacketGaps.takenBeforeOrder", e.originalName(), e.kind().inline(),
                        e.capturedAt().toLocalDate()));
            }
        }
        return gaps;
    }
}
