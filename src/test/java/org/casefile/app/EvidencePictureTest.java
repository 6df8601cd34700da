package org.casefile.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.casefile.LibraryTestBase;
import org.casefile.TestCases;
import org.casefile.domain.Case;
import org.casefile.domain.Evidence;
import org.casefile.domain.EvidenceKind;
import org.casefile.evidence.MediaTools;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The large preview's picture: upright, no bigger than asked, from the photo itself or its display copy. */
class EvidencePictureTest extends LibraryTestBase {
    @TempDir Path desktop;

    @Test
    void aPhotoIsDecodedSmallAndUpright() throws Exception {
        Case theCase = cases.create(TestCases.ssd("8123456789012"));
        EvidenceService evidence = new EvidenceService(library, cases, TestCases.CLOCK, MediaTools.none());
        Path phone = desktop.resolve("phone-photo.jpg"); // 64 x 48, EXIF orientation 6
        try (InputStream in = getClass().getResourceAsStream("/evidence/phone-photo.jpg")) {
            Files.copy(in, phone);
        }
        java.awt.image.BufferedImage wide = new java.awt.image.BufferedImage(4000, 1000,
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = wide.createGraphics();
        g.setColor(Color.RED);
        g.fillRect(0, 0, 4000, 1000);
        g.dispose();
        Path banner = desktop.resolve("listing banner.png");
        javax.imageio.ImageIO.write(wide, "png", banner.toFile());
        evidence.importFiles(theCase.id(), EvidenceKind.RECEIVED, List.of(phone, banner), o -> { }, () -> false);

        for (Evidence e : evidence.evidence(theCase.id())) {
            Picture picture = evidence.picture(e, 800).orElseThrow();
            if (e.originalName().equals("phone-photo.jpg")) {
                assertThat(picture.width()).isEqualTo(48);
                assertThat(picture.height()).as("orientation 6 stands it up").isEqualTo(64);
            } else {
                assertThat(picture.width()).as("at most the size asked").isEqualTo(800);
                assertThat(picture.height()).isEqualTo(200);
                assertThat(new Color(picture.argb()[picture.width() * 100 + 400]).getRed()).isGreaterThan(200);
            }
            assertThat(picture.argb()).hasSize(picture.width() * picture.height());
        }
    }
}
