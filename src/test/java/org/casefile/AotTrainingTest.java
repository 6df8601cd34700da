package org.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The installer's cache training (src/dist/aot-cache) runs the commands it names for real: a command renamed or an
 * option changed would stop the installer's build, so this test stops it sooner. The window's part needs a display
 * and its own JavaFX launch; src/dist/check-app-image and the build's training run cover it.
 */
class AotTrainingTest {
    @AfterEach
    void clear() {
        System.clearProperty("casefile.aotTraining.part");
    }

    @Test
    void theCommandPartsRunInTheScriptsOrderImportPicturesAndExportThemInAPacket(@TempDir Path work)
            throws IOException {
        for (String part : java.util.List.of("commands", "search", "json", "import", "export")) {
            System.setProperty("casefile.aotTraining.part", part);
            assertThat(AotTraining.run(work)).as(part).isZero();
        }

        try (Stream<Path> files = Files.walk(work.resolve("library").resolve("cases"))) {
            assertThat(files.filter(f -> f.getFileName().toString().startsWith("photo-")))
                    .as("five pictures in case 1 (commands) and five in case 2 (import)").hasSize(10);
        }
        System.setProperty("casefile.aotTraining.part", "no-such-part");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> AotTraining.run(work))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(work.resolve("chargeback.pdf")).isNotEmptyFile();
        try (PDDocument packet = Loader.loadPDF(work.resolve("platform.pdf").toFile())) {
            int pictures = 0;
            for (PDPage page : packet.getPages()) {
                for (var name : page.getResources().getXObjectNames()) {
                    if (page.getResources().getXObject(name) instanceof PDImageXObject) {
                        pictures++;
                    }
                }
            }
            assertThat(pictures).isGreaterThanOrEqualTo(5);
        }
    }
}
