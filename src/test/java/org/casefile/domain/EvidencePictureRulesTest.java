package org.casefile.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDateTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How a piece of evidence stands upright: one rule for the compare view, the packet and the kit. */
class EvidencePictureRulesTest {
    private static Evidence item(MediaType type, Integer width, Integer height, Integer orientation) {
        return new Evidence(1, 1, EvidenceKind.RECEIVED, "cases/x/a", "a", null, "0".repeat(64), 1, type, width,
                height, null, orientation, false, LocalDateTime.parse("2026-11-20T10:00:00"));
    }

    @ParameterizedTest
    @CsvSource(nullValues = "null", value = {"JPEG, null, 1", "JPEG, 0, 1", "JPEG, 1, 1", "JPEG, 5, 5",
            "JPEG, 6, 6", "JPEG, 8, 8", "JPEG, 9, 1", "HEIC, 6, 6", "MP4, 6, 1", "QUICKTIME, 8, 1", "WEBM, 5, 1"})
    void aPhotoTurnsAsItsExifSaysAndAVideoNeverTurnsAgain(MediaType type, Integer orientation, int upright) {
        assertThat(item(type, 4000, 3000, orientation).uprightOrientation()).isEqualTo(upright);
    }

    @ParameterizedTest
    @CsvSource({"JPEG, 4, 4000, 3000, 1.3333", "JPEG, 5, 4000, 3000, 0.75", "JPEG, 8, 4000, 3000, 0.75",
            "MP4, 6, 1920, 1080, 1.7778", "MOV_NONE, 6, 1920, 1080, 0.5625"})
    void theAspectIsOfThePictureAsItStands(String type, int orientation, int width, int height, double aspect) {
        // A file of no known type keeps its EXIF turn: only a video's frames come upright from ffmpeg.
        MediaType media = type.equals("MOV_NONE") ? null : MediaType.valueOf(type);
        assertThat(item(media, width, height, orientation).uprightAspect()).isCloseTo(aspect, within(0.001));
    }

    @ParameterizedTest
    @CsvSource(nullValues = "null", value = {"null, 3000", "4000, null", "0, 3000", "4000, 0", "-1, 3000"})
    void aPictureOfUnknownSizeIsDrawnFourByThree(Integer width, Integer height) {
        assertThat(item(MediaType.JPEG, width, height, 6).uprightAspect()).isCloseTo(4.0 / 3.0, within(0.001));
    }

    @ParameterizedTest
    @CsvSource({"JPEG, true, false, false", "HEIC, true, false, false", "PDF, false, false, true",
            "MP4, false, true, false", "EMAIL, false, false, false"})
    void whatAnItemIsFollowsItsMediaType(MediaType type, boolean image, boolean video, boolean pdf) {
        Evidence e = item(type, 10, 10, null);
        assertThat(e.isImage()).isEqualTo(image);
        assertThat(e.isVideo()).isEqualTo(video);
        assertThat(e.isPdf()).isEqualTo(pdf);
        assertThat(e.mime()).isEqualTo(type.mime());
        assertThat(MediaType.ofMime(e.mime())).contains(type);
    }
}
