package org.casefile.packet.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.casefile.ChildJava;
import org.casefile.app.BundledFonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A pair picture's caption in Chinese, Japanese or Korean, on a computer without such a font, is drawn with the bundled
 * one, read from its copy in the cache folder: from the jar's bytes, AWT first copied the 5 MB font into the temporary
 * folder, where a killed process left it. Checked in a process of its own, whose temporary and cache folders are the
 * test's, while the font is in use.
 */
class CjkCaptionFontTest {

    @Test
    void theBundledCjkFontIsReadInPlaceNotCopiedIntoTheTemporaryFolder(@TempDir Path dir) throws Exception {
        Path tmp = Files.createDirectories(dir.resolve("tmp"));
        ProcessBuilder child = ChildJava.java(List.of("-Djava.io.tmpdir=" + tmp, "-Djava.awt.headless=true"),
                Loader.class.getName());
        child.environment().put("XDG_CACHE_HOME", dir.resolve("cache").toString());
        child.redirectErrorStream(true);
        Process process = child.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();

        assertThat(out).contains("family: WenQuanYi Micro Hei", "shows Hangul: true", "temporary files: []");
        try (Stream<Path> cached = Files.walk(dir.resolve("cache"))) {
            assertThat(cached.map(Path::getFileName).map(Path::toString)).contains("wqy-microhei.ttc");
        }
    }

    /** Loads the bundled font as a caption needing it does, then lists the temporary folder (the font still held). */
    public static final class Loader {
        public static void main(String[] args) throws IOException {
            SideBySide.useCjkFont(BundledFonts::cjkFile);
            Font font = SideBySide.bundledCjk();
            System.out.println("family: " + font.getFamily(java.util.Locale.ENGLISH));
            System.out.println("shows Hangul: " + (font.canDisplayUpTo("받은 물건") == -1));
            try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
                System.out.println("temporary files: " + files.map(f -> f.getFileName().toString()).toList());
            }
        }
    }
}
