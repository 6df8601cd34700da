package org.casefile.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import com.drew.metadata.exif.ExifSubIFDDirectory;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class ProbeTest {
    private static LocalDateTime captured(String written) {
        ExifSubIFDDirectory exif = new ExifSubIFDDirectory();
        exif.setString(ExifSubIFDDirectory.TAG_DATETIME_ORIGINAL, written);
        return Probe.capturedAt(exif);
    }

    @Test
    void theWarmUpPhotoIsReadAsEveryPhotoIs() {
        Probe read = Probe.warmUp();

        assertThat(read).isNotNull();
        assertThat(read.width()).isEqualTo(16);
        assertThat(read.height()).isEqualTo(12);
        assertThat(read.capturedAt()).isEqualTo(LocalDateTime.of(2026, 1, 2, 3, 4, 5));
        assertThat(read.orientation()).isEqualTo(6);
        assertThat(read.hasGps()).isFalse();
    }

    @Test
    void theCaptureTimeIsReadAsWrittenWithoutAZone() {
        assertThat(captured("2026:10:18 17:42:05")).isEqualTo(LocalDateTime.of(2026, 10, 18, 17, 42, 5));
        assertThat(captured(" 2026:10:18 17:42:05\0")).as("padding some cameras write")
                .isEqualTo(LocalDateTime.of(2026, 10, 18, 17, 42, 5));
        assertThat(captured("2026-10-18 17:42:05")).as("an odd form, through metadata-extractor")
                .isEqualTo(LocalDateTime.of(2026, 10, 18, 17, 42, 5));
    }

    @Test
    void aClockNeverSetOrAnImpossibleDateIsNoTime() {
        assertThat(captured("0000:00:00 00:00:00")).isNull();
        assertThat(captured("2026:02:30 10:00:00")).isNull();
        assertThat(captured("")).isNull();
        assertThat(new ExifSubIFDDirectory().getString(ExifSubIFDDirectory.TAG_DATETIME_ORIGINAL)).isNull();
        assertThat(Probe.capturedAt(new ExifSubIFDDirectory())).isNull();
    }
}
