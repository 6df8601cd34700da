package org.casefile.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.casefile.LibraryTestBase;
import org.casefile.TestCases;
import org.casefile.app.AgendaService;
import org.casefile.domain.CaseStatus;
import org.casefile.domain.DeadlineKind;
import org.casefile.domain.DeadlineSettings;
import org.casefile.domain.Platform;
import org.casefile.ui.common.DirectExecutor;
import org.junit.jupiter.api.Test;

class DashboardViewModelTest extends LibraryTestBase {

    @Test
    void listsWhatNeedsDoingAndFollowsTheSettings() {
        long id = cases.create(TestCases.ssd("8123456789012")).id();
        AgendaService agenda = new AgendaService(library.database(), TestCases.CLOCK);
        DashboardViewModel model = new DashboardViewModel(agenda, new DirectExecutor());
        model.refresh();
        assertThat(model.items()).extracting(i -> i.deadline().kind()).startsWith(DeadlineKind.OPEN_DISPUTE_BY);
        assertThat(model.items().get(0).sentence(model.today(), Object::toString))
                .isEqualTo("Open the dispute on order 8123456789012 now: buyer protection ends 2026-12-10 — 14 days left");

        cases.changeStatus(id, CaseStatus.DISPUTE_OPENED, null, null, null);
        model.saveSettings(new DeadlineSettings(Map.of(Platform.ALIEXPRESS, 2)), model::refresh);
        assertThat(model.items()).extracting(i -> i.deadline().kind()).startsWith(DeadlineKind.SELLER_RESPONSE_DUE);
        assertThat(model.items().get(0).deadline().date()).isEqualTo("2026-11-28");
        assertThat(model.noticeProperty().get()).isEqualTo("Deadline settings saved.");
    }

    @Test
    void exportsTheCalendarAndSaysWhatItWrote() {
        long first = cases.create(TestCases.ssd("1")).id();
        cases.create(TestCases.ssd("2"));
        DashboardViewModel model = new DashboardViewModel(new AgendaService(library.database(), TestCases.CLOCK),
                new DirectExecutor());
        List<Integer> written = new ArrayList<>();
        model.exportCalendar(dir.resolve("all.ics"), null, written::add);
        model.exportCalendar(dir.resolve("one.ics"), first, written::add);
        assertThat(written).containsExactly(4, 2); // each: open the dispute now (by protection's end), chargeback
        assertThat(dir.resolve("one.ics")).exists();
        assertThat(model.noticeProperty().get()).startsWith("Saved 2 deadlines to one.ics.");
    }
}
