package org.casefile.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import org.casefile.TestCases;
import org.casefile.app.CaseDetails;
import org.casefile.app.ExportRequest;
import org.casefile.app.Services;
import org.casefile.app.TimelineEntry;
import org.casefile.domain.PacketProfile;
import org.casefile.domain.text.Language;
import org.casefile.domain.text.Phrase;
import org.casefile.domain.text.RuleText;
import org.casefile.library.Library;
import org.casefile.ui.common.Dates;
import org.casefile.ui.common.Words;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What the app writes about a case reaches the window in the window's language, never in the command line's
 * English: the status flags, the dispute reminder, every line of the timeline (status, evidence, message, deadline)
 * and the export window's reason a route is closed. The expected words come from the bundles through the phrases
 * the app returns, and each must differ from the English the command line prints.
 */
class AppWordsWindowTest extends WindowTestBase {
    @TempDir Path files;

    @ParameterizedTest
    @EnumSource(value = Language.class, names = {"KOREAN", "GERMAN"})
    void theCasesFlagsTimelineAndClosedRouteAreInTheWindowsLanguage(Language language) throws Exception {
        Words.use(language);
        long id;
        try (Library lib = Library.open(library)) {
            id = TestCases.storyCase(Services.of(lib, TestCases.CLOCK), files);
        }
        CaseDetails details;
        try (Library lib = Library.open(library)) {
            details = Services.of(lib, TestCases.CLOCK).cases().details(id);
        }
        assertThat(details.flagPhrases()).as("the case has flags to show").hasSize(2);
        assertThat(details.timeline()).extracting(TimelineEntry::type)
                .contains("status", "evidence", "message", "deadline");

        openApp();
        TableView<?> table = lookup("#caseTable").queryAs(TableView.class);
        WindowWait.until(() -> table.getItems().size() == 1);
        interact(() -> table.getSelectionModel().select(0));
        WindowWait.until(() -> lookup("#caseTitle").tryQuery().filter(Node::isVisible).isPresent());

        Label flags = lookup("#statusFlags").queryAs(Label.class);
        WindowWait.until(flags::isVisible);
        assertThat(flags.getText()).isEqualTo(String.join("\n", translated(details.flagPhrases())));
        for (String english : details.flags()) {
            assertThat(flags.getText()).doesNotContain(english);
        }

        TabPane tabs = lookup("#caseTabs").queryAs(TabPane.class);
        select(tabs, "tab-messages");
        Label reminder = lookup("#disputeReminder").queryAs(Label.class);
        WindowWait.until(() -> Words.get(details.reminderPhrase()).equals(reminder.getText()));
        assertThat(reminder.getText()).isNotEqualTo(details.reminder());

        select(tabs, "tab-timeline");
        @SuppressWarnings("unchecked")
        ListView<TimelineEntry> timeline = lookup("#timeline").queryAs(ListView.class);
        for (int i = 0; i < details.timeline().size(); i++) {
            TimelineEntry entry = details.timeline().get(i);
            String shown = Dates.time(entry.at()) + "   " + Words.get(entry.phrase());
            assertThat(Words.get(entry.phrase())).as("the %s line translated", entry.type())
                    .isNotEqualTo(entry.text());
            int index = i;
            interact(() -> timeline.scrollTo(index));
            // A line's words are a label of their own inside its cell (beside the icon).
            WindowWait.until(() -> lookup(node -> node instanceof Label words && words.isVisible()
                    && words.getParent() != null && words.getParent().getParent() instanceof ListCell<?>
                    && shown.equals(words.getText())).tryQuery().isPresent());
        }

        clickOn("#openExport");
        WindowWait.until(() -> lookup("#exportProfile").tryQuery().isPresent());
        @SuppressWarnings("unchecked")
        ComboBox<PacketProfile> profile = lookup("#exportProfile").queryAs(ComboBox.class);
        interact(() -> profile.setValue(PacketProfile.SECTION75));
        Node closed = lookup("#exportClosedRoute").query();
        WindowWait.until(closed::isVisible, 60);
        Phrase why;
        try (Library lib = Library.open(library)) {
            why = Services.of(lib, TestCases.CLOCK).exports()
                    .plan(id, new ExportRequest(PacketProfile.SECTION75, PacketProfile.SECTION75.maxBytes(), 0))
                    .closedRoute();
        }
        Label reason = lookup("#exportClosedRouteReason").queryAs(Label.class);
        WindowWait.until(() -> Words.get(why).equals(reason.getText()), 60);
        assertThat(reason.getText()).isNotEqualTo(RuleText.english(why))
                .contains(Words.get(PacketProfile.SECTION75.phrase()));
    }

    private void select(TabPane tabs, String id) {
        interact(() -> tabs.getSelectionModel().select(tabs.getTabs().stream()
                .filter(t -> id.equals(t.getId())).findFirst().orElseThrow()));
    }

    private static List<String> translated(List<Phrase> phrases) {
        return phrases.stream().map(Words::get).toList();
    }
}
