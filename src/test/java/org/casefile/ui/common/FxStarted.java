package org.casefile.ui.common;

import javafx.application.Platform;

/** JavaFX's toolkit started once for tests that need it but no window. */
final class FxStarted {
    private FxStarted() {
    }

    static void ensure() {
        try {
            Platform.startup(() -> { });
        } catch (IllegalStateException alreadyRunning) {
            // another test started JavaFX in this JVM
        }
    }
}
