package org.casefile.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The notices Help → About shows are made by the build and ship on the classpath, fonts included. */
class NoticesTest {
    @Test
    void theBuildWritesTheThirdPartyListIntoItsOutput() throws Exception {
        Path built = Path.of("target", "classes").resolve(Notices.THIRD_PARTY.substring(1));
        assertThat(built).as("copied from target/generated-resources by the build").exists();
        String list = Files.readString(built, StandardCharsets.UTF_8);
        assertThat(list).contains("Apache PDFBox (org.apache.pdfbox:pdfbox:")
                .contains("org.xerial:sqlite-jdbc:")
                .contains("org.openjfx:javafx-controls:")
                .contains("com.fasterxml.jackson.core:jackson-databind:");
        assertThat(list).as("test-only libraries are not bundled").doesNotContain("junit").doesNotContain("testfx")
                .doesNotContain("archunit");
        try (InputStream in = Notices.class.getResourceAsStream(Notices.THIRD_PARTY)) {
            assertThat(in).as("on the runtime classpath").isNotNull();
        }
    }

    @Test
    void theTextHasTheLibrariesAndBothFontLicences() {
        String text = Notices.thirdParty();
        assertThat(text).contains("PDFBox").contains("sqlite-jdbc").contains("javafx-graphics")
                .contains("Font: DejaVu Sans").contains("Bitstream Vera")
                .contains("Font: WenQuanYi Micro Hei").contains("Apache")
                .doesNotContain("licence file missing");
        assertThat(Notices.header()).contains(AppVersion.get()).contains("Apache-2.0");
    }
}
