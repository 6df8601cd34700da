package org.casefile.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.casefile.domain.MediaType;
import org.casefile.domain.text.RuleText;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The ISO media container is shared by videos, iPhone photos, songs and camera raws: only the listed brands pass. */
class MediaSnifferTest {
    /** The first bytes of an ISO media file: box size, "ftyp" and the major brand. */
    private static byte[] ftyp(String brand) {
        byte[] head = new byte[32];
        head[3] = 0x20;
        System.arraycopy("ftyp".getBytes(StandardCharsets.ISO_8859_1), 0, head, 4, 4);
        // Brands are four characters, some ending in spaces ("M4A "), which CSV trims.
        System.arraycopy(String.format("%-4s", brand).getBytes(StandardCharsets.ISO_8859_1), 0, head, 8, 4);
        return head;
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"isom|MP4", "mp42|MP4", "M4V |MP4", "qt  |QUICKTIME", "heic|HEIC",
            "mif1|HEIC"})
    void photosAndVideosOfTheListedBrandsAreTaken(String brand, MediaType type) {
        assertThat(MediaSniffer.sniff(ftyp(brand), 32)).isEqualTo(type);
        assertThat(MediaSniffer.unsupportedKind(ftyp(brand), 32)).isNull();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"M4A |an audio file (M4A)", "crx |a Canon CR3 raw photo",
            "avif|an AVIF picture", "avis|an AVIF picture"})
    void aSongARawOrAnAvifIsNoVideoAndNoHeicAndSaysWhatItIs(String brand, String kind) {
        assertThat(MediaSniffer.sniff(ftyp(brand), 32)).isNull();
        assertThat(RuleText.english(MediaSniffer.unsupportedKind(ftyp(brand), 32))).isEqualTo(kind);
    }

    @ParameterizedTest
    @CsvSource({"abcd", "zzzz"})
    void anUnknownBrandIsRefusedNotGuessedToBeAVideo(String brand) {
        assertThat(MediaSniffer.sniff(ftyp(brand), 32)).isNull();
    }
}
