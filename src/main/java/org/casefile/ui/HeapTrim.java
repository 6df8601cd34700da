package org.casefile.ui;

import java.lang.management.ManagementFactory;
import java.lang.management.PlatformManagedObject;

/**
 * Hands back to the system the memory the window's start-up made the Java heap grow by (issue 19). On a large
 * machine the JVM starts with a heap of a sixty-fourth of its memory (384 MB on 24 GB) and G1 keeps every page the
 * start-up touched: reading 10,000 cases and walking their folders left the window at ~400 MB resident though under
 * 80 MB of it was live. Once that work is done, G1's own idle-time collection (JEP 346) is switched on for a short
 * while with tighter free-space ratios: it runs a concurrent cycle when the window is idle and shrinks the heap to its
 * live data and a margin, without our code forcing a collection ({@code System.gc()} stays out, as the house rules
 * ask). Plain {@code java -jar} cannot take heap options, so this is done from the code; where the launcher sets the
 * ratios (installer, {@code mvn javafx:run}), the same collection just finds less to give back.
 */
final class HeapTrim {
    /** After a collection, the heap keeps at most this share free (the JVM's default is 70 %) and at least the next. */
    private static final String MAX_FREE_PERCENT = "30";
    private static final String MIN_FREE_PERCENT = "10";
    /** How long the window must be idle before G1 collects on its own, while the trim is on. */
    static final String IDLE_MS = "1000";
    /** Off again: idle cycles every second would cost a laptop's battery for nothing once the heap is small. */
    private static final String OFF = "0";

    private HeapTrim() {
    }

    /** The heap may shrink to its live data at the next idle second. Cheap; any thread. */
    static void afterStartUp() {
        set("MinHeapFreeRatio", MIN_FREE_PERCENT); // Min first: it may never exceed Max (default Min is 40)
        set("MaxHeapFreeRatio", MAX_FREE_PERCENT);
        set("G1PeriodicGCInterval", IDLE_MS);
        StartupTrace.mark("heap trim on"); // not window text
    }

    /** No more idle collections (call a few seconds after {@link #afterStartUp}). */
    static void done() {
        set("G1PeriodicGCInterval", OFF);
    }

    /**
     * These are "manageable" flags, settable while running through the HotSpot diagnostic bean; it lives in the
     * jdk.management module, which a runtime may lack, and the periodic interval exists only with G1: then the JVM's
     * defaults stay.
     */
    @SuppressWarnings("unchecked")
    private static void set(String flag, String value) {
        try {
            Class<? extends PlatformManagedObject> type = (Class<? extends PlatformManagedObject>)
                    Class.forName("com.sun.management.HotSpotDiagnosticMXBean");
            Object bean = ManagementFactory.getPlatformMXBean(type);
            type.getMethod("setVMOption", String.class, String.class).invoke(bean, flag, value);
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            // Not a HotSpot JVM, no jdk.management, or another collector: nothing is trimmed.
        }
    }
}
