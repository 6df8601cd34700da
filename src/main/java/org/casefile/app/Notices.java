package org.casefile.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What Help → About shows: Casefile's own licence and the notices of everything it bundles. The library list is
 * written by the build (license-maven-plugin, see the pom), never by hand, so a new dependency cannot be forgotten;
 * the font licences are the upstream texts shipped beside the fonts in {@code assets/fonts}.
 */
public final class Notices {
    /** Where the build puts the generated list of bundled libraries and their licences. */
    public static final String THIRD_PARTY = "/org/casefile/notices/THIRD-PARTY.txt";
    public static final String LICENCE = "Apache-2.0";

    /** Bundled font (as the buyer sees it in the packet) → its licence file inside the jar. */
    static final Map<String, String> FONTS = fonts();

    private Notices() {
    }

    private static Map<String, String> fonts() {
        Map<String, String> fonts = new LinkedHashMap<>();
        fonts.put("DejaVu Sans", "/assets/fonts/DejaVuSans.LICENSE.txt");
        fonts.put("WenQuanYi Micro Hei", "/assets/fonts/wqy-microhei.LICENSE.txt");
        return fonts;
    }

    /** Casefile's version and licence, one line each. */
    public static String header() {
        return "Casefile " + AppVersion.get() + "\nLicensed under the Apache License, Version 2.0 (" + LICENCE + ").";
    }

    /** The whole text: libraries first, then each font's licence. */
    public static String thirdParty() {
        StringBuilder text = new StringBuilder();
        String libraries = resource(THIRD_PARTY);
        text.append(libraries != null ? libraries.strip()
                : "The list of bundled libraries is made by the build (mvn package); this copy was built without it.");
        for (Map.Entry<String, String> font : FONTS.entrySet()) {
            String licence = resource(font.getValue());
            text.append("\n\n").append("=".repeat(72)).append("\nFont: ").append(font.getKey()).append("\n\n")
                    .append(licence != null ? licence.strip() : "(licence file missing from this build)");
        }
        return text.append('\n').toString();
    }

    private static String resource(String name) {
        try (InputStream in = Notices.class.getResourceAsStream(name)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
