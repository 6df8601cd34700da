package org.casefile.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.casefile.domain.text.AsTyped;
import org.casefile.domain.text.Phrase;

/**
 * Derives a case's deadlines from its facts and status history, so no date is typed twice. A deadline is done only
 * when the step it guards was taken (or the buyer got their money back): a lost dispute leaves the payment routes'
 * dates standing, and buyer protection counts as met only when the dispute was opened before it ended.
 */
public final class DeadlineRules {
    static final int OPEN_DISPUTE_DAYS_EARLY = 14;
    static final int SELLER_WAIT_HOURS = 48;
    /** Sellers have 5 to 7 days: the setting is the first, this many days more is the last. */
    static final int ESCALATE_GRACE_DAYS = 2;
    static final int DECISION_BUSINESS_DAYS = 10;
    static final int PAYPAL_WINDOW_DAYS = 180;
    static final int PAYPAL_ESCALATE_DAYS = 20;
    static final int CHARGEBACK_DAYS = 120;
    static final int OMBUDSMAN_WEEKS = 8;

    /** The statuses that mean a dispute was opened with the marketplace (a bank or PayPal claim is not one). */
    static final Set<CaseStatus> PLATFORM_DISPUTE = EnumSet.of(CaseStatus.DISPUTE_OPENED,
            CaseStatus.SELLER_RESPONDED, CaseStatus.ESCALATED);
    private static final Set<CaseStatus> SELLER_ANSWERED = EnumSet.of(CaseStatus.SELLER_RESPONDED,
            CaseStatus.ESCALATED);

    private DeadlineRules() {
    }

    public static List<Deadline> derive(CaseFacts facts, CaseStatus status, List<StatusChange> history) {
        return derive(facts, status, null, history, DeadlineSettings.DEFAULT);
    }

    public static List<Deadline> derive(CaseFacts facts, CaseStatus status, List<StatusChange> history,
                                        DeadlineSettings settings) {
        return derive(facts, status, null, history, settings);
    }

    public static List<Deadline> derive(CaseFacts facts, CaseStatus status, Outcome outcome,
                                        List<StatusChange> history, DeadlineSettings settings) {
        boolean finished = status.isFinished();
        boolean settled = settled(status, outcome);
        boolean externalClaim = reached(history, EnumSet.of(CaseStatus.EXTERNAL_CLAIM));
        Optional<StatusChange> disputed = firstOf(history, PLATFORM_DISPUTE);
        List<Deadline> deadlines = new ArrayList<>();

        LocalDate protectionEnds = facts.protectionEnds();
        if (protectionEnds != null) {
            boolean inTime = disputed.isPresent() && !disputed.get().at().toLocalDate().isAfter(protectionEnds);
            // Settled without a dispute: nothing was opened in time, there was just nothing left to open.
            deadlines.add(new Deadline(DeadlineKind.BUYER_PROTECTION_ENDS, protectionEnds, settled || inTime,
                    Phrase.of("Deadline.source.orderPage"), Phrase.of(inTime ? "Deadline.done.openedInTime" : "Deadline.done.settled")));
            LocalDate openBy = protectionEnds.minusDays(OPEN_DISPUTE_DAYS_EARLY);
            deadlines.add(new Deadline(DeadlineKind.OPEN_DISPUTE_BY,
                    openBy.isBefore(facts.orderedOn()) ? facts.orderedOn() : openBy, settled || inTime,
                    Phrase.of("Deadline.source.protectionEnds", new AsTyped(protectionEnds)),
                    Phrase.of(inTime ? "Deadline.done.disputeOpened" : "Deadline.done.settled")));
        }
        first(history, CaseStatus.SELLER_CONTACTED).ifPresent(contacted -> deadlines.add(new Deadline(
                DeadlineKind.SELLER_WAIT_ENDS, contacted.at().plusHours(SELLER_WAIT_HOURS).toLocalDate(),
                finished || disputed.isPresent() || externalClaim || reached(history, SELLER_ANSWERED),
                Phrase.of("Deadline.source.sellerContacted", new AsTyped(contacted.at().toLocalDate())))));
        int responseDays = settings.sellerResponseDays(facts.platform());
        first(history, CaseStatus.DISPUTE_OPENED).ifPresent(opened -> {
            LocalDate due = opened.at().toLocalDate().plusDays(responseDays);
            boolean answered = finished || reached(history, SELLER_ANSWERED);
            AsTyped openedOn = new AsTyped(opened.at().toLocalDate());
            deadlines.add(new Deadline(DeadlineKind.SELLER_RESPONSE_DUE, due, answered, Phrase.of(
                    "Deadline.source.disputeOpened", openedOn, facts.platform().phrase(), responseDays)));
            deadlines.add(new Deadline(DeadlineKind.ESCALATE_BY, due.plusDays(ESCALATE_GRACE_DAYS), answered,
                    Phrase.of("Deadline.source.disputeOpenedAtMost", openedOn, facts.platform().phrase(),
                            responseDays, responseDays + ESCALATE_GRACE_DAYS)));
        });
        first(history, CaseStatus.ESCALATED).ifPresent(escalated -> deadlines.add(new Deadline(
                DeadlineKind.DECISION_EXPECTED_BY, businessDaysAfter(escalated.at().toLocalDate(),
                DECISION_BUSINESS_DAYS), finished, Phrase.of("Deadline.source.escalated",
                new AsTyped(escalated.at().toLocalDate())))));
        if (facts.payment() == PaymentMethod.PAYPAL) {
            deadlines.add(new Deadline(DeadlineKind.PAYPAL_DISPUTE_WINDOW,
                    facts.orderedOn().plusDays(PAYPAL_WINDOW_DAYS), settled || externalClaim,
                    Phrase.of("Deadline.source.paidWithPayPal", new AsTyped(facts.orderedOn()))));
            first(history, CaseStatus.EXTERNAL_CLAIM).ifPresent(claim -> deadlines.add(new Deadline(
                    DeadlineKind.PAYPAL_ESCALATE_BY, claim.at().toLocalDate().plusDays(PAYPAL_ESCALATE_DAYS),
                    finished, Phrase.of("Deadline.source.payPalClaim", new AsTyped(claim.at().toLocalDate())))));
        }
        if (facts.payment().isCard()) {
            boolean fromDelivery = facts.expectedDelivery() != null
                    && facts.expectedDelivery().isAfter(facts.orderedOn());
            LocalDate from = fromDelivery ? facts.expectedDelivery() : facts.orderedOn();
            deadlines.add(new Deadline(DeadlineKind.CHARGEBACK_WINDOW, from.plusDays(CHARGEBACK_DAYS),
                    settled || externalClaim, fromDelivery
                    ? Phrase.of("Deadline.source.deliveryExpected", new AsTyped(from), new AsTyped(facts.orderedOn()))
                    : Phrase.of("Deadline.source.paidByCard", new AsTyped(from))));
            if ("GB".equals(facts.country())) {
                first(history, CaseStatus.EXTERNAL_CLAIM).ifPresent(claim -> deadlines.add(new Deadline(
                        DeadlineKind.OMBUDSMAN_FROM, claim.at().toLocalDate().plusWeeks(OMBUDSMAN_WEEKS),
                        settled, Phrase.of("Deadline.source.complained", new AsTyped(claim.at().toLocalDate())))));
            }
        }
        deadlines.sort(Comparator.comparing(Deadline::date).thenComparing(Deadline::kind));
        return deadlines;
    }

