package org.casefile.ui;

import java.lang.management.ManagementFactory;

/** With -Dcasefile.trace=true, prints how long after the JVM started each step of start-up was reached. */
final class StartupTrace {
    private static final boolean ON = Boolean.getBoolean("casefile.trace");

    private StartupTrace() {
    }

    static void mark(String step) {
        if (ON) {
            // The thread's own CPU time too: on a busy machine it shows the work on the critical path, where the
            // wall time mostly shows the other processes.
            System.err.println("casefile.trace " + step + " after "
                    + ManagementFactory.getRuntimeMXBean().getUptime() + " ms ("
                    + Thread.currentThread().getName() + " CPU "
                    + ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() / 1_000_000 + " ms)");
        }
    }
}
