package org.casefile.app;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * The computer's clock in its time zone, as {@link Clock#systemDefaultZone()}, but the zone is read when first asked
 * for: java.time reads its whole time-zone file for the zone's rules (20-60 ms at a command's start), which a command
 * that never shows a date (search) does not need, and which a command line's helper thread reads meanwhile for those
 * that do (cli/CommandWarmUp).
 */
public final class SystemZoneClock extends Clock {
    private static final FutureTask<ZoneId> ZONE = new FutureTask<>(() -> {
        ZoneId zone = ZoneId.systemDefault();
        zone.getRules();
        return zone;
    });

    /** Reads the zone and its rules now, on this thread; the clock asking meanwhile waits for it. */
    public static void readZone() {
        ZONE.run();
    }

    @Override
    public ZoneId getZone() {
        ZONE.run(); // returns at once when another thread reads it
        try {
            return ZONE.get();
        } catch (ExecutionException e) {
            return ZoneId.systemDefault(); // the same failure, thrown where the zone was wanted
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ZoneId.systemDefault();
        }
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.system(zone);
    }

    @Override
    public Instant instant() {
        return Instant.now();
    }

    @Override
    public long millis() {
        return System.currentTimeMillis();
    }
}
