package org.casefile.ui;

import java.lang.management.ManagementFactory;

/** With -Dcasefile.trace=true, prints how long after the JVM started each step of start-up was reached. */
final class StartupTrace {
    private static final boolean ON = Boolean.getBoolean("casefile.trace");

    private StartupTrace() {
    }

    static void mark(String step) {
        if (ON) {
            System.err.println("casefile.trace " + step + " after "
                    + ManagementFactory.getRuntimeMXBean().getUptime() + " ms");
        }
    }
}
