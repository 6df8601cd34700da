package org.casefile.domain;

import java.util.Set;

/**
 * A picture filed as what arrived (received, damage, packaging) whose camera says it was taken before the order
 * cannot show this order's goods: an old photo, or one from the internet. It is flagged, never hidden.
 */
public final class EvidenceDates {
    private static final Set<EvidenceKind> WHAT_ARRIVED = Set.of(EvidenceKind.RECEIVED, EvidenceKind.DAMAGE,
            EvidenceKind.PACKAGING);

    private EvidenceDates() {
    }

    public static boolean takenBeforeOrder(Evidence item, CaseFacts facts) {
        return takenBeforeOrder(item.kind(), item.capturedAt(), facts);
    }

    public static boolean takenBeforeOrder(EvidenceKind kind, java.time.LocalDateTime capturedAt, CaseFacts facts) {
        return capturedAt != null && WHAT_ARRIVED.contains(kind)
                && capturedAt.toLocalDate().isBefore(facts.orderedOn());
    }
}
