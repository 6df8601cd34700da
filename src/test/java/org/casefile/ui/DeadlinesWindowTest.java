package org.casefile.ui;

import static org.assertj.core.api.Assertions.assertThat;

import biweekly.Biweekly;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import org.casefile.TestCases;
import org.casefile.app.AgendaItem;
import org.casefile.app.CaseService;
import org.casefile.domain.CaseStatus;
import org.casefile.domain.DeadlineKind;
import org.casefile.library.Library;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The deadline features in the real window: home view, status changes, reminders, calendar, description. */
class DeadlinesWindowTest extends WindowTestBase {
    private long caseId;

    /**
     * One case whose "open the dispute by" day is today (2026-11-26 on the test clock): protection ends within two
     * weeks, so the dispute is to be opened now, by protection's end.
     */
    @BeforeEach
    void aCaseDueToday() {
        try (Library lib = Library.open(library)) {
            caseId = new CaseService(lib, TestCases.CLOCK).create(TestCases.ssd("8123456789012")).id();
        }
        openApp();
    }


    @SuppressWarnings("unchecked")
    private ListView<AgendaItem> agenda() {
        return lookup("#agenda").queryAs(ListView.class);
    }

    private boolean agendaStartsWith(DeadlineKind kind) {
        return !agenda().getItems().isEmpty() && agenda().getItems().get(0).deadline().kind() == kind;
    }

    @Test
    @SuppressWarnings("unchecked")
    void changingTheStatusMovesWhatNeedsDoing() {
        WindowWait.until(() -> lookup("#dashboard").query().isVisible() && agendaStartsWith(DeadlineKind.OPEN_DISPUTE_BY));
        String openNow = "Open the dispute on order 8123456789012 now: buyer protection ends 10 Dec 2026 — 14 days left";
        assertThat(lookup(openNow).tryQuery()).isPresent();

        clickOn(openNow);
        WindowWait.until(() -> lookup("#caseTitle").queryAs(Label.class).getText().contains("2TB"));
        assertThat(lookup("#dashboard").query().isVisible()).isFalse();

        ComboBox<CaseStatus> status = lookup("#statusBox").queryAs(ComboBox.class);
        interact(() -> status.setValue(CaseStatus.DISPUTE_OPENED));
        WindowWait.until(() -> lookup("#recordStatus").tryQuery().isPresent());
        clickOn("#recordStatus");
        WindowWait.until(() -> context.cases().get(caseId).status() == CaseStatus.DISPUTE_OPENED);

        clickOn("#home");
        WindowWait.until(() -> lookup("#dashboard").query().isVisible() && agendaStartsWith(DeadlineKind.SELLER_RESPONSE_DUE));
        assertThat(agenda().getItems()).extracting(i -> i.deadline().kind())
                .doesNotContain(DeadlineKind.OPEN_DISPUTE_BY);
        assertThat(lookup("#nextStep").queryAs(Label.class).getText())
                .startsWith("Next: Wait for the seller's answer (sellers have 5 to 7 days); escalate to AliExpress");
    }

    private void recordStatus(CaseStatus chosen) {
        @SuppressWarnings("unchecked")
        ComboBox<CaseStatus> status = lookup("#statusBox").queryAs(ComboBox.class);
        interact(() -> status.setValue(chosen));
        WindowWait.until(() -> lookup("#recordStatus").tryQuery().isPresent());
        clickOn("#recordStatus");
        WindowWait.until(() -> context.cases().get(caseId).status() == chosen);
    }

    private boolean labelSays(String words) {
        return lookup(node -> node instanceof Label label && label.isVisible() && label.getText() != null
                && label.getText().contains(words)).tryQuery().isPresent();
    }

    private boolean labelMatches(String pattern) {
        return lookup(node -> node instanceof Label label && label.isVisible() && label.getText() != null
                && label.getText().matches(pattern)).tryQuery().isPresent();
    }

