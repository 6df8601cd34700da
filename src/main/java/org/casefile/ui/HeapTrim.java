package org.casefile.ui;

import java.lang.management.ManagementFactory;
import java.lang.management.PlatformManagedObject;

/**
 * Hands back to the system the memory the window's start-up made the Java heap grow by (issue 19). On a large
 * machine the JVM starts with a heap of a sixty-fourth of its memory (384 MB on 24 GB) and G1 keeps every page the
 * start-up touched: reading 10,000 cases and walking their folders left the window at ~400 MB resident though under
 * 80 MB of it was live. Once that work is done, one collection with tighter free-space ratios gives the rest back.
 * Plain {@code java -jar} cannot take heap options, so this is done from the code; where the launcher sets them
 * (installer, {@code mvn javafx:run}), the same collection just finds less to give back.
 */
final class HeapTrim {
    /** After a collection, the heap keeps at most this share free (the JVM's default is 70 %) and at least the next. */
    private static final String MAX_FREE_PERCENT = "30";
    private static final String MIN_FREE_PERCENT = "10";

    private HeapTrim() {
    }

    /** One full collection, the heap then shrunk to its live data and a margin. Call off the FX thread. */
    static void afterStartUp() {
        tighten();
        System.gc();
        StartupTrace.mark("heap trimmed"); // not window text
    }

    /**
     * Min/MaxHeapFreeRatio are "manageable" flags, settable while running through the HotSpot diagnostic bean; it
     * lives in the jdk.management module, which a runtime may lack: then the JVM's defaults stay.
     */
    @SuppressWarnings("unchecked")
    private static void tighten() {
        try {
            Class<? extends PlatformManagedObject> type = (Class<? extends PlatformManagedObject>)
                    Class.forName("com.sun.management.HotSpotDiagnosticMXBean");
            Object bean = ManagementFactory.getPlatformMXBean(type);
            var set = type.getMethod("setVMOption", String.class, String.class);
            // Min first: it may never exceed Max, and Max is lowered below the default Min (40).
            set.invoke(bean, "MinHeapFreeRatio", MIN_FREE_PERCENT);
            set.invoke(bean, "MaxHeapFreeRatio", MAX_FREE_PERCENT);
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            // Not a HotSpot JVM or no jdk.management: the collection still gives back what the defaults allow.
        }
    }
}
