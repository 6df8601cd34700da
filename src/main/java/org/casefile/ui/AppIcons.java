package org.casefile.ui;

import java.util.List;
import java.util.stream.Stream;
import javafx.scene.image.Image;

/** The app icon from {@code assets/icons}, in the sizes window managers ask for. */
public final class AppIcons {
    private static final int[] SIZES = {16, 32, 48, 64, 128, 256};

    private static List<Image> images;

    private AppIcons() {
    }

    /**
     * Starts decoding the icons on another thread (the toolkit must be up): the FX thread, which builds the window
     * meanwhile, then finds them ready, or waits only for the rest.
     */
    static void decodeInBackground() {
        Thread thread = new Thread(AppIcons::all, "casefile-icons"); // not window text
        thread.setDaemon(true);
        thread.start();
    }

    /** Loaded once: the window, the header and the start screen share them. */
    static synchronized List<Image> all() {
        if (images == null) {
            images = Stream.of(SIZES).flatMapToInt(java.util.Arrays::stream)
                    .mapToObj(size -> new Image(AppIcons.class.getResource("/assets/icons/casefile-" + size + ".png")
                            .toExternalForm()))
                    .toList();
        }
        return images;
    }

    public static Image of(int size) {
        for (int i = 0; i < SIZES.length; i++) {
            if (SIZES[i] == size) {
                return all().get(i);
            }
        }
        throw new IllegalArgumentException("no icon of " + size + " px"); // not window text
    }
}
