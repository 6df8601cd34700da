package org.casefile.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javax.imageio.ImageIO;
import org.casefile.TestCases;
import org.casefile.app.CaseService;
import org.casefile.app.EvidenceService;
import org.casefile.domain.EvidenceKind;
import org.casefile.domain.text.Language;
import org.casefile.library.Library;
import org.casefile.ui.common.Words;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The due-soon reminder at 1024×700, in the languages with the longest words: it has a place of its own, so it
 * covers neither a form field of the case nor its first evidence tile.
 */
class DueSoonPlaceWindowTest extends WindowTestBase {
    @org.junit.jupiter.api.io.TempDir Path photos;

    @AfterEach
    void backToEnglish() {
        Words.use(Language.ENGLISH);
    }

    @ParameterizedTest
    @EnumSource(value = Language.class, names = {"FRENCH", "GERMAN"})
    void theReminderCoversNoFieldAndNoTile(Language language) throws Exception {
        Words.use(language);
        Path photo = photos.resolve("parcel.png");
        BufferedImage image = new BufferedImage(320, 240, BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = image.createGraphics();
        g.setColor(Color.ORANGE);
        g.fillRect(0, 0, 320, 240);
        g.dispose();
        ImageIO.write(image, "png", photo.toFile());
        try (Library lib = Library.open(library)) {
            CaseService cases = new CaseService(lib, TestCases.CLOCK);
            long id = cases.create(TestCases.ssd("8123456789012")).id(); // due today on the test clock
            new EvidenceService(lib, cases, TestCases.CLOCK, org.casefile.evidence.MediaTools.none())
                    .importFiles(id, EvidenceKind.RECEIVED, List.of(photo), o -> { }, () -> false);
        }
        openApp();
        interact(() -> {
            stage.setWidth(1024);
            stage.setHeight(700);
        });
        WindowWait.until(() -> lookup("#dueSoon").tryQuery().isPresent());
        TableView<?> table = lookup("#caseTable").queryAs(TableView.class);
        interact(() -> table.getSelectionModel().select(0));
        WindowWait.until(() -> lookup("#caseTitle").tryQuery().filter(Node::isVisible).isPresent());
        Node reminder = lookup("#dueSoon").query();

        List<Node> fields = lookup(node -> (node instanceof TextInputControl || node instanceof ComboBoxBase<?>)
                && node.isVisible() && !isInside(node, reminder)).queryAll().stream()
                .filter(DueSoonPlaceWindowTest::showing).toList();
        assertThat(fields).as("the case's form is showing").isNotEmpty();
        for (Node field : fields) {
            assertThat(overlaps(reminder, field)).as("the reminder covers %s", field.getId()).isFalse();
        }

        TabPane tabs = lookup("#caseTabs").queryAs(TabPane.class);
        interact(() -> tabs.getSelectionModel().select(tabs.getTabs().stream()
                .filter(t -> "tab-evidence".equals(t.getId())).findFirst().orElseThrow()));
        assertThat(context.evidence().evidence(context.cases().list().get(0).id())).hasSize(1);
        WindowWait.until(() -> lookup(".evidence-tile").tryQuery().isPresent(), 30);
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        Node tile = lookup(".evidence-tile").query();
        assertThat(overlaps(reminder, tile)).as("the reminder covers the first evidence tile").isFalse();
        assertThat(reminder.isVisible()).isTrue();
    }

    private static boolean showing(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return node.getScene() != null && node.getLayoutBounds().getWidth() > 0;
    }

    private static boolean isInside(Node node, Node container) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == container) {
                return true;
            }
        }
        return false;
    }

    /** Whether the reminder overlaps the part of {@code other} its scroll panes and lists show (one scrolled away is not). */
    private static boolean overlaps(Node reminder, Node other) {
        Bounds shown = other.localToScene(other.getLayoutBounds());
        for (Node n = other.getParent(); n != null; n = n.getParent()) {
            if (n instanceof javafx.scene.control.ScrollPane || n instanceof javafx.scene.control.ListView<?>
                    || n.getClip() != null) {
                shown = intersection(shown, n.localToScene(n.getLayoutBounds()));
                if (shown == null) {
                    return false;
                }
            }
        }
        return reminder.localToScene(reminder.getLayoutBounds()).intersects(shown);
    }

    private static Bounds intersection(Bounds a, Bounds b) {
        double minX = Math.max(a.getMinX(), b.getMinX());
        double minY = Math.max(a.getMinY(), b.getMinY());
        double maxX = Math.min(a.getMaxX(), b.getMaxX());
        double maxY = Math.min(a.getMaxY(), b.getMaxY());
        return minX < maxX && minY < maxY ? new javafx.geometry.BoundingBox(minX, minY, maxX - minX, maxY - minY)
                : null;
    }
}
