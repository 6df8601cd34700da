package org.casefile.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import org.casefile.domain.CaseFacts;
import org.casefile.domain.ClaimType;
import org.casefile.domain.PaymentMethod;
import org.casefile.domain.Platform;
import org.casefile.domain.text.Language;
import org.casefile.library.Library;
import org.casefile.TestCases;
import org.casefile.app.CaseService;
import org.casefile.ui.common.Words;
import org.testfx.util.WaitForAsyncUtils;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The new-case form typed in the window's language ("30.10.2026", "2026. 10. 30.", "89,99"), saved, and read back
 * from the library's SQLite file; ISO dates and a dot decimal are still accepted. The saved case is then shown in
 * the language's shape.
 */
class FormLanguagesWindowTest extends WindowTestBase {
    @SuppressWarnings("unchecked")
    private <T> void choose(String id, T value) {
        ComboBox<T> box = inDialog(id, ComboBox.class);
        interact(() -> box.setValue(value));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "en | 2026-10-30    | 89.99 | 2026-10-30    | 89.99",
            "de | 30.10.2026    | 89,99 | 30.10.2026    | 89,99",
            "de | 2026-10-30    | 89.99 | 30.10.2026    | 89,99",
            "ko | 2026. 10. 30. | 89.99 | 2026. 10. 30. | 89.99",
            "ko | 2026-10-30    | 89,99 | 2026. 10. 30. | 89.99"})
    void datesAndAmountsAreTypedAndShownInTheWindowsLanguage(String code, String typedDate, String typedAmount,
            String shownDate, String shownAmount) {
        Words.use(Language.ofCode(code).orElseThrow());
        openApp();
        WindowWait.until(() -> lookup("#startView").query().isVisible());
        clickOn("#startNewCase");
        WindowWait.until(() -> lookup("#createCase").tryQuery().isPresent());
        DatePicker orderedOn = inDialog("#orderedOn", DatePicker.class);
        assertThat(orderedOn.getPromptText()).isEqualTo(Words.get("typing.datePrompt"));
        choose("#platform", Platform.EBAY);
        type(inDialog("#orderNumber", TextField.class), "12-34567-89012");
        type(orderedOn.getEditor(), typedDate);
        type(inDialog("#item", TextField.class), "Bluetooth speaker");
        type(inDialog("#seller", TextField.class), "gadget_outlet");
        type(inDialog("#paidAmount", TextField.class), typedAmount);
        interact(() -> inDialog("#paidCurrency", ComboBox.class).getEditor().setText("EUR"));
        choose("#payment", PaymentMethod.DEBIT_CARD);
        choose("#claim", ClaimType.DAMAGED);
        type(inDialog("#protectionEnds", DatePicker.class).getEditor(), shownDate.replace("30", "28")
                .replace("10", "12"));
        clickOn("#createCase");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(lookup(".field-error").queryAll().stream().filter(Node::isVisible)
                .map(n -> ((javafx.scene.control.Label) n).getText()).toList()).as("messages in the form").isEmpty();

        TableView<?> table = lookup("#caseTable").queryAs(TableView.class);
        WindowWait.until(() -> table.getItems().size() == 1
                && lookup("#caseTitle").tryQuery().filter(Node::isVisible).isPresent());
        closeApp();
        CaseFacts saved;
        try (Library lib = Library.open(library)) {
            CaseService cases = new CaseService(lib, TestCases.CLOCK);
            saved = cases.get(cases.list().get(0).id()).facts();
        }
        assertThat(saved.orderedOn()).isEqualTo(LocalDate.of(2026, 10, 30));
        assertThat(saved.paid().amount()).isEqualByComparingTo(new BigDecimal("89.99"));
        assertThat(saved.paid().currency().getCurrencyCode()).isEqualTo("EUR");
        assertThat(saved.protectionEnds()).isEqualTo(LocalDate.of(2026, 12, 28));

        openApp();
        WindowWait.until(() -> table().getItems().size() == 1);
        interact(() -> table().getSelectionModel().select(0));
        WindowWait.until(() -> lookup("#caseTitle").tryQuery().filter(Node::isVisible).isPresent());
        WindowWait.until(() -> shownDate.equals(lookup("#orderedOn").queryAs(DatePicker.class).getEditor().getText()));
        assertThat(lookup("#paidAmount").queryAs(TextField.class).getText()).isEqualTo(shownAmount);
        assertThat(lookup("#saveCase").queryButton().isDisabled())
                .as("showing the case in the language's shape changes nothing to save").isTrue();
    }

    private TableView<?> table() {
        return lookup("#caseTable").queryAs(TableView.class);
    }
}
