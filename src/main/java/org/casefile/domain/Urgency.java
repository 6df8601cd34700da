package org.casefile.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.casefile.domain.text.Phrase;

/**
 * The one rule of urgency the next step, the home view's to-do list and the due-soon reminder share: once buyer
 * protection ends within two weeks (the open-by date has come) and no dispute was opened in time, the dispute is to
 * be opened now, whatever the seller says or promises.
 */
public final class Urgency {
    private Urgency() {
    }

    /** A deadline on the to-do list, with how it stands today; {@code now} when it is to be done at once. */
    public record Due(Deadline deadline, DeadlineState state, boolean now) {
    }

    /** True from the open-by date until buyer protection ends, while no dispute has been opened in time. */
    public static boolean openDisputeNow(List<Deadline> deadlines, LocalDate today) {
        Deadline protection = DeadlineRules.find(deadlines, DeadlineKind.BUYER_PROTECTION_ENDS);
        Deadline openBy = DeadlineRules.find(deadlines, DeadlineKind.OPEN_DISPUTE_BY);
        return protection != null && openBy != null && !protection.done() && !today.isAfter(protection.date())
                && !today.isBefore(openBy.date());
    }

    /**
     * What of one case belongs on the to-do list today, for the home view, the reminder, {@code deadlines} and the
     * calendar file. A finished case keeps only the dates of its payment routes (PayPal, the card issuer, the
     * Ombudsman): they are what is left after the marketplace said no. Once it is time to open the dispute now, "open
     * the dispute by" stands at the last day, buyer protection's end, and is due now rather than "missed"; it says
     * when protection ends, so that date is not listed twice.
     */
    public static List<Due> onAgenda(List<Deadline> deadlines, CaseStatus status, LocalDate today) {
        boolean now = !status.isFinished() && openDisputeNow(deadlines, today);
        Deadline protection = DeadlineRules.find(deadlines, DeadlineKind.BUYER_PROTECTION_ENDS);
        List<Due> due = new ArrayList<>();
        for (Deadline d : deadlines) {
            if (status.isFinished() && !d.kind().isPaymentRoute()) {
                continue;
            }
            if (now && d.kind() == DeadlineKind.BUYER_PROTECTION_ENDS) {
                continue;
            }
            if (now && d.kind() == DeadlineKind.OPEN_DISPUTE_BY) {
                due.add(new Due(new Deadline(d.kind(), protection.date(), false,
                        Phrase.of("Deadline.source.openNow", d.sourcePhrase())), DeadlineState.DUE_SOON, true));
                continue;
            }
            DeadlineState state = d.state(today);
            if (state != DeadlineState.DONE) {
                due.add(new Due(d, state, false));
            }
        }
        return due;
    }
}
