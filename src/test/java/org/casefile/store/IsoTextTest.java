package org.casefile.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import org.junit.jupiter.api.Test;

class IsoTextTest {
    @Test
    void readsWhatTheStoreWritesAndOlderShapesToo() {
        LocalDateTime time = LocalDateTime.of(2028, 2, 29, 23, 5, 9);
        assertThat(IsoText.time(IsoText.TIME.format(time))).isEqualTo(time);
        assertThat(IsoText.TIME.format(LocalDateTime.of(2026, 10, 1, 14, 30))).isEqualTo("2026-10-01T14:30:00");
        assertThat(IsoText.time("2026-10-01T14:30")).isEqualTo(LocalDateTime.of(2026, 10, 1, 14, 30));
        assertThat(IsoText.date("2026-10-01")).isEqualTo(LocalDate.of(2026, 10, 1));
        assertThat(IsoText.date(null)).isNull();
        assertThat(IsoText.time(null)).isNull();
    }

    @Test
    void refusesImpossibleDates() {
        assertThatThrownBy(() -> IsoText.date("2026-02-30")).isInstanceOf(java.time.DateTimeException.class);
        assertThatThrownBy(() -> IsoText.date("26-2-3")).isInstanceOf(DateTimeParseException.class);
    }
}
