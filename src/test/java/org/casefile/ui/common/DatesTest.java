package org.casefile.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DatesTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

    @Test
    void dueDatesReadNaturally() {
        assertThat(Dates.due(TODAY, TODAY)).isEqualTo("Today");
        assertThat(Dates.due(TODAY.plusDays(1), TODAY)).isEqualTo("Tomorrow");
        assertThat(Dates.due(TODAY.plusDays(7), TODAY)).isEqualTo("in 7 days");
        assertThat(Dates.due(TODAY.plusDays(8), TODAY)).isEqualTo("4 Dec");
        assertThat(Dates.due(LocalDate.of(2027, 1, 14), TODAY)).isEqualTo("14 Jan 2027");
        assertThat(Dates.fromToday(TODAY.minusDays(3), TODAY)).isEqualTo("3 days ago");
        assertThat(Dates.fromToday(TODAY.plusDays(30), TODAY)).isEqualTo("30 days");
    }
}
