package org.casefile.app;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Path;
import org.casefile.files.UnpackedCopies;
import org.casefile.library.LibraryLocation;

/**
 * The CJK font the jar ships (WenQuanYi Micro Hei, 5 MB), as a file of Casefile's cache folder, unpacked once: a
 * font loaded from the jar's bytes is copied by JavaFX into the temporary folder at every start, and that copy stays
 * there when the process is killed.
 */
public final class BundledFonts {
    /** The font in the jar. */
    public static final String CJK = "/assets/fonts/wqy-microhei.ttc";

    private BundledFonts() {
    }

    /** The unpacked font, or null (a read-only home, a full disk): then load it from {@link #CJK} as before. */
    public static Path cjkFile() {
        URL resource = BundledFonts.class.getResource(CJK);
        if (resource == null) {
            return null;
        }
        try {
            return UnpackedCopies.of(resource, LibraryLocation.cacheFolder().resolve("fonts"), "wqy-microhei.ttc");
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
