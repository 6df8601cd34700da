package org.casefile.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The command line's clock is the computer's, in its time zone, read when first asked for (issue 19). */
class SystemZoneClockTest {

    @Test
    void tellsTheComputersTimeInItsZone() {
        Clock clock = new SystemZoneClock();
        Instant before = Instant.now();
        Instant now = clock.instant();
        assertThat(Duration.between(before, now)).isBetween(Duration.ZERO, Duration.ofSeconds(5));
        assertThat(Math.abs(clock.millis() - System.currentTimeMillis())).isLessThan(5_000);
        assertThat(clock.getZone()).isEqualTo(ZoneId.systemDefault()).isEqualTo(Clock.systemDefaultZone().getZone());
        SystemZoneClock.readZone(); // a helper thread reading it again changes nothing
        assertThat(clock.getZone()).isSameAs(new SystemZoneClock().getZone());
        Clock utc = clock.withZone(ZoneOffset.UTC);
        assertThat(utc.getZone()).isEqualTo(ZoneOffset.UTC);
        assertThat(Math.abs(utc.millis() - clock.millis())).isLessThan(5_000);
    }
}
