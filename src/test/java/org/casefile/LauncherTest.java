package org.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the jar's entry point decides before the window's toolkit starts. */
class LauncherTest {
    private String before;
    private String pipelineBefore;

    @BeforeEach
    void remember() {
        before = System.getProperty(Launcher.NO_REGION_CACHE);
        pipelineBefore = System.getProperty(Launcher.PIPELINE);
    }

    @AfterEach
    void restore() {
        put(Launcher.NO_REGION_CACHE, before);
        put(Launcher.PIPELINE, pipelineBefore);
    }

    private static void put(String name, String value) {
        if (value == null) {
            System.clearProperty(name);
        } else {
            System.setProperty(name, value);
        }
    }

    @Test
    void linuxWithoutAGraphicsDeviceDrawsInSoftwareFromTheStart(@TempDir Path devices) throws IOException {
        assertThat(Launcher.noGraphicsDevice("Linux", devices)).isTrue();
        assertThat(Launcher.noGraphicsDevice("Windows 11", devices)).as("not Linux").isFalse();
        assertThat(Launcher.noGraphicsDevice(null, devices)).isFalse();
        for (String device : List.of("dri", "nvidiactl", "dxg")) {
            Path node = Files.createDirectory(devices.resolve(device));
            assertThat(Launcher.noGraphicsDevice("Linux", devices)).as(device).isFalse();
            Files.delete(node);
        }
    }

    @Test
    void aPipelineGivenOnTheCommandLineIsKept() {
        System.setProperty(Launcher.PIPELINE, "es2");
        Launcher.beforeToolkit();
        assertThat(System.getProperty(Launcher.PIPELINE)).isEqualTo("es2");

        System.clearProperty(Launcher.PIPELINE);
        Launcher.beforeToolkit();
        assertThat(System.getProperty(Launcher.PIPELINE))
                .isEqualTo(Launcher.noGraphicsDevice(System.getProperty("os.name"), Path.of("/dev")) ? "sw" : null);
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
