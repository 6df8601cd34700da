package org.casefile.ui.compare;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.value.ObservableDoubleValue;
import javafx.scene.Node;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.StackPane;
import org.casefile.domain.Evidence;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** Thumbnails of evidence, loaded in the background from the library's small JPEGs, never the full photo. */
final class Pictures {
    private Pictures() {
    }

    /** Width over height as the picture stands (EXIF orientations 5-8 turn it a quarter). */
    static double aspect(Evidence item) {
        return item.uprightAspect();
    }

    /** The thumbnail fitted into {@code width} × {@code height}, in a framed box of that size. */
    static StackPane framed(Path thumbnail, double width, double height) {
        return framed(thumbnail, new SimpleDoubleProperty(width), new SimpleDoubleProperty(height));
    }

    /** The same, following sizes that change with the window. */
    static StackPane framed(Path thumbnail, ObservableDoubleValue width, ObservableDoubleValue height) {
        Node picture;
        if (Files.exists(thumbnail)) {
            ImageView view = new ImageView(new Image(thumbnail.toUri().toString(), 0, 0, true, true, true));
            view.fitWidthProperty().bind(width);
            view.fitHeightProperty().bind(height);
            view.setPreserveRatio(true);
            view.setSmooth(true);
            picture = view;
        } else {
            FontIcon icon = new FontIcon(Feather.IMAGE);
            icon.setIconSize(40);
            picture = icon;
        }
        StackPane frame = new StackPane(picture);
        frame.minWidthProperty().bind(width);
        frame.prefWidthProperty().bind(width);
        frame.maxWidthProperty().bind(width);
        frame.minHeightProperty().bind(height);
        frame.prefHeightProperty().bind(height);
        frame.maxHeightProperty().bind(height);
        frame.getStyleClass().add("evidence-frame");
        return frame;
    }
}
