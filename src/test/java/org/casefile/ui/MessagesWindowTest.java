package org.casefile.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import org.casefile.TestCases;
import org.casefile.app.CaseService;
import org.casefile.domain.CaseFactsInput;
import org.casefile.domain.Message;
import org.casefile.domain.OfferDecision;
import org.casefile.library.Library;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The seller conversation in the real window: paste a chat, see it, find it, record what the seller offered. */
class MessagesWindowTest extends WindowTestBase {
    private static final String TRANSCRIPT = """
            Order details >
            Yunda Digital Store
            10/11/2026 09:15
            亲，我们已经补发了。We already sent a new one, tracking LP00612345678901CN.
            Translate

            You
            10/11/2026 10:02
            Thank you, I will wait
            until Friday.
            """;

    private long parcel;

    @BeforeEach
    void aParcelThatNeverCameAndAnotherCase() {
        try (Library lib = Library.open(library)) {
            CaseService cases = new CaseService(lib, TestCases.CLOCK);
            parcel = cases.create(new CaseFactsInput("aliexpress", "8123456789012", "Yunda Digital Store",
                    "Wireless earbuds", null, "2026-10-01", "45.00 GBP", "credit-card", "GB", null, null, null,
                    "2026-12-20", "not-received", null, null)).id();
            cases.create(TestCases.ssd("999"));
        }
        openApp();
        WindowWait.until(() -> table().getItems().size() == 2);
        interact(() -> table().getItems().stream().filter(s -> s.id() == parcel).findFirst()
                .ifPresent(s -> table().getSelectionModel().select(s)));
        WindowWait.until(() -> lookup("#caseTitle").queryAs(Label.class).getText().equals("Wireless earbuds"));
        clickOn("Messages");
    }

    @SuppressWarnings("unchecked")
    private TableView<org.casefile.domain.CaseSummary> table() {
        return lookup("#caseTable").queryAs(TableView.class);
    }

    @SuppressWarnings("unchecked")
    private ListView<Message> thread() {
        return lookup("#thread").queryAs(ListView.class);
    }

    @Test
    void aPastedChatIsPreviewedImportedShownAndFoundBySearch() {
        clickOn("#pasteChat");
        WindowWait.until(() -> lookup("#pastedChat").tryQuery().isPresent());
        interact(() -> lookup("#pastedChat").queryAs(TextArea.class).setText(TRANSCRIPT));
        WindowWait.until(() -> lookup("#chatSummary").queryAs(Label.class).getText()
                .startsWith("2 messages read, dates day first"));
        assertThat(lookup("#chatNotRead").queryAs(ListView.class).getItems()).hasSize(2);
        clickOn("#importChat");

        WindowWait.until(() -> thread().getItems().size() == 2);
        assertThat(thread().getItems().get(0).at()).isEqualTo("2026-11-10T09:15");
        assertThat(thread().getItems().get(0).who()).isEqualTo("Yunda Digital Store");
        assertThat(thread().getItems().get(1).text()).isEqualTo("Thank you, I will wait\nuntil Friday.");
        WindowWait.until(() -> lookup("#messagesNotice").queryAs(Label.class).getText().equals("Imported 2 messages."));

        clickOn("#filter").write("LP00612345678901CN");
        WindowWait.until(() -> table().getItems().size() == 1 && table().getItems().get(0).id() == parcel);
        interact(() -> lookup("#filter").queryAs(TextField.class).setText("我们已经补发"));
        WindowWait.until(() -> table().getItems().size() == 1 && table().getItems().get(0).id() == parcel);
        interact(() -> lookup("#filter").queryAs(TextField.class).setText("nothing like this"));
        WindowWait.until(() -> table().getItems().isEmpty());
    }

