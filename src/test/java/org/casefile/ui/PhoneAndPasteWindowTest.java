package org.casefile.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ConnectException;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.paint.Color;
import org.casefile.TestCases;
import org.casefile.app.CaseService;
import org.casefile.app.PhoneService;
import org.casefile.domain.Evidence;
import org.casefile.domain.EvidenceKind;
import org.casefile.email.Emails;
import org.casefile.library.Library;
import org.casefile.phone.Uploads;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Evidence from where it is made, in the real window: the phone, the clipboard, the inbox. */
class PhoneAndPasteWindowTest extends WindowTestBase {
    @TempDir Path inbox;

    @AfterEach
    void forgetAddress() {
        System.clearProperty(PhoneService.BIND_PROPERTY);
    }

    private long openCaseEvidence() {
        long id;
        try (Library lib = Library.open(library)) {
            id = new CaseService(lib, TestCases.CLOCK).create(TestCases.ssd("8123456789012")).id();
        }
        openApp();
        TableView<?> table = lookup("#caseTable").queryAs(TableView.class);
        WindowWait.until(() -> table.getItems().size() == 1);
        interact(() -> table.getSelectionModel().select(0));
        WindowWait.until(() -> lookup("#caseTitle").queryAs(Label.class).getText().contains("2TB"));
        clickOn("Evidence");
        return id;
    }

    @Test
    void aPhotoSentFromThePhonePageLandsWhileTheDialogIsOpen() throws Exception {
        System.setProperty(PhoneService.BIND_PROPERTY, "127.0.0.1"); // tests never listen beyond this computer
        long id = openCaseEvidence();
        clickOn("#addFromPhone");
        WindowWait.until(() -> lookup("#phoneLink").tryQuery().isPresent());
        String link = lookup("#phoneLink").queryAs(TextField.class).getText();
        assertThat(link).startsWith("http://127.0.0.1:");
        assertThat(lookup("#phoneQr").tryQuery()).isPresent();

        assertThat(Uploads.post(link + "/upload", "damage", "IMG_0042.jpg", Emails.resource("phone-photo.jpg"))
                .statusCode()).isEqualTo(200);
        ListView<?> arrived = lookup("#phoneArrived").queryAs(ListView.class);
        WindowWait.until(() -> arrived.getItems().contains("IMG_0042.jpg: added"));
        assertThat(context.evidence().evidence(id)).extracting(Evidence::kind).containsExactly(EvidenceKind.DAMAGE);

        clickOn("Close");
        WindowWait.until(() -> lookup("#phoneLink").tryQuery().isEmpty());
        assertThatThrownBy(() -> Uploads.post(link + "/upload", "damage", "late.jpg",
                Emails.resource("photo-with-preview.jpg"))).isInstanceOf(ConnectException.class);
    }

    @Test
    void ctrlVPastesAScreenshotAskingItsKindAndAChatIntoThePasteDialog() throws Exception {
        long id = openCaseEvidence();
        interact(() -> {
            javafx.scene.image.WritableImage shot = new javafx.scene.image.WritableImage(120, 80);
            for (int y = 0; y < 80; y++) {
                for (int x = 0; x < 120; x++) {
                    shot.getPixelWriter().setColor(x, y, x < 60 ? Color.CORNFLOWERBLUE : Color.WHITE);
                }
            }
            ClipboardContent content = new ClipboardContent();
            content.putImage(shot);
            javafx.scene.input.Clipboard.getSystemClipboard().setContent(content);
        });
        clickOn("#addFromPhone").press(KeyCode.ESCAPE).release(KeyCode.ESCAPE); // focus inside the evidence view
        WindowWait.until(() -> lookup("#phoneLink").tryQuery().isEmpty());
        press(KeyCode.CONTROL, KeyCode.V).release(KeyCode.V, KeyCode.CONTROL);
        WindowWait.until(() -> lookup("What does the pasted picture show?").tryQuery().isPresent());
        clickOn("OK");
        WindowWait.until(() -> context.evidence().evidence(id).size() == 1);
        Evidence pasted = context.evidence().evidence(id).get(0);
        assertThat(pasted.kind()).isEqualTo(EvidenceKind.LISTING);
        assertThat(pasted.mime()).isEqualTo("image/png");
        assertThat(pasted.width()).isEqualTo(120);
        assertThat(pasted.originalName()).startsWith("Pasted screenshot ");

        interact(() -> {
            ClipboardContent content = new ClipboardContent();
            content.putString("2026-10-05 14:32 Seller: Your parcel was sent");
            javafx.scene.input.Clipboard.getSystemClipboard().setContent(content);
        });
        press(KeyCode.CONTROL, KeyCode.V).release(KeyCode.V, KeyCode.CONTROL);
        WindowWait.until(() -> lookup("#pastedChat").tryQuery().isPresent());
        assertThat(lookup("#pastedChat").queryAs(TextArea.class).getText()).contains("Your parcel was sent");
        clickOn("Import 1 message");
        WindowWait.until(() -> context.messages().messages(id).size() == 1);
    }

    @Test
    void emailsDroppedOnTheCaseAndOnTheCaseList() throws Exception {
        long id = openCaseEvidence();
        Path reply = Emails.write(inbox, "reply.eml", Emails.sellerReplyWithPhoto("8123456789012",
                Emails.resource("phone-photo.jpg")));
        org.casefile.ui.evidence.EvidenceView view = lookup("#evidenceView").queryAs(
                org.casefile.ui.evidence.EvidenceView.class);
        interact(() -> view.dropped(List.of(reply.toFile())));
        WindowWait.until(() -> context.evidence().evidence(id).size() == 2);
        assertThat(context.messages().messages(id)).hasSize(1);

        Path order = Emails.write(inbox, "order.eml", Emails.aliExpressConfirmation("8999999999999"));
        MainView main = lookup(".main-view").queryAs(MainView.class);
        interact(() -> main.emailsDropped(List.of(order)));
        TableView<?> table = lookup("#caseTable").queryAs(TableView.class);
        WindowWait.until(() -> table.getItems().size() == 2);
        assertThat(context.cases().list()).extracting(c -> c.orderNumber()).contains("8999999999999");
    }
}
