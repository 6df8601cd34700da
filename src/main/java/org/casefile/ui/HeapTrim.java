package org.casefile.ui;

import java.lang.management.ManagementFactory;
import java.lang.management.PlatformManagedObject;
import javax.management.ObjectName;

/**
 * Keeps the window's resident memory near what it really uses (issue 19). On a large machine the JVM starts with a
 * heap of a sixty-fourth of its memory (384 MB on 24 GB) and G1 keeps every page the start-up touched: reading 10,000
 * cases and walking their folders left the window at ~400 MB resident though about 50 MB of it was live. From the
 * first frame until a few seconds after that work is done, G1's periodic collection (JEP 346) is on, with tight
 * free-space ratios: a second without a collection starts a concurrent cycle, whose end shrinks the heap to its live
 * data and a small margin, so the heap is handed back as soon as the list is read, not only at the end. Then the C
 * library's heap is trimmed too (the JIT's and SQLite's freed scratch memory, 10-15 MB).
 * {@code System.gc()} stays out, as the house rules ask. Plain {@code java -jar} cannot take heap options, so this is
 * done from the code; where the launcher sets the ratios (installer, {@code mvn javafx:run}), the same collection just
 * finds less to give back.
 */
final class HeapTrim {
    /** After a collection, the heap keeps at most this share free (the JVM's default is 70 %) and at least the next. */
    static final String MAX_FREE_PERCENT = "15";
    private static final String MIN_FREE_PERCENT = "5";
    /** How long without a collection before G1 starts one on its own, while the trim is on. */
    static final String IDLE_MS = "1000";
    /** The same right after the list is read, so the heap it grew by goes back at once, not a second later. */
    static final String SOON_MS = "200";
    /** Off again: idle cycles every second would cost a laptop's battery for nothing once the heap is small. */
    private static final String OFF = "0";

    private HeapTrim() {
    }

    /** The heap shrinks to its live data after each collection from now on, idle collections each second. Cheap. */
    static void start() {
        set("MinHeapFreeRatio", MIN_FREE_PERCENT); // Min first: it may never exceed Max (default Min is 40)
        set("MaxHeapFreeRatio", MAX_FREE_PERCENT);
        whenIdle();
        StartupTrace.mark("heap trim on"); // not window text
    }

    /** Back to a collection after each idle second (after {@link #soon}). */
    static void whenIdle() {
        set("G1PeriodicGCInterval", IDLE_MS);
    }

    /**
     * The start-up's big allocations are over (the list is read): the next collection, and the shrink at its end,
     * come as soon as the window is idle for a moment. Cycles never overlap: G1 starts none while one is running.
     * Call {@link #whenIdle} shortly after, or G1 would collect every fifth of a second.
     */
    static void soon() {
        set("G1PeriodicGCInterval", SOON_MS);
    }

    /** No more idle collections; the C heap is trimmed again (some seconds after the start-up; not the FX thread). */
    static void done() {
        set("G1PeriodicGCInterval", OFF);
        trimNative();
        StartupTrace.mark("heap trim done"); // not window text
    }

    /**
     * The C library hands back the memory freed inside it (the list read's SQLite and JIT scratch, about 10 MB), as
     * {@code jcmd PID System.trim_native_heap} does. The first call starts the platform's management server (a few
     * hundred classes, some 50 ms): not on the FX thread.
     */
    static void trimNative() {
        try {
            ManagementFactory.getPlatformMBeanServer().invoke(
                    new ObjectName("com.sun.management:type=DiagnosticCommand"), "systemTrimNativeHeap",
                    new Object[] {null}, new String[] {String[].class.getName()});
        } catch (Exception | LinkageError e) {
            // A runtime without the command (before 17.0.9, not glibc, no jdk.management): the C heap stays.
        }
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
