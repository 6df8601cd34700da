package org.casefile.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import javafx.scene.text.Font;
import org.casefile.app.BundledFonts;
import org.junit.jupiter.api.Test;
import org.kordamp.ikonli.IkonHandler;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.feather.FeatherIkonHandler;
import org.kordamp.ikonli.javafx.IkonResolver;

/**
 * The window's CJK font and its icons' font are read from their copies in the cache folder, never copied into the
 * temporary folder, where a process that is killed would leave them behind at every start.
 */
class WindowFontsTest {
    @Test
    void theBundledFontIsLoadedFromTheCacheFolderWithNothingLeftInTmp() throws IOException {
        FxStarted.ensure();
        org.junit.jupiter.api.Assumptions.assumeTrue(BundledFonts.cjkFile() != null,
                "no writable cache folder here: the window then loads the font as before");
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        long before = fontCopies(tmp);

        assertThat(WindowFonts.load()).isTrue();

        assertThat(fontCopies(tmp)).as("JavaFX's font copies (+JXF*.tmp) in " + tmp).isEqualTo(before);
        Path unpacked = BundledFonts.cjkFile();
        assertThat(unpacked).isNotNull();
        assertThat(Files.size(unpacked)).isEqualTo(BundledFonts.class.getResource(BundledFonts.CJK)
                .openConnection().getContentLengthLong());
        assertThat(BundledFonts.cjkFile()).as("unpacked once").isEqualTo(unpacked);
        assertThat(Font.getFamilies()).contains("WenQuanYi Micro Hei");
    }

    @Test
    void theIconsFontIsReadFromItsCopyInTheCacheFolder() throws IOException {
        FxStarted.ensure();
        URL inJar = new FeatherIkonHandler().getFontResource();
        org.junit.jupiter.api.Assumptions.assumeTrue(BundledFonts.unpacked(inJar, "feather.ttf") != null,
                "no writable cache folder here: the icons then load their font from the jar as before");

        IkonHandler handler = IkonResolver.getInstance().resolve(Feather.ARCHIVE.getDescription());

        assertThat(handler).isInstanceOf(CachedFeatherHandler.class);
        URL font = handler.getFontResource();
        assertThat(font.getProtocol()).isEqualTo("file");
        try (InputStream original = inJar.openStream()) {
            assertThat(Files.readAllBytes(Path.of(URI.create(font.toString())))).isEqualTo(original.readAllBytes());
        }
        assertThat(Font.loadFont(font.toExternalForm(), 16).getFamily()).isEqualTo(handler.getFontFamily());
    }

    private static long fontCopies(Path tmp) throws IOException {
        try (Stream<Path> files = Files.list(tmp)) {
            return files.filter(f -> f.getFileName().toString().startsWith("+JXF")).count();
        }
    }
}
