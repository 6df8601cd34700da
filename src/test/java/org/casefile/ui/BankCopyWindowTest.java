package org.casefile.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.casefile.TestCases;
import org.casefile.app.CaseService;
import org.casefile.library.Library;
import org.casefile.domain.PacketProfile;
import org.junit.jupiter.api.Test;

/**
 * The export window before a packet is written: a route the case is not eligible for is refused (and the open route
 * one click away), and what the bank's copy would miss is listed in amber; the form fills those facts in.
 */
class BankCopyWindowTest extends WindowTestBase {

    private String lines(String id) {
        return String.join("\n", lookup(id).queryAs(VBox.class).getChildren().stream()
                .filter(n -> n instanceof Label).map(n -> ((Label) n).getText()).toList());
    }

    @Test
    void aClosedRouteIsRefusedAndTheMissingFactsAreListed() throws Exception {
        try (Library lib = Library.open(library)) {
            new CaseService(lib, TestCases.CLOCK).create(TestCases.ssd("8123456789012")); // 89.99 GBP: no section 75
        }
        openApp(app -> { });
        TableView<?> table = lookup("#caseTable").queryAs(TableView.class);
        WindowWait.until(() -> table.getItems().size() == 1);
        interact(() -> table.getSelectionModel().select(0));
        WindowWait.until(() -> lookup("#caseTitle").queryAs(Label.class).getText().contains("2TB"));

        clickOn("#openExport");
        @SuppressWarnings("unchecked")
        ComboBox<PacketProfile> profile = lookup("#exportProfile").queryAs(ComboBox.class);
        Button export = lookup("#exportPacket").queryAs(Button.class);
        WindowWait.until(() -> lookup("#exportPlan").queryAs(Label.class).getText().contains("exhibit"), 60);

        interact(() -> profile.setValue(PacketProfile.SECTION75));
        Node closed = lookup("#exportClosedRoute").query();
        WindowWait.until(closed::isVisible, 60);
        assertThat(lookup("#exportClosedRouteReason").queryAs(Label.class).getText())
                .contains("Section 75 claim is not open for this case", "over £100", "Card chargeback");
        assertThat(export.isDisabled()).as("no letter for a closed route").isTrue();

        clickOn("#exportUseOpenRoute");
        WindowWait.until(() -> profile.getValue() != PacketProfile.SECTION75 && !closed.isVisible(), 60);
        assertThat(export.isDisabled()).isFalse();

        interact(() -> profile.setValue(PacketProfile.SECTION75));
        WindowWait.until(closed::isVisible, 60);
        clickOn("#exportRouteClosedOk");
        assertThat(lookup("#exportRouteClosedOk").queryAs(CheckBox.class).isSelected()).isTrue();
        WindowWait.until(() -> !export.isDisabled());

        interact(() -> profile.setValue(PacketProfile.CHARGEBACK));
        Node doubtful = lookup("#exportDoubtful").query();
        WindowWait.until(() -> doubtful.isVisible() && lines("#exportDoubtful").contains("cardholder's name"), 60);
        assertThat(lines("#exportDoubtful")).contains("Missing or doubtful", "card's last four digits",
                "delivery address", "No return attempt");
    }

    @Test
    void theCaseFormKeepsTheFactsForTheBank() throws Exception {
        try (Library lib = Library.open(library)) {
            new CaseService(lib, TestCases.CLOCK).create(TestCases.ssd("8123456789012"));
        }
        openApp(app -> { });
        TableView<?> table = lookup("#caseTable").queryAs(TableView.class);
        WindowWait.until(() -> table.getItems().size() == 1);
        interact(() -> table.getSelectionModel().select(0));
        WindowWait.until(() -> lookup("#caseTitle").queryAs(Label.class).getText().contains("2TB"));

        interact(() -> {
            lookup("#buyerName").queryAs(TextField.class).setText("Sam Taylor");
            lookup("#cardLast4").queryAs(TextField.class).setText("4111111111111111");
        });
        clickOn("#saveCase");
        WindowWait.until(() -> lookup("#error-CARD_LAST4").queryAs(Label.class).getText().contains("last four"));
        interact(() -> lookup("#cardLast4").queryAs(TextField.class).setText("4242"));
        clickOn("#saveCase");
        WindowWait.until(() -> lookup("#saveCase").queryAs(Button.class).isDisabled(), 30);
        try (Library lib = Library.open(library)) {
            var bank = new CaseService(lib, TestCases.CLOCK).get(1).facts().bank();
            assertThat(bank.buyerName()).isEqualTo("Sam Taylor");
            assertThat(bank.cardLast4()).isEqualTo("4242");
        }
    }
}
