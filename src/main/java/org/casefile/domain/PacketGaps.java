package org.casefile.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * What a packet for one route would leave unsaid or open to doubt, listed before export so the buyer can fill it in:
 * the facts a card issuer needs to find the transaction and that the schemes ask the cardholder to certify, seller
 * messages a reader cannot read, and pictures of "what arrived" taken before the order.
 */
public final class PacketGaps {
    private PacketGaps() {
    }

    public static List<String> of(RouteKind route, CaseFacts facts, List<Message> messages, List<Evidence> evidence) {
        List<String> gaps = new ArrayList<>();
        BankFacts bank = facts.bank();
        boolean card = route == RouteKind.CHARGEBACK || route == RouteKind.SECTION75;
        boolean arrived = facts.claim() != ClaimType.NOT_RECEIVED;
        if (card) {
            if (bank.buyerName() == null) {
                gaps.add("The cardholder's name is not recorded (edit the case: cardholder name).");
            }
            if (bank.cardLast4() == null) {
                gaps.add("The card's last four digits are not recorded.");
            }
            if (bank.statementName() == null) {
                gaps.add("The merchant's name as the card statement shows it is not recorded.");
            }
        }
        if (bank.deliveryAddress() == null && (card || !arrived)) {
            gaps.add("The delivery address is not recorded.");
        }
        if (route == RouteKind.CHARGEBACK && facts.expectedDelivery() == null) {
            gaps.add("The expected delivery date is not recorded (the schemes ask for it).");
        }
        if (card && arrived && bank.receivedOn() == null) {
            gaps.add("The date the parcel arrived is not recorded.");
        }
        if (route == RouteKind.CHARGEBACK && arrived && facts.returned() == null) {
            gaps.add("No return attempt is recorded: say when the item was sent back, or that the seller refused "
                    + "the return or gave no address.");
        }
        for (Message m : messages) {
            if (m.author() != Author.BUYER && m.translation() == null && Scripts.needsTranslation(m.text())) {
                gaps.add("The " + m.author().label().toLowerCase() + "'s message of " + Dates.text(m.at().toLocalDate())
                        + " is in another script and has no translation.");
            }
        }
        for (Evidence e : evidence) {
            if (EvidenceDates.takenBeforeOrder(e, facts)) {
                gaps.add(e.originalName() + " (" + e.kind().label().toLowerCase() + ") was taken "
                        + Dates.text(e.capturedAt().toLocalDate()) + ", before the order.");
            }
        }
        return gaps;
    }
}
