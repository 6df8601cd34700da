package org.casefile.app;

import static org.assertj.core.api.Assertions.assertThat;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;
import org.casefile.LibraryTestBase;
import org.casefile.TestCases;
import org.casefile.domain.CaseFactsInput;
import org.casefile.domain.CaseStatus;
import org.casefile.domain.DeadlineKind;
import org.casefile.domain.DeadlineState;
import org.junit.jupiter.api.Test;

class AgendaTest extends LibraryTestBase {

    private AgendaService agenda() {
        return new AgendaService(library.database(), TestCases.CLOCK);
    }

    private long caseWithProtectionEnding(String order, String ends) {
        var in = TestCases.ssd(order);
        return cases.create(new CaseFactsInput(in.platform(), in.orderNumber(), in.seller(), in.item(),
                in.listingUrl(), "2026-09-01", in.paid(), in.payment(), in.country(), in.trackingNumber(),
                in.carrier(), "2026-09-20", ends, in.claim(), null, null)).id();
    }

    @Test
    void needsActionListsOpenCasesSoonestFirstWithMissedOnesMarked() {
        long soon = caseWithProtectionEnding("1", "2026-12-12");      // open-dispute-by 28 Nov: due soon
        long later = caseWithProtectionEnding("2", "2027-01-31");     // open-dispute-by 17 Jan
        long now = caseWithProtectionEnding("3", "2026-12-01");       // open-dispute-by 17 Nov: open it now
        long missed = caseWithProtectionEnding("5", "2026-11-20");    // protection ended 6 days ago
        long closed = caseWithProtectionEnding("4", "2026-12-05");
        cases.changeStatus(closed, CaseStatus.CLOSED, null, null, null);

        List<AgendaItem> items = agenda().needsAction(50);
        assertThat(items).filteredOn(i -> i.caseId() == closed).as("closed without a refund: the card is left")
                .extracting(i -> i.deadline().kind()).containsExactly(DeadlineKind.CHARGEBACK_WINDOW);
        assertThat(items.get(0).caseId()).isEqualTo(missed);
        assertThat(items.get(0).state()).isEqualTo(DeadlineState.MISSED);
        assertThat(items.get(0).deadline().kind()).isEqualTo(DeadlineKind.BUYER_PROTECTION_ENDS);
        assertThat(items).filteredOn(i -> i.caseId() == soon).first()
                .satisfies(i -> assertThat(i.state()).isEqualTo(DeadlineState.DUE_SOON));
        assertThat(items).extracting(i -> i.deadline().date()).isSorted();
        LocalDate today = TestCases.CLOCK.instant().atZone(TestCases.CLOCK.getZone()).toLocalDate();
        assertThat(items.get(0).sentence(today, Object::toString))
                .isEqualTo("Buyer protection on order 5 ends 2026-11-20 — missed 6 days ago");
        AgendaItem openNow = items.stream().filter(i -> i.caseId() == now
                && i.deadline().kind() == DeadlineKind.OPEN_DISPUTE_BY).findFirst().orElseThrow();
        assertThat(openNow.state()).as("not missed: protection still runs").isEqualTo(DeadlineState.DUE_SOON);
        assertThat(openNow.sentence(today, Object::toString))
                .isEqualTo("Open the dispute on order 3 now: buyer protection ends 2026-12-01 — 5 days left");
        assertThat(agenda().dueSoon()).extracting(AgendaItem::caseId).containsExactly(soon, now);
        assertThat(items).anyMatch(i -> i.caseId() == later);
    }

    @Test
    void theBoardIsTheCaseListAndTheHomeViewFromOneRead() {
        long soon = caseWithProtectionEnding("1", "2026-12-12");
        long missed = caseWithProtectionEnding("5", "2026-11-20");
        long closed = caseWithProtectionEnding("4", "2026-12-05");
        cases.changeStatus(closed, CaseStatus.CLOSED, null, null, null);
        caseWithProtectionEnding("2", "2027-01-31");

        AgendaService.Board board = agenda().board(2);
        assertThat(board.cases()).as("the case list's rows, next deadlines included").isEqualTo(cases.list());
        assertThat(board.cases()).extracting(s -> s.id()).contains(soon, missed, closed);
        assertThat(board.agenda().needsAction()).as("the home view, cut at its length")
                .isEqualTo(agenda().needsAction(2)).hasSize(2);
        assertThat(board.agenda().dueSoon()).isEqualTo(agenda().dueSoon())
                .extracting(AgendaItem::caseId).containsExactly(soon);
    }

