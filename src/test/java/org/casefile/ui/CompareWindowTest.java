package org.casefile.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javax.imageio.ImageIO;
import org.casefile.TestCases;
import org.casefile.app.CaseService;
import org.casefile.app.EvidenceService;
import org.casefile.domain.Evidence;
import org.casefile.domain.EvidenceKind;
import org.casefile.domain.Pair;
import org.casefile.library.Library;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Making a listing-versus-received pair from the window: chosen by thumbnail, stored, and shown side by side. */
class CompareWindowTest extends WindowTestBase {
    @TempDir Path desktop;

    @Test
    void aPairMadeFromTheThumbnailsIsStoredAndShown() throws Exception {
        long id;
        Evidence listing;
        Evidence received;
        try (Library lib = Library.open(library)) {
            CaseService cases = new CaseService(lib, TestCases.CLOCK);
            id = cases.create(TestCases.ssd("8123456789012")).id();
            EvidenceService evidence = new EvidenceService(lib, cases, TestCases.CLOCK);
            Path shot = desktop.resolve("listing.png");
            ImageIO.write(new BufferedImage(400, 300, BufferedImage.TYPE_INT_RGB), "png", shot.toFile());
            Path photo = desktop.resolve("IMG_0042.jpg");
            ImageIO.write(new BufferedImage(1200, 1600, BufferedImage.TYPE_INT_RGB), "jpeg", photo.toFile());
            evidence.importFiles(id, EvidenceKind.LISTING, List.of(shot), o -> { }, () -> false);
            evidence.importFiles(id, EvidenceKind.RECEIVED, List.of(photo), o -> { }, () -> false);
            listing = evidence.evidence(id).stream().filter(e -> e.kind() == EvidenceKind.LISTING).findFirst()
                    .orElseThrow();
            received = evidence.evidence(id).stream().filter(e -> e.kind() == EvidenceKind.RECEIVED).findFirst()
                    .orElseThrow();
        }
        openApp(app -> app.useFileDialogs(new org.casefile.ui.common.FileDialogs() {
            @Override
            public Path askSave(javafx.stage.Window owner, String title, String name, String description,
                                String extension) {
                return desktop.resolve(name);
            }

            @Override
            public List<Path> askOpen(javafx.stage.Window owner, String title) {
                return List.of();
            }
        }));
        TableView<?> table = lookup("#caseTable").queryAs(TableView.class);
        WindowWait.until(() -> table.getItems().size() == 1);
        interact(() -> table.getSelectionModel().select(0));
        WindowWait.until(() -> lookup("#caseTitle").queryAs(Label.class).getText().contains("2TB"));
        clickOn("Compare");
        WindowWait.until(() -> !lookup("#newPair").queryAs(Button.class).isDisabled());
        assertThat(lookup("#compareEmpty").queryAs(Label.class).getText())
                .startsWith("Put the listing photo next to what arrived");

        clickOn("#newPair");
        WindowWait.until(() -> lookup("#newPairDialog").tryQuery().isPresent());
        // One picture on each side: both are chosen already, the caption has the focus.
        assertThat(lookup("#addPair").queryAs(Button.class).isDisabled()).isFalse();
        clickOn("#pairCaption").write("Colour: black advertised, grey received");
        clickOn("#addPair");

        WindowWait.until(() -> context.claims().pairs(id).size() == 1);
        Pair pair = context.claims().pairs(id).get(0);
        assertThat(pair.listingId()).isEqualTo(listing.id());
        assertThat(pair.receivedId()).isEqualTo(received.id());
        assertThat(pair.caption()).isEqualTo("Colour: black advertised, grey received");
        WindowWait.until(() -> lookup("#pairCaption-" + pair.id()).tryQuery().isPresent());
        assertThat(lookup("#pairCaption-" + pair.id()).queryAs(Label.class).getText())
                .isEqualTo("Colour: black advertised, grey received");
        assertThat(lookup("Listing").tryQuery()).isPresent();
        assertThat(lookup("What arrived").tryQuery()).isPresent();
        assertThat(lookup("#compareEmpty").tryQuery()).isEmpty();
        WindowWait.until(() -> context.cases().details(id).pairs().size() == 1);

        clickOn("#captionPair-" + pair.id());
        WindowWait.until(() -> lookup(".text-input-dialog .text-field").tryQuery().isPresent());
        interact(() -> lookup(".text-input-dialog .text-field").queryAs(TextField.class).setText("Grey, not black"));
        clickOn("OK");
        WindowWait.until(() -> "Grey, not black".equals(context.claims().pairs(id).get(0).caption()));
        WindowWait.until(() -> lookup("#pairCaption-" + pair.id()).queryAs(Label.class).getText()
                .equals("Grey, not black"));

        clickOn("#savePairImage-" + pair.id());
        Path saved = desktop.resolve("Listing beside IMG_0042.jpg");
        WindowWait.until(() -> lookup("#compareNotice").queryAs(Label.class).getText().startsWith("Saved Listing"));
        assertThat(ImageIO.read(saved.toFile()).getWidth()).isGreaterThan(ImageIO.read(saved.toFile()).getHeight());

        clickOn("#removePair-" + pair.id());
        clickOn("OK");
        WindowWait.until(() -> context.claims().pairs(id).isEmpty() && lookup("#compareEmpty").tryQuery().isPresent());
        assertThat(context.evidence().evidence(id)).hasSize(2);

        clickOn("#editDifferences");
        WindowWait.until(() -> lookup("#caseTabs").queryAs(javafx.scene.control.TabPane.class).getSelectionModel()
                .getSelectedItem().getId().equals("tab-description"));
    }
}
