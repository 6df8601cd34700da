package org.casefile.ui;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import java.io.IOException;
import java.net.URL;
import java.util.List;
import java.util.stream.Collectors;
import javafx.css.CssParser;
import javafx.css.Rule;
import javafx.css.Stylesheet;
import org.junit.jupiter.api.Test;

/**
 * JavaFX reads a stylesheet's binary twin when there is one beside it, so the window is styled by AtlantaFX's
 * {@code primer-light.bss}, while ThemeContrastTest checks the colours of {@code primer-light.css}: the two must be the
 * same theme, or a newer AtlantaFX shipping a stale binary would change the window's look unseen by that test.
 */
class ThemeStylesheetTest {

    @Test
    void theBinaryThemeHoldsTheSameRulesAsItsText() throws IOException {
        PrimerLight theme = new PrimerLight();
        assertThat(theme.getUserAgentStylesheetBSS())
                .isEqualTo(theme.getUserAgentStylesheet().replaceAll("\\.css$", ".bss"));
        Stylesheet binary = Stylesheet.loadBinary(resource(theme.getUserAgentStylesheetBSS()));
        Stylesheet text = new CssParser().parse(resource(theme.getUserAgentStylesheet()));

        assertThat(binary.getRules()).hasSize(text.getRules().size()).hasSizeGreaterThan(500);
        assertThat(describe(binary.getRules())).isEqualTo(describe(text.getRules()));
    }

    private static URL resource(String path) {
        URL url = PrimerLight.class.getResource(path);
        assertThat(url).as(path).isNotNull();
        return url;
    }

    /**
     * Each rule's selectors and the properties it sets, one line a rule (not the values: the binary form stores some,
     * such as border styles, already resolved, so they do not print alike).
     */
    private static List<String> describe(List<Rule> rules) {
        return rules.stream().map(rule -> rule.getSelectors() + " { " + rule.getDeclarations().stream()
                .map(d -> d.getProperty() + (d.isImportant() ? " !important" : ""))
                .collect(Collectors.joining("; ")) + " }").collect(Collectors.toList());
    }
}