    @Test
    void contradictionsAreFlaggedInPlainWordsAndAProtectionEndMetInTimeIsNotDone() {
        WindowWait.until(() -> agendaStartsWith(DeadlineKind.OPEN_DISPUTE_BY));
        interact(() -> lookup("#caseTable").queryTableView().getSelectionModel().select(0));
        WindowWait.until(() -> lookup("#caseTitle").queryAs(Label.class).getText().contains("2TB"));
        assertThat(lookup("#statusFlags").query().isVisible()).isFalse();

        recordStatus(CaseStatus.EXTERNAL_CLAIM);
        WindowWait.until(() -> lookup("#statusFlags").query().isVisible());
        assertThat(lookup("#statusFlags").queryAs(Label.class).getText())
                .contains("nothing in the case shows you contacted the seller");
        assertThat(context.cases().get(caseId).status()).as("kept as recorded").isEqualTo(CaseStatus.EXTERNAL_CLAIM);

        recordStatus(CaseStatus.DISPUTE_OPENED);
        clickOn("Deadlines");
        // The heading names the date after the rule: "Buyer protection ends 1 Dec 2026  (dispute opened in time)".
        WindowWait.until(() -> labelMatches("Buyer protection ends \\S.*\\d{4}  \\(dispute opened in time\\)"));
        assertThat(labelMatches("Buyer protection ends .*\\(done\\)")).isFalse();
        assertThat(labelSays("Source: The buyer's dispute guide Casefile follows.")).isTrue();
        assertThat(lookup("#nextStep").queryAs(Label.class).getText()).contains("Source:");
    }

    @Test
    void aDeadlineDueSoonIsAnnouncedAndShowLeadsHome() {
        WindowWait.until(() -> lookup("#dueSoon").tryQuery().isPresent());
        Node notification = lookup("#dueSoon").query();
        assertThat(((atlantafx.base.controls.Notification) notification).getMessage())
                .startsWith("Do this now.")
                .contains("Open the dispute on order 8123456789012 now: buyer protection ends 10 Dec 2026");
        clickOn("8123456789012");
        clickOn("#dueSoonShow");
        WindowWait.until(() -> lookup("#dueSoon").tryQuery().isEmpty() && lookup("#dashboard").query().isVisible());
    }

    @Test
    void addAllToCalendarWritesAFileTheCalendarReads() throws Exception {
        Path file = library.resolve("my deadlines.ics");
        context.useFileDialogs(new org.casefile.ui.common.FileDialogs() {
            @Override
            public Path askSave(javafx.stage.Window owner, String title, String suggested, String description,
                                String extension) {
                assertThat(suggested).isEqualTo("casefile-deadlines.ics");
                return file;
            }

            @Override
            public java.util.List<Path> askOpen(javafx.stage.Window owner, String title) {
                return java.util.List.of();
            }
        });
        WindowWait.until(() -> lookup("#dashboard").query().isVisible());
        clickOn("#addAllToCalendar");
        WindowWait.until(() -> Files.exists(file));
        assertThat(Biweekly.parse(file.toFile()).first().getEvents()).hasSize(2);
        WindowWait.until(() -> lookup("#dashboardNotice").queryAs(Label.class).getText().startsWith("Saved 2 deadlines"));
    }

    @Test
    void theDescriptionIsDraftedFromTheRowsAndSaved() {
        WindowWait.until(() -> agendaStartsWith(DeadlineKind.OPEN_DISPUTE_BY));
        interact(() -> lookup("#caseTable").queryTableView().getSelectionModel().select(0));
        WindowWait.until(() -> lookup("#caseTitle").queryAs(Label.class).getText().contains("2TB"));
        clickOn("Description");
        clickOn(lookup("#newAttribute").queryAs(TextField.class)).write("Capacity");
        clickOn(lookup("#newAdvertised").queryAs(TextField.class)).write("2TB");
        clickOn(lookup("#newReceived").queryAs(TextField.class)).write("512GB");
        clickOn("#addDiscrepancy");
        TextArea description = lookup("#description").queryAs(TextArea.class);
        WindowWait.until(() -> description.getText().contains("- Capacity: the listing says 2TB; what arrived: 512GB."));
        interact(() -> lookup("#saveDescription").query().requestFocus());
        clickOn("#saveDescription");
        WindowWait.until(() -> description.getText().equals(context.cases().details(caseId).description()));
        assertThat(context.claims().discrepancies(caseId)).singleElement()
                .satisfies(row -> assertThat(row.received()).isEqualTo("512GB"));
    }
}
