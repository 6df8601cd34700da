package org.casefile.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.casefile.TestCases;
import org.casefile.app.CaseService;
import org.casefile.domain.text.Language;
import org.casefile.library.Library;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The export window's language choice, named in each language, writes the packet in the language chosen. */
class ExportLanguageWindowTest extends WindowTestBase {
    @TempDir Path desktop;

    @Test
    void choosingGermanWritesAGermanPacket() throws Exception {
        try (Library lib = Library.open(library)) {
            new CaseService(lib, TestCases.CLOCK).create(TestCases.ssd("8123456789012"));
        }
        Path target = desktop.resolve("paket.pdf");
        openAppSavingTo(target);
        TableView<?> table = lookup("#caseTable").queryAs(TableView.class);
        WindowWait.until(() -> table.getItems().size() == 1);
        interact(() -> table.getSelectionModel().select(0));
        WindowWait.until(() -> lookup("#caseTitle").queryAs(Label.class).getText().contains("2TB"));

        clickOn("#openExport");
        @SuppressWarnings("unchecked")
        ComboBox<Language> language = lookup("#exportLanguage").queryAs(ComboBox.class);
        assertThat(language.getValue()).as("the computer's language").isEqualTo(Language.of(Locale.getDefault()));
        clickOn(language);
        clickOn("Deutsch");
        WindowWait.until(() -> language.getValue() == Language.GERMAN);

        interact(() -> lookup("#exportPacket").queryAs(javafx.scene.control.Button.class).fire());
        WindowWait.until(() -> lookup("#exportNotice").queryAs(Label.class).getText().startsWith("Saved paket.pdf"),
                90);
        try (PDDocument document = Loader.loadPDF(target.toFile())) {
            assertThat(new PDFTextStripper().getText(document)).contains("AliExpress-Konflikt",
                    "Fallübersicht und Zeitverlauf", "Seite 1 von").doesNotContain("Case summary and timeline");
        }
    }
}
