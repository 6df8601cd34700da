package org.casefile.app;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.casefile.domain.Deadline;
import org.casefile.domain.DeadlineState;
import org.casefile.domain.Platform;

/** One deadline of one case, ready for a to-do list or a calendar; {@code now} when it is to be done at once. */
public record AgendaItem(long caseId, Platform platform, String orderNumber, String item, Deadline deadline,
                         DeadlineState state, boolean now) {

    /** "Open the dispute on order 8123456789012 by": the words before the date. */
    public String action() {
        return now ? deadline.kind().actionNow(orderNumber) : deadline.kind().action(orderNumber);
    }

    /** "Open the dispute on order 8123456789012 by 6 Dec 2026 — 9 days left". */
    public String sentence(LocalDate today, java.util.function.Function<LocalDate, String> dateFormat) {
        long days = ChronoUnit.DAYS.between(today, deadline.date());
        String when = switch (state) {
            case MISSED -> "missed " + (-days == 1 ? "yesterday" : -days + " days ago");
            case DONE -> "done";
            default -> days == 0 ? "today" : days == 1 ? "1 day left" : days + " days left";
        };
        return action() + " " + dateFormat.apply(deadline.date()) + " — " + when;
    }
}
