package org.casefile.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Control;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import org.casefile.domain.text.Language;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A case open in a 1024×700 window and in the smallest one (900×600), in every language: on every tab of the case,
 * every control shown lies inside the window. A control past the window's edge cannot be reached at all (the window
 * cannot be made wider than the screen), so a long French status or a row of German buttons must wrap or stack.
 */
class SmallScreenTabsWindowTest extends WindowTestBase {
    private static final double[][] SIZES = {{1024, 700}, {900, 600}};

    @ParameterizedTest
    @EnumSource(Language.class)
    void onEveryTabEveryControlIsInsideTheWindow(Language language) {
        TableView<?> table = openAppOnOneCaseIn(language);
        interact(() -> table.getSelectionModel().select(0));
        WindowWait.until(() -> lookup("#caseTitle").tryQuery().filter(Node::isVisible).isPresent());
        TabPane tabs = lookup("#caseTabs").queryAs(TabPane.class);
        List<String> outside = new ArrayList<>();
        for (double[] size : SIZES) {
            interact(() -> {
                stage.setWidth(size[0]);
                stage.setHeight(size[1]);
            });
            WindowWait.until(() -> stage.getScene().getWidth() == size[0]);
            for (Tab tab : List.copyOf(tabs.getTabs())) {
                interact(() -> tabs.getSelectionModel().select(tab));
                interact(() -> stage.getScene().getRoot().layout());
                WindowWait.until(() -> tab.getContent().getScene() != null);
                interact(() -> outside.addAll(outsideTheWindow(stage.getScene().getRoot(),
                        language + " " + (int) size[0] + "x" + (int) size[1] + " " + tab.getId())));
            }
        }
        assertThat(outside).as("controls not inside the window").isEmpty();
    }

    /**
     * Each control shown whose bounds leave the scene. Inside a scroll pane or a list only the pane itself counts:
     * what it holds is reached by scrolling.
     */
    static List<String> outsideTheWindow(Parent root, String where) {
        List<String> outside = new ArrayList<>();
        double width = root.getScene().getWidth();
        double height = root.getScene().getHeight();
        collect(root, width, height, where, outside);
        return outside;
    }

    private static void collect(Node node, double width, double height, String where, List<String> outside) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Control) {
            Bounds b = node.localToScene(node.getLayoutBounds());
            if (b.getWidth() > 0 && b.getHeight() > 0 && (b.getMinX() < -0.5 || b.getMinY() < -0.5
                    || b.getMaxX() > width + 0.5 || b.getMaxY() > height + 0.5)) {
                outside.add(where + ": " + describe(node) + " at " + Math.round(b.getMinX()) + "," + Math.round(
                        b.getMinY()) + " to " + Math.round(b.getMaxX()) + "," + Math.round(b.getMaxY()));
            }
        }
        // A pane made to fit its width that has to scroll sideways cuts what it holds at the right.
        if (node instanceof ScrollPane pane && pane.isFitToWidth() && pane.getContent() != null
                && pane.getContent().getLayoutBounds().getWidth() > pane.getViewportBounds().getWidth() + 0.5) {
            outside.add(where + ": " + describe(pane.getContent()) + " is " + Math.round(pane.getContent()
                    .getLayoutBounds().getWidth()) + " px wide in a " + Math.round(pane.getViewportBounds()
                    .getWidth()) + " px pane");
        }
        // A tab's name that does not fit is in the tab list's menu; the scrolled and listed are reached by scrolling.
        if (node instanceof ScrollPane || node instanceof ListView || node instanceof TableView
                || node.getStyleClass().contains("headers-region")) {
            return;
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collect(child, width, height, where, outside);
            }
        }
    }

    private static String describe(Node node) {
        String text = node instanceof javafx.scene.control.Labeled l ? " \"" + l.getText() + "\"" : "";
        return node.getClass().getSimpleName() + (node.getId() == null ? "" : "#" + node.getId()) + text;
    }
}
