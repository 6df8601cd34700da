package org.casefile.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What Visa (13.1 not received, 13.3 not as described) and Mastercard (4853 cardholder dispute) ask of a chargeback:
 * the points the cardholder certifies, and the waits the schemes set before and after filing. Source: the schemes'
 * dispute rules as summarised in DESIGN.md (found 2026-12): file within 120 days (540 at most from the transaction);
 * wait 15 days after a return; with no delivery date, wait 15 days after the order (Visa) or 30 (Mastercard).
 */
public final class CardSchemes {
    static final int FILING_DAYS = 120;
    static final int LATEST_DAYS = 540;
    static final int AFTER_RETURN_DAYS = 15;
    static final int NO_DATE_VISA_DAYS = 15;
    static final int NO_DATE_MASTERCARD_DAYS = 30;

    private CardSchemes() {
    }

    /** A point the cardholder certifies. */
    public enum Point {
        EXPECTED_DELIVERY, ACTUAL_DELIVERY, DELIVERY_ADDRESS, ATTEMPT_TO_RESOLVE, RETURN, HOW_IT_DIFFERS
    }

    /** The points for this claim: goods that never came have no return and no difference to describe. */
    public static List<Point> points(ClaimType claim) {
        return claim == ClaimType.NOT_RECEIVED
                ? List.of(Point.EXPECTED_DELIVERY, Point.ACTUAL_DELIVERY, Point.DELIVERY_ADDRESS,
                        Point.ATTEMPT_TO_RESOLVE)
                : List.of(Point.EXPECTED_DELIVERY, Point.ACTUAL_DELIVERY, Point.DELIVERY_ADDRESS,
                        Point.ATTEMPT_TO_RESOLVE, Point.RETURN, Point.HOW_IT_DIFFERS);
    }

    /**
     * The dates the schemes set for this case. {@code returnWaitEnds}: 15 days after the goods were sent back (null
     * without a return); {@code visaWaitEnds} / {@code mastercardWaitEnds}: with no delivery date promised for goods
     * that never came, the order date + 15 / + 30 (null otherwise); {@code fileBy}: 120 days from the later of the
     * charge, the promised delivery and (for goods that came) their arrival, but never past {@code latest}, 540 days
     * from the charge.
     */
    public record Waits(LocalDate returnWaitEnds, LocalDate visaWaitEnds, LocalDate mastercardWaitEnds,
                        LocalDate fileBy, LocalDate latest) {

        /** The first day a chargeback can be filed under both schemes (null when nothing makes the bank wait). */
        public LocalDate earliestFiling() {
            LocalDate earliest = null;
            for (LocalDate d : new LocalDate[] {returnWaitEnds, visaWaitEnds, mastercardWaitEnds}) {
                if (d != null && (earliest == null || d.isAfter(earliest))) {
                    earliest = d;
                }
            }
            return earliest;
        }
    }

    public static Waits waits(CaseFacts facts) {
        ReturnAttempt returned = facts.returned();
        LocalDate returnWait = returned != null && returned.sentOn() != null
                ? returned.sentOn().plusDays(AFTER_RETURN_DAYS) : null;
        boolean noDate = facts.claim() == ClaimType.NOT_RECEIVED && facts.expectedDelivery() == null;
        LocalDate visa = noDate ? facts.orderedOn().plusDays(NO_DATE_VISA_DAYS) : null;
        LocalDate mastercard = noDate ? facts.orderedOn().plusDays(NO_DATE_MASTERCARD_DAYS) : null;
        LocalDate charged = facts.chargedOn();
        List<LocalDate> starts = new ArrayList<>(List.of(charged));
        if (facts.expectedDelivery() != null) {
            starts.add(facts.expectedDelivery());
        }
        if (facts.claim() != ClaimType.NOT_RECEIVED && facts.bank().receivedOn() != null) {
            starts.add(facts.bank().receivedOn());
        }
        LocalDate start = starts.stream().max(LocalDate::compareTo).orElseThrow();
        LocalDate latest = charged.plusDays(LATEST_DAYS);
        LocalDate fileBy = start.plusDays(FILING_DAYS);
        return new Waits(returnWait, visa, mastercard, fileBy.isAfter(latest) ? latest : fileBy, latest);
    }
}
