package org.casefile.ui.evidence;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.casefile.app.RedactionService;
import org.casefile.domain.Evidence;
import org.casefile.domain.RedactionBox;
import org.casefile.ui.common.BackgroundExecutor;
import org.casefile.ui.common.Messages;

/**
 * The boxes hidden on one picture, as the large preview edits them: in pixels of the upright picture
 * ({@code frameWidth × frameHeight}); each change is saved at once, off the FX thread, and a refused one is undone
 * with the reason shown.
 */
public final class RedactionBoxesModel {
    private final RedactionService service;
    private final BackgroundExecutor executor;
    private final Evidence evidence;
    private final ObservableList<RedactionBox> boxes = FXCollections.observableArrayList();
    private final IntegerProperty frameWidth = new SimpleIntegerProperty();
    private final IntegerProperty frameHeight = new SimpleIntegerProperty();
    private final StringProperty error = new SimpleStringProperty("");

    RedactionBoxesModel(RedactionService service, BackgroundExecutor executor, Evidence evidence) {
        this.service = service;
        this.executor = executor;
        this.evidence = evidence;
    }

    public ObservableList<RedactionBox> boxes() { return boxes; }

    public IntegerProperty frameWidthProperty() { return frameWidth; }

    public IntegerProperty frameHeightProperty() { return frameHeight; }

    public StringProperty errorProperty() { return error; }

    /** Reads the picture's frame and its boxes; a picture with no frame (a video) cannot be redacted. */
    public void load() {
        executor.submit(() -> new Loaded(service.frame(evidence).orElse(new int[] {0, 0}),
                service.boxes(evidence.caseId(), evidence.id())), loaded -> {
            frameWidth.set(loaded.frame[0]);
            frameHeight.set(loaded.frame[1]);
            boxes.setAll(loaded.boxes);
        }, failure -> error.set(Messages.of(failure)));
    }

    private record Loaded(int[] frame, List<RedactionBox> boxes) {
    }

    public boolean editable() {
        return frameWidth.get() > 0 && frameHeight.get() > 0;
    }

    /**
     * A box drawn from one corner to the other in frame pixels, in any direction; clipped to the picture, and
     * ignored when nothing of it is left.
     */
    public void add(double x0, double y0, double x1, double y1) {
        RedactionBox box = clipped(x0, y0, x1, y1);
        if (box != null) {
            List<RedactionBox> next = new ArrayList<>(boxes);
            next.add(box);
            save(next);
        }
    }

    /** Moves box {@code index} by {@code dx, dy} frame pixels, kept on the picture. */
    public void move(int index, double dx, double dy) {
        RedactionBox box = boxes.get(index);
        int x = (int) Math.round(Math.max(0, Math.min(frameWidth.get() - box.w(), box.x() + dx)));
        int y = (int) Math.round(Math.max(0, Math.min(frameHeight.get() - box.h(), box.y() + dy)));
        List<RedactionBox> next = new ArrayList<>(boxes);
        next.set(index, new RedactionBox(x, y, box.w(), box.h()));
        save(next);
    }

    public void remove(int index) {
        if (index >= 0 && index < boxes.size()) {
            List<RedactionBox> next = new ArrayList<>(boxes);
            next.remove(index);
            save(next);
        }
    }

    public void clear() {
        save(List.of());
    }

    private RedactionBox clipped(double x0, double y0, double x1, double y1) {
        int left = (int) Math.floor(Math.max(0, Math.min(x0, x1)));
        int top = (int) Math.floor(Math.max(0, Math.min(y0, y1)));
        int right = (int) Math.ceil(Math.min(frameWidth.get(), Math.max(x0, x1)));
        int bottom = (int) Math.ceil(Math.min(frameHeight.get(), Math.max(y0, y1)));
        return right - left >= 1 && bottom - top >= 1 ? new RedactionBox(left, top, right - left, bottom - top)
                : null;
    }

    private void save(List<RedactionBox> next) {
        List<RedactionBox> before = List.copyOf(boxes);
        boxes.setAll(next);
        error.set("");
        executor.submit(() -> {
            service.set(evidence.caseId(), evidence.id(), next);
            return null;
        }, saved -> { }, failure -> {
            boxes.setAll(before);
            error.set(Messages.of(failure));
        });
    }
}
