package org.casefile.ui.common;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;

/** Keeps the focused field of a scrolling form in view, so keyboard users always see where they type. */
public final class ScrollToFocus {
    private static final double MARGIN = 12;

    private ScrollToFocus() {
    }

    public static void install(ScrollPane scroll) {
        scroll.sceneProperty().addListener((property, before, scene) -> {
            if (scene != null) {
                scene.focusOwnerProperty().addListener((p, was, focused) -> reveal(scroll, focused));
            }
        });
    }

    static void reveal(ScrollPane scroll, Node node) {
        Node content = scroll.getContent();
        if (node == null || content == null || !isInside(node, content)) {
            return;
        }
        double contentHeight = content.getLayoutBounds().getHeight();
        double viewport = scroll.getViewportBounds().getHeight();
        double scrollable = contentHeight - viewport;
        if (scrollable <= 0) {
            return;
        }
        Bounds field = content.sceneToLocal(node.localToScene(node.getLayoutBounds()));
        double top = scroll.getVvalue() * scrollable;
        double target = top;
        if (field.getMinY() - MARGIN < top) {
            target = field.getMinY() - MARGIN;
        } else if (field.getMaxY() + MARGIN > top + viewport) {
            target = field.getMaxY() + MARGIN - viewport;
        }
        scroll.setVvalue(Math.max(0, Math.min(1, target / scrollable)));
    }

    private static boolean isInside(Node node, Node ancestor) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == ancestor) {
                return true;
            }
        }
        return false;
    }
}
