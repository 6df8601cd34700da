package org.casefile.ui;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import org.testfx.util.WaitForAsyncUtils;

/** Waits for the real window to reach a state: background work and the FX thread take their own time. */
final class WindowWait {
    private WindowWait() {
    }

    static void until(BooleanSupplier condition) {
        until(condition, 10);
    }

    /** For real work behind the window (an export on a busy machine) that may take longer than a click. */
    static void until(BooleanSupplier condition, int seconds) {
        try {
            WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (TimeoutException e) {
            throw new AssertionError("the window did not get there in " + seconds + " s", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }
}
