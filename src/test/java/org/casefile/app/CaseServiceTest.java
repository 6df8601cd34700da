package org.casefile.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.casefile.LibraryTestBase;
import org.casefile.TestCases;
import org.casefile.domain.Case;
import org.casefile.domain.CaseStatus;
import org.casefile.domain.CaseSummary;
import org.casefile.domain.DeadlineKind;
import org.casefile.domain.InvalidCaseException;
import org.casefile.domain.Outcome;
import org.casefile.domain.RouteKind;
import org.junit.jupiter.api.Test;

class CaseServiceTest extends LibraryTestBase {

    private List<Path> caseFolders() throws Exception {
        try (Stream<Path> folders = Files.list(dir.resolve("cases"))) {
            return folders.toList();
        }
    }

    @Test
    void createsTheCaseAndItsFolder() throws Exception {
        Case created = cases.create(TestCases.ssd("8123456789012"));
        assertThat(created.id()).isPositive();
        assertThat(created.status()).isEqualTo(CaseStatus.NEW);
        assertThat(created.folder()).isEqualTo("cases/2026-10-01 AliExpress 8123456789012");
        assertThat(dir.resolve(created.folder())).isDirectory();
        assertThat(cases.get(created.id()).facts().seller()).isEqualTo("Yunda Digital Store");
    }

    @Test
    void invalidFactsLeaveNoRowAndNoFolder() throws Exception {
        var bad = TestCases.withSeller(TestCases.ssd(""), "x");
        assertThatThrownBy(() -> cases.create(bad)).isInstanceOf(InvalidCaseException.class);
        assertThat(cases.isEmpty()).isTrue();
        assertThat(caseFolders()).isEmpty();
    }

    @Test
    void aDuplicateOrderLeavesNoStrayFolder() throws Exception {
        cases.create(TestCases.ssd("1"));
        assertThatThrownBy(() -> cases.create(TestCases.ssd("1"))).hasMessageContaining("already a case");
        assertThat(caseFolders()).hasSize(1);
        assertThat(cases.list()).hasSize(1);
    }

    @Test
    void editsAreSavedAndValidated() {
        Case created = cases.create(TestCases.ssd("1"));
        cases.update(created.id(), TestCases.withSeller(TestCases.ssd("1"), "Kelai Tech"));
        assertThat(cases.get(created.id()).facts().seller()).isEqualTo("Kelai Tech");
        assertThatThrownBy(() -> cases.update(created.id(), TestCases.ssd(" ")))
                .isInstanceOf(InvalidCaseException.class);
        assertThat(cases.get(created.id()).facts().orderNumber()).isEqualTo("1");
    }

    @Test
    void statusChangesAreKeptInTheHistoryAndTimeline() {
        long id = cases.create(TestCases.ssd("1")).id();
        cases.changeStatus(id, CaseStatus.SELLER_CONTACTED, null, null, "asked in chat");
        cases.changeStatus(id, CaseStatus.RESOLVED, Outcome.FULL_REFUND, null, null);
        CaseDetails details = cases.details(id);
        assertThat(details.theCase().status()).isEqualTo(CaseStatus.RESOLVED);
        assertThat(details.theCase().outcome()).isEqualTo(Outcome.FULL_REFUND);
        assertThat(details.history()).extracting(c -> c.status())
                .containsExactly(CaseStatus.NEW, CaseStatus.SELLER_CONTACTED, CaseStatus.RESOLVED);
        assertThat(details.timeline()).extracting(TimelineEntry::text).contains("Seller contacted: asked in chat");
        assertThatThrownBy(() -> cases.changeStatus(id, CaseStatus.CLOSED, Outcome.REJECTED, null, null))
                .hasMessageContaining("when the case is resolved");
    }

    @Test
    void theListShowsEachCasesNextDeadline() {
        long id = cases.create(TestCases.ssd("1")).id();
        CaseSummary summary = cases.list().get(0);
        assertThat(summary.id()).isEqualTo(id);
        assertThat(summary.nextDeadline().kind()).as("today is 2026-11-26, the open-dispute-by day")
                .isEqualTo(DeadlineKind.OPEN_DISPUTE_BY);
        cases.changeStatus(id, CaseStatus.DISPUTE_OPENED, null, null, null);
        assertThat(cases.list().get(0).nextDeadline().kind()).isEqualTo(DeadlineKind.SELLER_RESPONSE_DUE);
        assertThat(cases.details(id).routes()).extracting(r -> r.route()).containsExactly(RouteKind.PLATFORM,
                RouteKind.PAYPAL, RouteKind.CHARGEBACK, RouteKind.SECTION75);
    }

    @Test
    void deleteMovesTheFolderToTrashAndRemovesTheRows() throws Exception {
        Case created = cases.create(TestCases.ssd("1"));
        Files.writeString(dir.resolve(created.folder()).resolve("receipt.png"), "png");
        cases.delete(created.id());
        assertThat(cases.isEmpty()).isTrue();
        assertThat(dir.resolve(created.folder())).doesNotExist();
        try (Stream<Path> trash = Files.list(dir.resolve("trash"))) {
            assertThat(trash.toList()).singleElement()
                    .satisfies(folder -> assertThat(folder.resolve("receipt.png")).hasContent("png"));
        }
        assertThatThrownBy(() -> cases.get(created.id())).hasMessage("There is no case " + created.id()
                + " in this library.");
    }
}
