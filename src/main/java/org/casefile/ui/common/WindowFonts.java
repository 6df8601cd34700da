package org.casefile.ui.common;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import javafx.application.Application;
import javafx.scene.text.Font;
import org.casefile.app.BundledFonts;
import org.casefile.domain.text.Language;

/**
 * Korean needs a font with Hangul, which a desktop may lack (the window then shows boxes). Casefile ships one for its
 * packets, WenQuanYi Micro Hei; in Korean the window loads it and uses it throughout, over the theme's own stylesheet;
 * in other languages only for the Chinese or Korean a buyer pasted.
 */
public final class WindowFonts {
    private static final String CJK_FAMILY = "WenQuanYi Micro Hei"; // not window text
    private static Boolean cjkLoaded;

    private WindowFonts() {
    }

    /** The theme's stylesheet (a resource path or URL), with the bundled CJK font for a Korean window. */
    public static void applyTheme(String themeStylesheet, Language language) {
        if (language != Language.KOREAN || !load()) {
            Application.setUserAgentStylesheet(themeStylesheet);
            return;
        }
        java.net.URL theme = WindowFonts.class.getResource(themeStylesheet);
        String themeUrl = theme == null ? themeStylesheet : theme.toExternalForm();
        String css = "@import url(\"" + themeUrl + "\");\n" // not window text
                + ".root { -fx-font-family: \"" + CJK_FAMILY + "\"; }\n";
        Application.setUserAgentStylesheet("data:text/css;base64,"
                + Base64.getEncoder().encodeToString(css.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * A seller's chat may be Chinese or Korean whatever the window's language, and a desktop without such a font
     * shows boxes: text holding those scripts is drawn with the bundled font (a Korean window uses it throughout).
     */
    public static void forAnyScript(javafx.scene.Node node, String text) {
        if (text != null && Words.language() != Language.KOREAN && hasCjk(text) && cjkLoaded()) {
            node.setStyle("-fx-font-family: \"" + CJK_FAMILY + "\";"); // not window text
        }
    }

    private static boolean hasCjk(String text) {
        return text.codePoints().mapToObj(Character.UnicodeScript::of).anyMatch(script ->
                script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HANGUL
                        || script == Character.UnicodeScript.HIRAGANA || script == Character.UnicodeScript.KATAKANA);
    }

    private static boolean cjkLoaded() {
        if (cjkLoaded == null) {
            cjkLoaded = load();
        }
        return cjkLoaded;
    }

    /**
     * Registers the bundled font, from its copy in the cache folder: JavaFX reads a file in place, while a font given
     * as bytes is first copied into the temporary folder (5 MB a start, left there when the process is killed).
     */
    static boolean load() {
        java.nio.file.Path file = BundledFonts.cjkFile();
        if (file != null) {
            // A plain file URL: JavaFX takes its path as written, so a space must not become "%20".
            Font[] fonts = Font.loadFonts("file:" + file.toAbsolutePath(), 13);
            if (fonts != null && fonts.length > 0) {
                return true;
            }
        }
        try (InputStream in = WindowFonts.class.getResourceAsStream(BundledFonts.CJK)) {
            Font[] fonts = in == null ? null : Font.loadFonts(in, 13);
            return fonts != null && fonts.length > 0;
        } catch (IOException e) {
            return false; // the system's fonts then; Hangul may show as boxes on a desktop without one
        }
    }
}
