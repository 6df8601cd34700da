package org.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What the jar's entry point decides before the window's toolkit starts. */
class LauncherTest {
    private String before;

    @BeforeEach
    void remember() {
        before = System.getProperty(Launcher.NO_REGION_CACHE);
    }

    @AfterEach
    void restore() {
        if (before == null) {
            System.clearProperty(Launcher.NO_REGION_CACHE);
        } else {
            System.setProperty(Launcher.NO_REGION_CACHE, before);
        }
    }

    @Test
    void theWindowDrawsRoundedBackgroundsWithoutAnEightMegabyteCache() {
        System.clearProperty(Launcher.NO_REGION_CACHE);
        Launcher.beforeToolkit();
        assertThat(System.getProperty(Launcher.NO_REGION_CACHE)).isEqualTo("true");
    }

    @Test
    void aSettingGivenOnTheCommandLineIsKept() {
        System.setProperty(Launcher.NO_REGION_CACHE, "false");
        Launcher.beforeToolkit();
        assertThat(System.getProperty(Launcher.NO_REGION_CACHE)).isEqualTo("false");
    }

    @Test
    void onlyTheLibraryOptionOpensTheWindow() {
        assertThat(Launcher.guiLibrary(new String[0])).isEmpty();
        assertThat(Launcher.guiLibrary(new String[] {"--library", "/tmp/x"})).isEqualTo("/tmp/x");
        assertThat(Launcher.guiLibrary(new String[] {"--library=/tmp/y"})).isEqualTo("/tmp/y");
        assertThat(Launcher.guiLibrary(new String[] {"list"})).isNull();
    }
}
