package org.casefile.domain;

import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Whether the case records that the buyer asked the seller to put it right: a "seller contacted" status, a message
 * the buyer sent, or a chat screenshot. Nothing may claim contact (the packet, a letter) when this says none.
 */
public final class SellerContact {
    private SellerContact() {
    }

    public static boolean recorded(List<StatusChange> history, List<Message> messages, List<Evidence> evidence) {
        return first(history, messages).isPresent() || evidence.stream().anyMatch(e -> e.kind() == EvidenceKind.CHAT);
    }

    /** When the buyer first reached out, from the status history or the buyer's first message; empty if neither. */
    public static Optional<LocalDateTime> first(List<StatusChange> history, List<Message> messages) {
        return Stream.concat(
                        history.stream().filter(c -> c.status() == CaseStatus.SELLER_CONTACTED).map(StatusChange::at),
                        messages.stream().filter(m -> m.author() == Author.BUYER).map(Message::at))
                .min(Comparator.naturalOrder());
    }
}
