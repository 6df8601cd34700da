package org.casefile.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LibraryLocationTest {
    private static final Path HOME = Path.of("/home/ann");

    @Test
    void theOptionWinsOverTheEnvironment() {
        assertThat(LibraryLocation.resolve("/data/lib", Map.of("CASEFILE_LIBRARY", "/env/lib"), "Linux", HOME))
                .isEqualTo(Path.of("/data/lib"));
    }

    @Test
    void theEnvironmentWinsOverTheDataFolder() {
        assertThat(LibraryLocation.resolve(null, Map.of("CASEFILE_LIBRARY", "/env/lib"), "Linux", HOME))
                .isEqualTo(Path.of("/env/lib"));
        assertThat(LibraryLocation.resolve(" ", Map.of("CASEFILE_LIBRARY", "/env/lib"), "Linux", HOME))
                .isEqualTo(Path.of("/env/lib"));
    }

    @Test
    void eachOperatingSystemHasItsDataFolder() {
        assertThat(LibraryLocation.resolve(null, Map.of(), "Linux", HOME))
                .isEqualTo(Path.of("/home/ann/.local/share/casefile"));
        assertThat(LibraryLocation.resolve(null, Map.of("XDG_DATA_HOME", "/xdg"), "Linux", HOME))
                .isEqualTo(Path.of("/xdg/casefile"));
        assertThat(LibraryLocation.resolve(null, Map.of(), "Mac OS X", HOME))
                .isEqualTo(Path.of("/home/ann/Library/Application Support/Casefile"));
        assertThat(LibraryLocation.resolve(null, Map.of("APPDATA", "/appdata"), "Windows 11", HOME))
                .isEqualTo(Path.of("/appdata/Casefile"));
    }

    @Test
    void eachOperatingSystemHasItsCacheFolderOutsideTheLibrary() {
        assertThat(LibraryLocation.cacheFolder(Map.of(), "linux", HOME)).isEqualTo(Path.of("/home/ann/.cache/casefile"));
        assertThat(LibraryLocation.cacheFolder(Map.of("XDG_CACHE_HOME", "/xdg-cache"), "linux", HOME))
                .isEqualTo(Path.of("/xdg-cache/casefile"));
        assertThat(LibraryLocation.cacheFolder(Map.of(), "mac os x", HOME))
                .isEqualTo(Path.of("/home/ann/Library/Caches/Casefile"));
        assertThat(LibraryLocation.cacheFolder(Map.of("LOCALAPPDATA", "/local"), "windows 11", HOME))
                .isEqualTo(Path.of("/local/Casefile/Cache"));
    }
}
