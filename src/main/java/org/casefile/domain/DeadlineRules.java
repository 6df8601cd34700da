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
        return derive(facts, status, history, DeadlineSettings.DEFAULT);
    }

    public static List<Deadline> derive(CaseFacts facts, CaseStatus status, List<StatusChange> history,
                                        DeadlineSettings settings) {
        boolean finished = status.isFinished();
        boolean disputeStarted = reached(history, DISPUTE_STARTED);
        boolean externalClaim = reached(history, EnumSet.of(CaseStatus.EXTERNAL_CLAIM));
        List<Deadline> deadlines = new ArrayList<>();

        LocalDate protectionEnds = facts.protectionEnds();
        if (protectionEnds != null) {
            deadlines.add(new Deadline(DeadlineKind.BUYER_PROTECTION_ENDS, protectionEnds,
                    finished || disputeStarted, "You entered it from the order page."));
            LocalDate openBy = protectionEnds.minusDays(OPEN_DISPUTE_DAYS_EARLY);
            deadlines.add(new Deadline(DeadlineKind.OPEN_DISPUTE_BY,
                    openBy.isBefore(facts.orderedOn()) ? facts.orderedOn() : openBy, finished || disputeStarted,
                    "Buyer protection ends on " + protectionEnds + "."));
        }
        first(history, CaseStatus.SELLER_CONTACTED).ifPresent(contacted -> deadlines.add(new Deadline(
                DeadlineKind.SELLER_WAIT_ENDS, contacted.at().plusHours(SELLER_WAIT_HOURS).toLocalDate(),
                finished || disputeStarted || reached(history, SELLER_ANSWERED),
                "You contacted the seller on " + contacted.at().toLocalDate() + ".")));
        int responseDays = settings.sellerResponseDays(facts.platform());
        first(history, CaseStatus.DISPUTE_OPENED).ifPresent(opened -> deadlines.add(new Deadline(
                DeadlineKind.SELLER_RESPONSE_DUE, opened.at().toLocalDate().plusDays(responseDays),
                finished || reached(history, SELLER_ANSWERED), "You opened the dispute on "
                + opened.at().toLocalDate() + "; " + facts.platform().label() + " sellers have " + responseDays
                + " days.")));
        if (facts.payment() == PaymentMethod.PAYPAL) {
            deadlines.add(new Deadline(DeadlineKind.PAYPAL_DISPUTE_WINDOW,
                    facts.orderedOn().plusDays(PAYPAL_WINDOW_DAYS), finished || externalClaim,
                    "You paid with PayPal on " + facts.orderedOn() + "."));
            first(history, CaseStatus.EXTERNAL_CLAIM).ifPresent(claim -> deadlines.add(new Deadline(
                    DeadlineKind.PAYPAL_ESCALATE_BY, claim.at().toLocalDate().plusDays(PAYPAL_ESCALATE_DAYS),
                    finished, "You opened the PayPal claim on " + claim.at().toLocalDate() + ".")));
        }
        if (facts.payment().isCard()) {
            boolean fromDelivery = facts.expectedDelivery() != null
                    && facts.expectedDelivery().isAfter(facts.orderedOn());
            LocalDate from = fromDelivery ? facts.expectedDelivery() : facts.orderedOn();
            deadlines.add(new Deadline(DeadlineKind.CHARGEBACK_WINDOW, from.plusDays(CHARGEBACK_DAYS),
                    finished || externalClaim, fromDelivery
                    ? "Delivery was expected on " + from + ", after you paid by card on " + facts.orderedOn() + "."
                    : "You paid by card on " + from + "."));
            if ("GB".equals(facts.country())) {
                first(history, CaseStatus.EXTERNAL_CLAIM).ifPresent(claim -> deadlines.add(new Deadline(
                        DeadlineKind.OMBUDSMAN_FROM, claim.at().toLocalDate().plusWeeks(OMBUDSMAN_WEEKS),
                        finished, "You complained to your card issuer on " + claim.at().toLocalDate() + ".")));
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

    static boolean reached(List<StatusChange> history, Set<CaseStatus> statuses) {
        return history.stream().anyMatch(change -> statuses.contains(change.status()));
    }

    static Optional<StatusChange> first(List<StatusChange> history, CaseStatus status) {
        return history.stream().filter(change -> change.status() == status)
                .min(Comparator.comparing(StatusChange::at));
    }
}
