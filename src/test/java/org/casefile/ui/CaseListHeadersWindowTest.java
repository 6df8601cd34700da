package org.casefile.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.TableColumnHeader;
import javafx.scene.text.Text;
import org.casefile.domain.text.Language;
import org.casefile.ui.common.Words;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The case list's column headers read whole in every language, at the default size (1280×800) and at 1024 px wide,
 * with the home view beside the list and with a case open: the words {@link WholeWords} leaves out with the table's
 * own data. A header drawn "Plattfo…" is its column's name cut.
 */
class CaseListHeadersWindowTest extends WindowTestBase {
    @ParameterizedTest
    @EnumSource(Language.class)
    void everyHeaderOfTheCaseListReadsWhole(Language language) {
        TableView<?> table = openAppOnOneCaseIn(language);
        List<String> cut = new ArrayList<>();
        cut.addAll(cutAtBothSizes(table, language, "home"));
        interact(() -> table.getSelectionModel().select(0));
        WindowWait.until(() -> lookup("#caseTitle").tryQuery().filter(Node::isVisible).isPresent());
        cut.addAll(cutAtBothSizes(table, language, "case"));
        assertThat(cut).as("headers not drawn whole").isEmpty();
    }

    /** The headers cut at the default 1280×800 and at 1024×700. */
    private List<String> cutAtBothSizes(TableView<?> table, Language language, String view) {
        List<String> cut = new ArrayList<>();
        for (int width : new int[] {1280, 1024}) {
            interact(() -> {
                stage.setWidth(width);
                stage.setHeight(width == 1280 ? 800 : 700);
            });
            WindowWait.until(() -> stage.getWidth() == width && stage.getScene().getWidth() == width);
            cut.addAll(cutHeaders(table, language, width + " " + view));
        }
        return cut;
    }

    /** Each header whose drawn text differs from its column's name, after a layout at the stage's size. */
    private List<String> cutHeaders(TableView<?> table, Language language, String where) {
        List<String> cut = new ArrayList<>();
        interact(() -> {
            WholeWords.cutIn(table.getScene(), language, "case-list " + where.replace(' ', '-'));
            for (Node node : table.lookupAll(".column-header")) {
                if (node instanceof TableColumnHeader header && header.getTableColumn() != null) {
                    String name = header.getTableColumn().getText();
                    Label label = (Label) header.lookup(".label");
                    String drawn = label.getChildrenUnmodifiable().stream().filter(Text.class::isInstance)
                            .map(t -> ((Text) t).getText()).findFirst().orElse("");
                    double right = table.sceneToLocal(header.localToScene(header.getLayoutBounds())).getMaxX();
                    if (right > table.getWidth() + 0.5) {
                        cut.add(where + ": \"" + name + "\" ends at " + Math.round(right) + " px, past the list's "
                                + Math.round(table.getWidth()) + " px");
                    }
                    if (!drawn.equals(name)) {
                        cut.add(where + ": \"" + name + "\" drawn as \"" + drawn + "\" in "
                                + Math.round(header.getWidth()) + " px");
                    }
                }
            }
        });
        return cut;
    }
}
