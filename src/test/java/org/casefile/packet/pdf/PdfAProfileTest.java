package org.casefile.packet.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The packet's sRGB output intent has the same bytes whichever Java runs the export (17 in the jar, 25 installed). */
class PdfAProfileTest {
    @Test
    void javaTwentyFivesPlatformSignatureIsWrittenAsJavaSeventeensAndNothingElseChanges() {
        byte[] runtime = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
        byte[] asJava25 = runtime.clone();
        System.arraycopy("MSFT".getBytes(StandardCharsets.US_ASCII), 0, asJava25, 40, 4);

        byte[] written = PdfA.sameOnEveryRuntime(asJava25);

        assertThat(new String(written, 40, 4, StandardCharsets.US_ASCII)).isEqualTo("APPL");
        assertThat(Arrays.copyOfRange(written, 44, written.length))
                .isEqualTo(Arrays.copyOfRange(asJava25, 44, asJava25.length));
        assertThat(Arrays.copyOfRange(written, 0, 40)).isEqualTo(Arrays.copyOfRange(asJava25, 0, 40));
        assertThat(new String(asJava25, 40, 4, StandardCharsets.US_ASCII)).isEqualTo("MSFT"); // a copy, not changed
    }
}
