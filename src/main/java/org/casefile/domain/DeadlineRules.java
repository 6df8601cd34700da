package org.casefile.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Derives a case's deadlines from its facts and status history, so no date is typed twice. */
public final class DeadlineRules {
    static final int OPEN_DISPUTE_DAYS_EARLY = 14;
    static final int SELLER_WAIT_HOURS = 48;
    static final int SELLER_RESPONSE_DAYS = 5;
    static final int PAYPAL_WINDOW_DAYS = 180;
    static final int PAYPAL_ESCALATE_DAYS = 20;
    static final int CHARGEBACK_DAYS = 120;
    static final int OMBUDSMAN_WEEKS = 8;

    private static final Set<CaseStatus> DISPUTE_STARTED = EnumSet.of(CaseStatus.DISPUTE_OPENED,
            CaseStatus.SELLER_RESPONDED, CaseStatus.ESCALATED, CaseStatus.EXTERNAL_CLAIM);
    private static final Set<CaseStatus> SELLER_ANSWERED = EnumSet.of(CaseStatus.SELLER_RESPONDED,
            CaseStatus.ESCALATED);

    private DeadlineRules() {
    }

    public static List<Deadline> derive(CaseFacts facts, CaseStatus status, List<StatusChange> history) {
        boolean finished = status.isFinished();
        boolean disputeStarted = reached(history, DISPUTE_STARTED);
        boolean externalClaim = reached(history, EnumSet.of(CaseStatus.EXTERNAL_CLAIM));
        List<Deadline> deadlines = new ArrayList<>();

        if (facts.protectionEnds() != null) {
            deadlines.add(new Deadline(DeadlineKind.BUYER_PROTECTION_ENDS, facts.protectionEnds(),
                    finished || disputeStarted));
            LocalDate openBy = facts.protectionEnds().minusDays(OPEN_DISPUTE_DAYS_EARLY);
            deadlines.add(new Deadline(DeadlineKind.OPEN_DISPUTE_BY,
                    openBy.isBefore(facts.orderedOn()) ? facts.orderedOn() : openBy, finished || disputeStarted));
        }
        first(history, CaseStatus.SELLER_CONTACTED).ifPresent(contacted -> deadlines.add(new Deadline(
                DeadlineKind.SELLER_WAIT_ENDS, contacted.at().plusHours(SELLER_WAIT_HOURS).toLocalDate(),
                finished || disputeStarted || reached(history, SELLER_ANSWERED))));
        first(history, CaseStatus.DISPUTE_OPENED).ifPresent(opened -> deadlines.add(new Deadline(
                DeadlineKind.SELLER_RESPONSE_DUE, opened.at().toLocalDate().plusDays(SELLER_RESPONSE_DAYS),
                finished || reached(history, SELLER_ANSWERED))));
        if (facts.payment() == PaymentMethod.PAYPAL) {
            deadlines.add(new Deadline(DeadlineKind.PAYPAL_DISPUTE_WINDOW,
                    facts.orderedOn().plusDays(PAYPAL_WINDOW_DAYS), finished || externalClaim));
            first(history, CaseStatus.EXTERNAL_CLAIM).ifPresent(claim -> deadlines.add(new Deadline(
                    DeadlineKind.PAYPAL_ESCALATE_BY, claim.at().toLocalDate().plusDays(PAYPAL_ESCALATE_DAYS),
                    finished)));
        }
        if (facts.payment().isCard()) {
            LocalDate from = facts.expectedDelivery() != null && facts.expectedDelivery().isAfter(facts.orderedOn())
                    ? facts.expectedDelivery() : facts.orderedOn();
            deadlines.add(new Deadline(DeadlineKind.CHARGEBACK_WINDOW, from.plusDays(CHARGEBACK_DAYS),
                    finished || externalClaim));
            if ("GB".equals(facts.country())) {
                first(history, CaseStatus.EXTERNAL_CLAIM).ifPresent(claim -> deadlines.add(new Deadline(
                        DeadlineKind.OMBUDSMAN_FROM, claim.at().toLocalDate().plusWeeks(OMBUDSMAN_WEEKS),
                        finished)));
            }
        }
        deadlines.sort(Comparator.comparing(Deadline::date).thenComparing(Deadline::kind));
        return deadlines;
    }

    /** The soonest deadline still to act on, today or later. */
    public static Optional<Deadline> next(List<Deadline> deadlines, LocalDate today) {
        return deadlines.stream()
                .filter(d -> !d.done() && !d.date().isBefore(today))
                .min(Comparator.comparing(Deadline::date));
    }

    private static boolean reached(List<StatusChange> history, Set<CaseStatus> statuses) {
        return history.stream().anyMatch(change -> statuses.contains(change.status()));
    }

    private static Optional<StatusChange> first(List<StatusChange> history, CaseStatus status) {
        return history.stream().filter(change -> change.status() == status)
                .min(Comparator.comparing(StatusChange::at));
    }
}
