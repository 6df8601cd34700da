package org.casefile.ui;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import atlantafx.base.theme.Theme;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * WCAG AA contrast of every text colour casefile.css sets, on the surfaces that text sits on, with the colours the
 * theme really defines (read from AtlantaFX's own stylesheet, light and dark): 4.5:1 for text, 3:1 for icons.
 */
class ThemeContrastTest {
    private static final double TEXT = 4.5;
    private static final double ICON = 3.0;
    private static final String PAGE = "-color-bg-default";
    private static final String SUBTLE = "-color-bg-subtle";

    /**
     * Where each text rule of casefile.css is shown: a selector of casefile.css (its background is used) or a theme
     * surface. Every rule that sets a text colour must be listed, so a new one cannot skip the check.
     */
    private static final Map<String, List<String>> TEXT_ON = new LinkedHashMap<>();

    static {
        on(".app-name", ".app-header");
        on(".status-bar .label", ".status-bar");
        on(".placeholder", PAGE, SUBTLE);
        on(".case-subtitle", PAGE);
        on(".form-section", PAGE, SUBTLE);
        on(".field-label", PAGE, SUBTLE);
        on(".field-error", PAGE, SUBTLE);
        on(".notice", ".action-bar");
        on(".case-table .deadline-soon", PAGE, SUBTLE);
        on(".info-row .row-detail", ".info-row");
        on(".info-row.missed .row-heading", ".info-row");
        on(".info-row.soon .row-heading", ".info-row");
        on(".start-text", PAGE);
        on(".step-number", ".step-number");
        on(".step-text", PAGE);
        on(".next-step", ".next-step");
        on(".agenda-row .what", PAGE, SUBTLE);
        on(".agenda-row.soon .what", PAGE, SUBTLE);
        on(".agenda-row.missed .what", PAGE, SUBTLE);
        on(".agenda-row .row-detail", PAGE, SUBTLE);
        on(".reminder", ".reminder");
        on(".bubble-meta", ".bubble", ".bubble.buyer");
        on(".bubble-text", ".bubble", ".bubble.buyer", ".bubble.platform");
        on(".bubble-promise", ".bubble");
        on(".bubble.buyer .bubble-promise, .bubble.platform .bubble-promise, .bubble.platform .bubble-meta",
                ".bubble.buyer", ".bubble.platform");
        on(".pair-number", ".pair-card");
        on(".exhibit-label", ".exhibit-label");
        on(".pair-caption", ".pair-card");
        on(".difference-received", PAGE, SUBTLE);
        on(".compare-empty .placeholder", ".compare-empty");
        on(".evidence-doubtful", PAGE, SUBTLE);
    }

    private static void on(String selector, String... surfaces) {
        TEXT_ON.put(selector, List.of(surfaces));
    }

    static Stream<Theme> themes() {
        return Stream.of(new PrimerLight(), new PrimerDark());
    }

    @ParameterizedTest
    @MethodSource("themes")
    void everyTextColourOnItsSurfacesPassesWcagAa(Theme theme) throws IOException {
        Map<String, String> palette = palette(read(theme.getUserAgentStylesheet()));
        Map<String, Map<String, String>> rules = rules(read("/org/casefile/ui/casefile.css"));
        List<String> failures = new ArrayList<>();
        int checked = 0;
        for (Map.Entry<String, Map<String, String>> rule : rules.entrySet()) {
            String fg = textColour(rule.getValue());
            if (fg == null) {
                continue;
            }
            assertThat(TEXT_ON).as("surfaces of the text rule %s", rule.getKey()).containsKey(rule.getKey());
            for (String surface : TEXT_ON.get(rule.getKey())) {
                String bg = surface.startsWith("-color") ? surface
                        : rules.get(surface).get("-fx-background-color");
                double ratio = contrast(palette, fg, bg);
                checked++;
                if (ratio < TEXT) {
                    failures.add(String.format("%s: %s on %s (%s) is %.2f:1", rule.getKey(), fg, bg, surface, ratio));
                }
            }
        }
        // Icons (non-text graphics, WCAG 1.4.11): on their rule's container when it has a background, else the page.
        for (Map.Entry<String, Map<String, String>> rule : rules.entrySet()) {
            String icon = rule.getValue().get("-fx-icon-color");
            if (icon == null) {
                continue;
            }
            String container = rule.getKey().split(" ")[0];
            String own = rules.getOrDefault(container, Map.of()).get("-fx-background-color");
            for (String bg : own != null && own.startsWith("-color") ? List.of(own) : List.of(PAGE, SUBTLE)) {
                double ratio = contrast(palette, icon, bg);
                checked++;
                if (ratio < ICON) {
                    failures.add(String.format("icon %s: %s on %s is %.2f:1", rule.getKey(), icon, bg, ratio));
                }
            }
        }
        assertThat(checked).as("pairs checked").isGreaterThan(40);
        assertThat(failures).as(theme.getName()).isEmpty();
    }

    private static String textColour(Map<String, String> declarations) {
        return declarations.getOrDefault("-fx-text-fill", declarations.get("-fx-fill"));
    }

    /** WCAG 2.x contrast ratio; a translucent colour is first laid over what is beneath it. */
    static double contrast(Map<String, String> palette, String fg, String bg) {
        double[] page = colour(palette, PAGE, null);
        double[] back = colour(palette, bg, page);
        double[] front = colour(palette, fg, back);
        double a = luminance(front);
        double b = luminance(back);
        return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    }

    private static double luminance(double[] rgb) {
        double[] c = new double[3];
        for (int i = 0; i < 3; i++) {
            double v = rgb[i] / 255;
            c[i] = v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
    }

    private static final Pattern RGB = Pattern.compile("rgba?\\(([^)]*)\\)");

    private static double[] colour(Map<String, String> palette, String value, double[] under) {
        String v = value.strip();
        for (int depth = 0; v.startsWith("-color") && depth < 10; depth++) {
            assertThat(palette).as("theme colour %s", v).containsKey(v);
            v = palette.get(v).strip();
        }
        double[] rgba;
        if (v.equals("white")) {
            rgba = new double[] {255, 255, 255, 1};
        } else if (v.startsWith("#")) {
            String h = v.substring(1);
            if (h.length() == 3) {
                h = "" + h.charAt(0) + h.charAt(0) + h.charAt(1) + h.charAt(1) + h.charAt(2) + h.charAt(2);
            }
            rgba = new double[] {Integer.parseInt(h.substring(0, 2), 16), Integer.parseInt(h.substring(2, 4), 16),
                    Integer.parseInt(h.substring(4, 6), 16), 1};
        } else {
            Matcher m = RGB.matcher(v);
            assertThat(m.matches()).as("a colour I can read: %s", value).isTrue();
            String[] p = m.group(1).split(",");
            rgba = new double[] {Double.parseDouble(p[0].strip()), Double.parseDouble(p[1].strip()),
                    Double.parseDouble(p[2].strip()), p.length > 3 ? Double.parseDouble(p[3].strip()) : 1};
        }
        if (rgba[3] < 1 && under != null) {
            for (int i = 0; i < 3; i++) {
                rgba[i] = rgba[i] * rgba[3] + under[i] * (1 - rgba[3]);
            }
        }
        return rgba;
    }

    /** The theme's named colours, as its .root declares them (first declaration wins, as in the theme). */
    private static Map<String, String> palette(String css) {
        Map<String, String> palette = new LinkedHashMap<>();
        Matcher m = Pattern.compile("(-color-[a-z0-9-]+)\\s*:\\s*([^;]+);").matcher(css);
        while (m.find()) {
            palette.putIfAbsent(m.group(1), m.group(2));
        }
        return palette;
    }

    /** casefile.css as selector → declarations (comments removed). */
    private static Map<String, Map<String, String>> rules(String css) {
        String plain = css.replaceAll("(?s)/\\*.*?\\*/", "");
        Map<String, Map<String, String>> rules = new LinkedHashMap<>();
        Matcher m = Pattern.compile("([^{}]+)\\{([^}]*)\\}").matcher(plain);
        while (m.find()) {
            Map<String, String> declarations = new LinkedHashMap<>();
            for (String d : m.group(2).split(";")) {
                int colon = d.indexOf(':');
                if (colon > 0) {
                    declarations.put(d.substring(0, colon).strip(), d.substring(colon + 1).strip());
                }
            }
            rules.put(m.group(1).strip().replaceAll("\\s+", " "), declarations);
        }
        return rules;
    }

    private static String read(String resource) throws IOException {
        try (InputStream in = ThemeContrastTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