    @Test
    @SuppressWarnings("unchecked")
    void acceptingAPartialRefundForAParcelThatNeverCameAsksFirst() {
        clickOn("#recordOfferButton");
        WindowWait.until(() -> lookup("#offerAmount").tryQuery().isPresent());
        clickOn("#offerAmount").write("10");
        interact(() -> lookup("#offerDecision").queryAs(ComboBox.class).setValue(OfferDecision.ACCEPTED));
        clickOn("#recordOffer");
        WindowWait.until(() -> lookup("#acceptWarning").tryQuery().isPresent());
        assertThat(lookup("#acceptWarning").queryAs(javafx.scene.control.DialogPane.class).getContentText())
                .contains("never came").contains("Are you sure?");
        clickOn("No, go back");
        WindowWait.until(() -> lookup("#acceptWarning").tryQuery().isEmpty());
        assertThat(context.messages().offers(parcel)).as("nothing recorded yet").isEmpty();

        clickOn("#recordOffer");
        WindowWait.until(() -> lookup("#acceptWarning").tryQuery().isPresent());
        clickOn("Yes, accept it");
        WindowWait.until(() -> context.messages().offers(parcel).size() == 1);
        assertThat(context.messages().offers(parcel).get(0).decision()).isEqualTo(OfferDecision.ACCEPTED);
        assertThat(context.messages().offers(parcel).get(0).amount().toString()).isEqualTo("10.00 GBP");
    }

    @Test
    void aMessageIsAddedWithAnAttachmentAndFlaggedAsAPromise() throws Exception {
        long evidenceId = chatScreenshot("chat-screenshot.png");
        reopenTheParcelsMessages();

        clickOn("#addMessage");
        WindowWait.until(() -> lookup("#messageText").tryQuery().isPresent());
        clickOn("#messageText").write("We will refund you within 3 days.");
        clickOn("chat-screenshot.png  (Chat)");
        clickOn("#saveMessage");
        WindowWait.until(() -> thread().getItems().size() == 1);
        WindowWait.until(() -> context.cases().details(parcel).attachments().values().stream()
                .anyMatch(ids -> ids.contains(evidenceId)));
        WindowWait.until(() -> lookup("chat-screenshot.png").tryQuery().isPresent());
        assertThat(thread().getItems().get(0).who()).isEqualTo("Yunda Digital Store");
        assertThat(thread().getItems().get(0).promise()).isFalse();

        interact(() -> thread().getSelectionModel().select(0));
        clickOn("#flagPromise");
        WindowWait.until(() -> context.messages().messages(parcel).get(0).promise());
        WindowWait.until(() -> thread().getItems().get(0).promise());
    }

    @Test
    void anOfferTypedAsTenPercentIsTenPercentOfThePricePaid() {
        clickOn("#recordOfferButton");
        WindowWait.until(() -> lookup("#offerAmount").tryQuery().isPresent());
        clickOn("#offerAmount").write("10%");
        clickOn("#recordOffer");
        WindowWait.until(() -> context.messages().offers(parcel).size() == 1);
        assertThat(context.messages().offers(parcel).get(0).amount().toString()).isEqualTo("4.50 GBP");
    }

    @Test
    void aFileNameWithUnderscoresIsShownAsItIsWhenAttachingIt() throws Exception {
        chatScreenshot("IMG_20261102_143012.png");
        reopenTheParcelsMessages();
        clickOn("#addMessage");
        WindowWait.until(() -> lookup(".check-box").tryQuery().isPresent());

        javafx.scene.control.CheckBox box = lookup(".check-box").match((javafx.scene.control.CheckBox b) ->
                b.getText().startsWith("IMG")).queryAs(javafx.scene.control.CheckBox.class);
        javafx.scene.text.Text shown = (javafx.scene.text.Text) box.lookup(".text");
        assertThat(shown.getText()).isEqualTo("IMG_20261102_143012.png  (Chat)");
    }

    /** A screenshot of the chat, made here and imported into the parcel's case; returns its evidence id. */
    private long chatScreenshot(String name) throws Exception {
        Path photo = library.resolve(name);
        javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(300, 500,
                java.awt.image.BufferedImage.TYPE_INT_RGB), "png", photo.toFile());
        return context.evidence().importFiles(parcel, org.casefile.domain.EvidenceKind.CHAT,
                java.util.List.of(photo), o -> { }, () -> false).get(0).evidenceId();
    }

    /** Back home and into the parcel's case again, so the window shows evidence added behind its back. */
    private void reopenTheParcelsMessages() {
        interact(() -> lookup("#home").queryButton().fire());
        interact(() -> table().getItems().stream().filter(s -> s.id() == parcel).findFirst()
                .ifPresent(s -> table().getSelectionModel().select(s)));
        WindowWait.until(() -> lookup("#caseTitle").queryAs(Label.class).getText().equals("Wireless earbuds"));
        clickOn("Messages");
    }
}
