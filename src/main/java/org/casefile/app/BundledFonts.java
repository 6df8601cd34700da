package org.casefile.app;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Path;
import org.casefile.files.UnpackedCopies;
import org.casefile.library.LibraryLocation;

/**
 * Fonts the jar ships (the CJK font WenQuanYi Micro Hei, 5 MB; the icons' font), as files of Casefile's cache folder,
 * unpacked once: a font loaded from the jar's bytes is copied by JavaFX into the temporary folder at every start, and
 * that copy stays there when the process is killed.
 */
public final class BundledFonts {
    /** The font in the jar. */
    public static final String CJK = "/assets/fonts/wqy-microhei.ttc";

    private BundledFonts() {
    }

    /** The unpacked font, or null (a read-only home, a full disk): then load it from {@link #CJK} as before. */
    public static Path cjkFile() {
        return unpacked(BundledFonts.class.getResource(CJK), "wqy-microhei.ttc");
    }

    /**
     * A font of the jar ({@code resource}) unpacked as {@code name}, or null when there is no such resource or no copy
     * can be made (a read-only home, a full disk): then the font is loaded from the jar as before.
     */
    public static Path unpacked(URL resource, String name) {
        if (resource == null) {
            return null;
        }
        try {
            return UnpackedCopies.of(resource, LibraryLocation.cacheFolder().resolve("fonts"), name);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
