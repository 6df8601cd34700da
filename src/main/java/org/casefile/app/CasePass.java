package org.casefile.app;

import java.time.LocalDate;
import java.util.List;
import org.casefile.domain.CaseFacts;
import org.casefile.domain.CaseStatus;
import org.casefile.domain.CaseSummary;
import org.casefile.domain.Deadline;
import org.casefile.domain.DeadlineRules;
import org.casefile.domain.DeadlineSettings;
import org.casefile.domain.Urgency;
import org.casefile.store.Session;

/**
 * One pass over every case with its deadlines derived: the case list's rows and the agenda are both made from it,
 * so the window reads the library once for the two (issue 19: two full reads at start made 260 MB of garbage).
 * The pass reads only the columns the rows and deadlines need, case by case, and holds no list of whole cases.
 */
final class CasePass {
    /** A case as the pass sees it: its facts carry only what the rows and the deadlines need. */
    record Listed(long id, CaseFacts facts, CaseStatus status) {
    }

    /** What is done with each case and its deadlines. */
    interface Visit {
        void accept(Listed theCase, List<Deadline> deadlines);
    }

    private CasePass() {
    }

    static void everyCase(Session session, Visit visit) {
        DeadlineSettings settings = session.settings().deadlineSettings();
        session.cases().eachForList((id, facts, status, outcome, history) -> visit.accept(
                new Listed(id, facts, status), DeadlineRules.derive(facts, status, outcome, history, settings)));
    }

    /** The case list's row of a case. */
    static CaseSummary row(Listed c, List<Deadline> deadlines, LocalDate today) {
        return new CaseSummary(c.id(), c.facts().platform(), c.facts().orderNumber(), c.facts().item(),
                c.facts().seller(), c.facts().claim(), c.status(), DeadlineRules.next(deadlines, today).orElse(null));
    }

    /** The agenda's entries of a case, added to {@code into}. */
    static void agenda(Listed c, List<Deadline> deadlines, LocalDate today, List<AgendaItem> into) {
        for (Urgency.Due due : Urgency.onAgenda(deadlines, c.status(), today)) {
            into.add(new AgendaItem(c.id(), c.facts().platform(), c.facts().orderNumber(), c.facts().item(),
                    due.deadline(), due.state(), due.now()));
        }
    }
}
