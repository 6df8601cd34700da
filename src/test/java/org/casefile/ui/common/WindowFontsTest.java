package org.casefile.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import javafx.scene.text.Font;
import org.casefile.app.BundledFonts;
import org.junit.jupiter.api.Test;

/**
 * The window's CJK font is read from its copy in the cache folder, never copied into the temporary folder, where a
 * process that is killed would leave 5 MB behind at every start.
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

    private static long fontCopies(Path tmp) throws IOException {
        try (Stream<Path> files = Files.list(tmp)) {
            return files.filter(f -> f.getFileName().toString().startsWith("+JXF")).count();
        }
    }
}
