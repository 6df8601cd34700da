package org.casefile.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.casefile.LibraryTestBase;
import org.casefile.TestCases;
import org.casefile.domain.Case;
import org.casefile.domain.CaseStatus;
import org.casefile.domain.CaseSummary;
import org.casefile.domain.Deadline;
import org.casefile.domain.DeadlineRules;
import org.casefile.domain.DeadlineSettings;
import org.casefile.domain.DeadlineState;
import org.casefile.domain.Outcome;
import org.casefile.domain.Urgency;
import org.junit.jupiter.api.Test;

/** The lean start-up read gives what reading every case whole gives: the same rows, deadlines and agenda. */
class CasePassTest extends LibraryTestBase {

    @Test
    void theLeanReadGivesTheSameRowsNextDeadlinesAndAgendaAsTheWholeRead() {
        Services services = Services.of(library, TestCases.CLOCK);
        List<Long> ids = services.samples().add(240, 0);
        // Gaps in the ids, and cases changed after they were made, so the histories walk has rows to skip and to add.
        for (int i = 0; i < ids.size(); i += 17) {
            cases.delete(ids.get(i));
        }
        cases.changeStatus(ids.get(3), CaseStatus.RESOLVED, Outcome.FULL_REFUND, null, "refunded in full");
        cases.changeStatus(ids.get(5), CaseStatus.RESOLVED, Outcome.REJECTED, null, null);
        cases.changeStatus(ids.get(6), CaseStatus.CLOSED, null, null, null);
        cases.changeStatus(ids.get(7), CaseStatus.EXTERNAL_CLAIM, null, null, "asked the bank");
        long last = cases.create(TestCases.ssd("after-the-samples")).id();

        LocalDate today = LocalDate.now(TestCases.CLOCK);
        List<CaseSummary> rows = new ArrayList<>();
        List<AgendaItem> agenda = new ArrayList<>();
        wholeRead(today, rows, agenda);
        agenda.sort(Comparator.comparing((AgendaItem i) -> i.deadline().date()).thenComparing(i -> i.deadline().kind())
                .thenComparing(AgendaItem::caseId));

        assertThat(rows).as("the library is varied").hasSizeGreaterThan(200)
                .extracting(CaseSummary::id).contains(last).doesNotContain(ids.get(0));
        assertThat(rows).filteredOn(r -> r.nextDeadline() != null).hasSizeGreaterThan(20);
        assertThat(rows).filteredOn(r -> r.nextDeadline() == null).isNotEmpty();
        assertThat(rows.stream().map(CaseSummary::status).distinct().count()).isGreaterThanOrEqualTo(6);
        assertThat(agenda).extracting(AgendaItem::state).contains(DeadlineState.MISSED, DeadlineState.UPCOMING);

        AgendaService agendaService = new AgendaService(library.database(), TestCases.CLOCK);
        AgendaService.Board board = agendaService.board(agenda.size());
        assertThat(board.cases()).isEqualTo(rows);
        assertThat(cases.list()).isEqualTo(rows);
        assertThat(agendaService.pending()).isEqualTo(agenda);
        assertThat(board.agenda().dueSoon())
                .isEqualTo(agenda.stream().filter(i -> i.state() == DeadlineState.DUE_SOON).toList());
    }

    /** Every case read whole with its whole history, each on its own: what the lean read must match. */
    private void wholeRead(LocalDate today, List<CaseSummary> rows, List<AgendaItem> agenda) {
        library.database().read(session -> {
            DeadlineSettings settings = session.settings().deadlineSettings();
            for (Case c : session.cases().all()) {
                List<Deadline> deadlines = DeadlineRules.derive(c.facts(), c.status(), c.outcome(),
                        session.cases().history(c.id()), settings);
                rows.add(new CaseSummary(c.id(), c.facts().platform(), c.facts().orderNumber(), c.facts().item(),
                        c.facts().seller(), c.facts().claim(), c.status(),
                        DeadlineRules.next(deadlines, today).orElse(null)));
                for (Urgency.Due due : Urgency.onAgenda(deadlines, c.status(), today)) {
                    agenda.add(new AgendaItem(c.id(), c.facts().platform(), c.facts().orderNumber(),
                            c.facts().item(), due.deadline(), due.state(), due.now()));
                }
            }
            return null;
        });
    }
}