    @Test
    void aStatusChangeMovesTheAgendaOn() {
        long id = caseWithProtectionEnding("1", "2026-12-12");
        assertThat(agenda().needsAction(50)).extracting(i -> i.deadline().kind())
                .contains(DeadlineKind.OPEN_DISPUTE_BY);
        cases.changeStatus(id, CaseStatus.DISPUTE_OPENED, null, null, null);
        assertThat(agenda().needsAction(50)).extracting(i -> i.deadline().kind())
                .doesNotContain(DeadlineKind.OPEN_DISPUTE_BY, DeadlineKind.BUYER_PROTECTION_ENDS)
                .contains(DeadlineKind.SELLER_RESPONSE_DUE);
    }

    @Test
    void todayDependsOnTheBuyersTimeZone() {
        caseWithProtectionEnding("1", "2026-12-12");   // open-dispute-by 28 Nov
        Instant lateEvening = Instant.parse("2026-11-26T23:30:00Z");
        AgendaService london = new AgendaService(library.database(), Clock.fixed(lateEvening, ZoneId.of("Europe/London")));
        AgendaService auckland = new AgendaService(library.database(),
                Clock.fixed(lateEvening, ZoneId.of("Pacific/Auckland")));
        assertThat(london.today()).isEqualTo("2026-11-26");
        assertThat(auckland.today()).isEqualTo("2026-11-27");
        AgendaItem inLondon = london.needsAction(5).get(0);
        AgendaItem inAuckland = auckland.needsAction(5).get(0);
        assertThat(inLondon.sentence(london.today(), Object::toString)).endsWith("2 days left");
        assertThat(inAuckland.sentence(auckland.today(), Object::toString)).endsWith("1 day left");
    }

    @Test
    void linesAreFoldedByOctetsSoChineseTextStaysWithinTheLimit() {
        String line = "DESCRIPTION:" + "无线蓝牙耳机 降噪 长续航 😀 ".repeat(12);
        String folded = CalendarFile.foldByOctets("BEGIN:VCALENDAR\r\n" + line + "\r\nEND:VCALENDAR\r\n");
        String[] lines = folded.split("\r\n");
        assertThat(lines).allSatisfy(l -> assertThat(l.getBytes(java.nio.charset.StandardCharsets.UTF_8).length)
                .isLessThanOrEqualTo(75));
        assertThat(folded.replace("\r\n ", "")).as("unfolding gives the original back")
                .isEqualTo("BEGIN:VCALENDAR\r\n" + line + "\r\nEND:VCALENDAR\r\n");
        assertThat(folded).doesNotContain("\uFFFD");
    }

    @Test
    void theCalendarFileParsesBackWithStableUidsAndTwoReminders() throws Exception {
        long id = caseWithProtectionEnding("8123456789012", "2027-01-31");
        caseWithProtectionEnding("2", "2026-12-01"); // within two weeks: open the dispute now, by protection's end
        AgendaService agenda = agenda();
        Path file = dir.resolve("deadlines.ics");
        int written = CalendarFile.write(agenda.pending(), agenda.libraryId(), agenda.today(),
                TestCases.CLOCK.instant(), file);

        String raw = Files.readString(file);
        assertThat(raw).contains("\r\n").doesNotContain("\n\n");
        assertThat(raw.split("\r\n")).allSatisfy(line -> assertThat(line.getBytes(java.nio.charset.StandardCharsets
                .UTF_8).length).isLessThanOrEqualTo(75));
        ICalendar calendar = Biweekly.parse(file.toFile()).first();
        assertThat(calendar.getEvents()).hasSize(written);
        VEvent openBy = calendar.getEvents().stream()
                .filter(e -> e.getUid().getValue().endsWith("case-" + id + "-open-dispute-by")).findFirst()
                .orElseThrow();
        assertThat(openBy.getSummary().getValue()).isEqualTo("Open the dispute by: AliExpress order 8123456789012");
        assertThat(openBy.getDateStart().getValue().hasTime()).isFalse();
        assertThat(openBy.getAlarms()).extracting(a -> a.getTrigger().getDuration().toString())
                .containsExactly("-P7D", "-P1D");
        VEvent now = calendar.getEvents().stream()
                .filter(e -> e.getUid().getValue().endsWith("case-2-open-dispute-by")).findFirst().orElseThrow();
        assertThat(now.getDescription().getValue()).startsWith("Open the dispute on order 2 now: buyer protection "
                + "ends 2026-12-01.").contains("Source: The buyer's dispute guide Casefile follows.");

        List<String> firstUids = calendar.getEvents().stream().map(e -> e.getUid().getValue()).toList();
        CalendarFile.write(agenda.pending(), agenda.libraryId(), agenda.today(), TestCases.CLOCK.instant(), file);
        List<String> againUids = Biweekly.parse(file.toFile()).first().getEvents().stream()
                .map(e -> e.getUid().getValue()).toList();
        assertThat(againUids).as("a re-export updates the same events").isEqualTo(firstUids);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains("casefile-tmp"));
        }
    }
}
