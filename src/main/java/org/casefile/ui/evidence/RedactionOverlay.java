package org.casefile.ui.evidence;

import org.casefile.ui.common.Words;
import javafx.collections.ListChangeListener;
import javafx.scene.Cursor;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import org.casefile.domain.RedactionBox;

/**
 * Boxes over the large preview's picture: drag on the picture to draw one, drag a box to move it, click a box and
 * press Delete (or Backspace) to remove it. Laid over the {@link ImageView} at its shown size; the model keeps the
 * boxes in pixels of the upright picture.
 */
final class RedactionOverlay extends Pane {
    private final RedactionBoxesModel model;
    private final ImageView view;
    private Rectangle drawing;
    private double startX;
    private double startY;
    private int dragged = -1;
    private int selected = -1;

    RedactionOverlay(RedactionBoxesModel model, ImageView view) {
        this.model = model;
        this.view = view;
        setId("redactionOverlay");
        setPickOnBounds(true);
        setCursor(Cursor.CROSSHAIR);
        setFocusTraversable(true);
        setAccessibleText(Words.get("redaction.name"));
        // Exactly over the picture as shown (fitted, centred in the frame).
        view.boundsInParentProperty().addListener((o, before, now) -> place());
        model.boxes().addListener((ListChangeListener<RedactionBox>) c -> redraw());
        model.frameWidthProperty().addListener((o, before, now) -> redraw());
        addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
        setOnKeyPressed(e -> {
            if ((e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.BACK_SPACE) && selected >= 0) {
                model.remove(selected);
                selected = -1;
                e.consume();
            }
        });
    }

    /** The box chosen with a click, or -1. */
    int selected() {
        return selected;
    }

    void clearSelection() {
        selected = -1;
        redraw();
    }

    private void place() {
        var bounds = view.getBoundsInParent();
        setManaged(false);
        resizeRelocate(bounds.getMinX(), bounds.getMinY(), bounds.getWidth(), bounds.getHeight());
        redraw();
    }

    /** Screen pixels per picture pixel. */
    private double scale() {
        return model.frameWidthProperty().get() <= 0 ? 0 : getWidth() / model.frameWidthProperty().get();
    }

    private void redraw() {
        getChildren().clear();
        double s = scale();
        if (s <= 0) {
            return;
        }
        for (int i = 0; i < model.boxes().size(); i++) {
            RedactionBox box = model.boxes().get(i);
            Rectangle shown = new Rectangle(box.x() * s, box.y() * s, box.w() * s, box.h() * s);
            shown.getStyleClass().add("redaction-box");
            shown.setFill(Color.rgb(0, 0, 0, 0.85));
            shown.setStroke(i == selected ? Color.ORANGE : Color.rgb(230, 60, 60));
            shown.setStrokeWidth(i == selected ? 3 : 1.5);
            shown.setCursor(Cursor.MOVE);
            shown.setUserData(i);
            getChildren().add(shown);
        }
        if (drawing != null) {
            getChildren().add(drawing);
        }
    }

    private void highlight() {
        for (var node : getChildren()) {
            if (node instanceof Rectangle shown && shown.getUserData() instanceof Integer i) {
                shown.setStroke(i == selected ? Color.ORANGE : Color.rgb(230, 60, 60));
                shown.setStrokeWidth(i == selected ? 3 : 1.5);
            }
        }
    }

    private void pressed(MouseEvent e) {
        requestFocus();
        if (!model.editable()) {
            return;
        }
        startX = clampX(e.getX());
        startY = clampY(e.getY());
        if (e.getTarget() instanceof Rectangle box && box.getUserData() instanceof Integer index) {
            dragged = index;
            selected = index;
            // Not redrawn: the pressed rectangle must stay in the scene to receive the rest of the drag.
            highlight();
            return;
        }
        selected = -1;
        drawing = new Rectangle(startX, startY, 0, 0);
        drawing.setFill(Color.rgb(0, 0, 0, 0.6));
        drawing.setStroke(Color.ORANGE);
        redraw();
    }

    private void dragged(MouseEvent e) {
        if (drawing != null) {
            double x = clampX(e.getX());
            double y = clampY(e.getY());
            drawing.setX(Math.min(startX, x));
            drawing.setY(Math.min(startY, y));
            drawing.setWidth(Math.abs(x - startX));
            drawing.setHeight(Math.abs(y - startY));
        } else if (dragged >= 0) {
            Rectangle shown = (Rectangle) getChildren().get(dragged);
            RedactionBox box = model.boxes().get(dragged);
            double s = scale();
            shown.setX(box.x() * s + clampX(e.getX()) - startX);
            shown.setY(box.y() * s + clampY(e.getY()) - startY);
        }
    }

    private void released(MouseEvent e) {
        double s = scale();
        if (s <= 0) {
            return;
        }
        if (drawing != null) {
            Rectangle done = drawing;
            drawing = null;
            // A click without a drag draws nothing.
            if (done.getWidth() >= 3 && done.getHeight() >= 3) {
                model.add(done.getX() / s, done.getY() / s, (done.getX() + done.getWidth()) / s,
                        (done.getY() + done.getHeight()) / s);
            } else {
                redraw();
            }
        } else if (dragged >= 0) {
            double dx = (clampX(e.getX()) - startX) / s;
            double dy = (clampY(e.getY()) - startY) / s;
            int index = dragged;
            dragged = -1;
            if (Math.abs(dx) * s >= 2 || Math.abs(dy) * s >= 2) {
                model.move(index, dx, dy);
            } else {
                redraw();
            }
        }
    }

    private double clampX(double x) {
        return Math.max(0, Math.min(getWidth(), x));
    }

    private double clampY(double y) {
        return Math.max(0, Math.min(getHeight(), y));
    }
}
