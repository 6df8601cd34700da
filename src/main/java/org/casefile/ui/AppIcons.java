package org.casefile.ui;

import java.util.List;
import java.util.stream.Stream;
import javafx.scene.image.Image;

/** The app icon from {@code assets/icons}, in the sizes window managers ask for. */
final class AppIcons {
    private static final int[] SIZES = {16, 32, 48, 64, 128, 256};

    private AppIcons() {
    }

    static List<Image> all() {
        return Stream.of(SIZES).flatMapToInt(java.util.Arrays::stream)
                .mapToObj(size -> new Image(AppIcons.class.getResource("/assets/icons/casefile-" + size + ".png")
                        .toExternalForm()))
                .toList();
    }

    static Image large() {
        return new Image(AppIcons.class.getResource("/assets/icons/casefile-256.png").toExternalForm());
    }
}