    /**
     * True when the buyer has what they asked for: resolved with a full refund or a replacement (or resolved with
     * no outcome recorded), or closed after such a resolution. A rejection, a partial refund or closing the case
     * without a refund leaves the payment routes open.
     */
    public static boolean settled(CaseStatus status, Outcome outcome) {
        boolean madeWhole = outcome == Outcome.FULL_REFUND || outcome == Outcome.REPLACEMENT;
        return (status == CaseStatus.RESOLVED && (outcome == null || madeWhole))
                || (status == CaseStatus.CLOSED && madeWhole);
    }

    /** The soonest deadline still to act on, today or later. */
    public static Optional<Deadline> next(List<Deadline> deadlines, LocalDate today) {
        Deadline soonest = null;
        for (Deadline d : deadlines) {
            if (!d.done() && !d.date().isBefore(today) && (soonest == null || d.date().isBefore(soonest.date()))) {
                soonest = d;
            }
        }
        return Optional.ofNullable(soonest);
    }

    /** The date {@code days} working days (Monday to Friday) after {@code start}. */
    static LocalDate businessDaysAfter(LocalDate start, int days) {
        LocalDate date = start;
        for (int left = days; left > 0; ) {
            date = date.plusDays(1);
            if (date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY) {
                left--;
            }
        }
        return date;
    }

    static boolean reached(List<StatusChange> history, Set<CaseStatus> statuses) {
        for (StatusChange change : history) {
            if (statuses.contains(change.status())) {
                return true;
            }
        }
        return false;
    }

    static Optional<StatusChange> first(List<StatusChange> history, CaseStatus status) {
        return firstOf(history, EnumSet.of(status));
    }

    // Loops, not streams, here and in next(): the window derives every case's deadlines at start (issue 19).
    static Optional<StatusChange> firstOf(List<StatusChange> history, Set<CaseStatus> statuses) {
        StatusChange earliest = null;
        for (StatusChange change : history) {
            if (statuses.contains(change.status()) && (earliest == null || change.at().isBefore(earliest.at()))) {
                earliest = change;
            }
        }
        return Optional.ofNullable(earliest);
    }

    static Deadline find(List<Deadline> deadlines, DeadlineKind kind) {
        for (Deadline deadline : deadlines) {
            if (deadline.kind() == kind) {
                return deadline;
            }
        }
        return null;
    }
}
