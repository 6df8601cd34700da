package org.casefile.app;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.casefile.domain.Case;
import org.casefile.domain.CaseSummary;
import org.casefile.domain.Deadline;
import org.casefile.domain.DeadlineRules;
import org.casefile.domain.DeadlineSettings;
import org.casefile.domain.StatusChange;
import org.casefile.domain.Urgency;
import org.casefile.store.Session;

/**
 * One pass over every case with its deadlines derived: the case list's rows and the agenda are both made from it,
 * so the window reads the library once for the two (issue 19: two full reads at start made 260 MB of garbage).
 */
final class CasePass {
    /** What is done with each case and its deadlines. */
    interface Visit {
        void accept(Case theCase, List<Deadline> deadlines);
    }

    private CasePass() {
    }

    static void everyCase(Session session, Visit visit) {
        Map<Long, List<StatusChange>> histories = session.cases().allHistories();
        DeadlineSettings settings = session.settings().deadlineSettings();
        for (Case c : session.cases().all()) {
            visit.accept(c, DeadlineRules.derive(c.facts(), c.status(), c.outcome(),
                    histories.getOrDefault(c.id(), List.of()), settings));
        }
    }

    /** The case list's row of a case. */
    static CaseSummary row(Case c, List<Deadline> deadlines, LocalDate today) {
        return new CaseSummary(c.id(), c.facts().platform(), c.facts().orderNumber(), c.facts().item(),
                c.facts().seller(), c.facts().claim(), c.status(), DeadlineRules.next(deadlines, today).orElse(null));
    }

    /** The agenda's entries of a case, added to {@code into}. */
    static void agenda(Case c, List<Deadline> deadlines, LocalDate today, List<AgendaItem> into) {
        for (Urgency.Due due : Urgency.onAgenda(deadlines, c.status(), today)) {
            into.add(new AgendaItem(c.id(), c.facts().platform(), c.facts().orderNumber(), c.facts().item(),
                    due.deadline(), due.state(), due.now()));
        }
    }
}
