package org.casefile.ui.common;

import java.net.MalformedURLException;
import java.net.URL;
import java.nio.file.Path;
import org.casefile.app.BundledFonts;
import org.kordamp.ikonli.feather.FeatherIkonHandler;

/**
 * The Feather icons (ikonli) drawn with their font read from a copy in Casefile's cache folder. Ikonli loads each icon
 * font from its URL as the first icon is made; from the jar, JavaFX first copies the font into the temporary folder
 * (87 KB, at every start, on the window's critical path) and a killed window leaves that copy behind. The jar
 * registers this handler in place of ikonli's own (META-INF/services and the pom's shade filters).
 */
public final class CachedFeatherHandler extends FeatherIkonHandler {
    @Override
    public URL getFontResource() {
        URL inJar = super.getFontResource();
        Path copy = BundledFonts.unpacked(inJar, "feather.ttf");
        if (copy == null) {
            return inJar;
        }
        try {
            return copy.toUri().toURL();
        } catch (MalformedURLException e) {
            return inJar;
        }
    }
}
