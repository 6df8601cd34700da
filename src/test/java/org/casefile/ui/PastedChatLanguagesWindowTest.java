package org.casefile.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import org.casefile.TestCases;
import org.casefile.app.CaseService;
import org.casefile.domain.Author;
import org.casefile.domain.CaseFactsInput;
import org.casefile.domain.Message;
import org.casefile.library.Library;
import org.junit.jupiter.api.Test;

/** A chat copied from a French page, pasted into the real window: the preview reads it message for message. */
class PastedChatLanguagesWindowTest extends WindowTestBase {
    private static final String FRENCH = """
            Boutique Yunda
            jeu. 8 oct. 2026, 18:30
            Le colis est parti hier.
            Moi
            jeu. 8 oct. 2026, 18:50
            Cela fait 25 jours que j’attends.
            ven. 9 octobre 2026 à 9 h 15 Vendeur : Nous allons renvoyer le colis.
            ven. 9 octobre 2026 à 9 h 40 Moi\u00A0: Merci.
            32 oct. 2026 à 10 h 00
            Moi : toujours rien
            """;

    /** A French case ordered on 1 Oct 2026, opened in the window, {@code chat} pasted in its Messages; its id. */
    @SuppressWarnings("unchecked")
    private long pasteIntoAFrenchCase(String chat) {
        long parcel;
        try (Library lib = Library.open(library)) {
            parcel = new CaseService(lib, TestCases.CLOCK).create(new CaseFactsInput("aliexpress", "8123456789012",
                    "Yunda Digital Store", "Écouteurs sans fil", null, "2026-10-01", "45.00 EUR", "credit-card", "FR",
                    null, null, null, "2026-12-20", "not-received", null, null, null, null, null, null, null,
                    null)).id();
        }
        openApp();
        TableView<org.casefile.domain.CaseSummary> table = lookup("#caseTable").queryAs(TableView.class);
        WindowWait.until(() -> table.getItems().size() == 1);
        interact(() -> table.getSelectionModel().select(0));
        WindowWait.until(() -> lookup("#caseTitle").queryAs(Label.class).getText().equals("Écouteurs sans fil"));
        clickOn("Messages");
        clickOn("#pasteChat");
        WindowWait.until(() -> lookup("#pastedChat").tryQuery().isPresent());
        interact(() -> lookup("#pastedChat").queryAs(TextArea.class).setText(chat));
        return parcel;
    }

    @Test
    @SuppressWarnings("unchecked")
    void aFrenchChatIsPreviewedMessageForMessageAndImportedWithItsTimes() {
        long parcel = pasteIntoAFrenchCase(FRENCH);

        WindowWait.until(() -> lookup("#chatSummary").queryAs(Label.class).getText().startsWith("4 messages read"));
        ListView<String> preview = lookup("#chatPreview").queryAs(ListView.class);
        assertThat(preview.getItems()).hasSize(4);
        assertThat(preview.getItems().get(0)).contains("Boutique Yunda").contains("Le colis est parti hier.");
        assertThat(preview.getItems().get(1)).contains("Cela fait 25 jours que j’attends.");
        assertThat(preview.getItems()).noneMatch(item -> item.contains("toujours rien"));
        ListView<String> notRead = lookup("#chatNotRead").queryAs(ListView.class);
        assertThat(notRead.getItems()).hasSize(2);
        assertThat(notRead.getItems().get(0)).startsWith("line 9").contains("32 oct. 2026");
        assertThat(notRead.getItems().get(1)).startsWith("line 10").contains("toujours rien");
        clickOn("#importChat");

        ListView<Message> thread = lookup("#thread").queryAs(ListView.class);
        WindowWait.until(() -> thread.getItems().size() == 4);
        assertThat(thread.getItems()).extracting(Message::at).containsExactly(LocalDateTime.of(2026, 10, 8, 18, 30),
                LocalDateTime.of(2026, 10, 8, 18, 50), LocalDateTime.of(2026, 10, 9, 9, 15),
                LocalDateTime.of(2026, 10, 9, 9, 40));
        assertThat(thread.getItems()).extracting(Message::author).containsExactly(Author.SELLER, Author.BUYER,
                Author.SELLER, Author.BUYER);
        assertThat(thread.getItems()).allMatch(m -> m.caseId() == parcel);
    }
    /**
     * Headers without a year ("8 oct. 18:30") take it from the order (1 Oct 2026); a weekday alone ("lundi") is the
     * latest Monday before the day it is pasted (Thursday 26 Nov 2026 on the test clock): the preview shows them.
     */
    @Test
    @SuppressWarnings("unchecked")
    void headersWithoutAYearOrWithOnlyAWeekdayAreDatedFromTheCase() {
        pasteIntoAFrenchCase("""
                Boutique Yunda
                8 oct. 18:30
                Le colis est parti hier.
                Moi
                8 oct. 18:50
                Cela fait 25 jours que j’attends.
                lundi 9 h 15 Vendeur : Nous allons renvoyer le colis.
                """);

        WindowWait.until(() -> lookup("#chatSummary").queryAs(Label.class).getText().startsWith("3 messages read"));
        assertThat(lookup("#chatNotRead").queryAs(ListView.class).getItems()).isEmpty();
        clickOn("#importChat");
        ListView<Message> thread = lookup("#thread").queryAs(ListView.class);
        WindowWait.until(() -> thread.getItems().size() == 3);
        assertThat(thread.getItems()).extracting(Message::at).containsExactly(LocalDateTime.of(2026, 10, 8, 18, 30),
                LocalDateTime.of(2026, 10, 8, 18, 50), LocalDateTime.of(2026, 11, 23, 9, 15));
    }
}
