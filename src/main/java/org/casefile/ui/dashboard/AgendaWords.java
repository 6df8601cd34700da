package org.casefile.ui.dashboard;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.casefile.app.AgendaItem;
import org.casefile.domain.DeadlineKind;
import org.casefile.ui.common.Dates;
import org.casefile.ui.common.Words;

/** A deadline of the to-do list in the window's language: "Open the dispute on order … by 6 Dec 2026 — 9 days left". */
final class AgendaWords {
    private AgendaWords() {
    }

    static String sentence(AgendaItem item, LocalDate today) {
        DeadlineKind kind = item.deadline().kind();
        String action = Words.get(item.now() ? kind.actionNowPhrase(item.orderNumber())
                : kind.actionPhrase(item.orderNumber()));
        long days = ChronoUnit.DAYS.between(today, item.deadline().date());
        String when = switch (item.state()) {
            case MISSED -> Words.get("dashboard.missed", -days);
            case DONE -> Words.get("dashboard.done");
            default -> Words.get("dashboard.left", days);
        };
        return Words.get("dashboard.sentence", action, Dates.day(item.deadline().date()), when);
    }
}
