package org.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * src/dist/linux-launcher, the Linux app image's bin/Casefile, run with {@code sh} in a made-up image whose
 * lib/runtime/bin/java is a script printing GTK's OpenGL setting, its arguments (one a line) and the malloc setting, then exiting with
 * FAKE_EXIT: no JDK 25 and no built image needed. src/dist/check-app-image runs the real one.
 */
@DisabledOnOs(OS.WINDOWS)
class LinuxLauncherTest {
    private static final String FAKE_JAVA = """
            #!/bin/sh
            echo "GDK_GL=${GDK_GL:-unset}"
            for arg in "$@"; do printf '%s\\n' "$arg"; done
            echo "MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-unset}"
            exit "${FAKE_EXIT:-0}"
            """;

    @TempDir
    Path image;
    private Path app;

    @BeforeEach
    void fakeImage() throws IOException {
        Files.createDirectories(image.resolve("bin"));
        Files.copy(Path.of("src/dist/linux-launcher"), image.resolve("bin/Casefile"),
                StandardCopyOption.REPLACE_EXISTING);
        Path java = image.resolve("lib/runtime/bin/java");
        Files.createDirectories(java.getParent());
        Files.writeString(java, FAKE_JAVA);
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        runtime("25.0.3");
        app = Files.createDirectories(image.resolve("lib/app")).toRealPath();
        Files.writeString(app.resolve("Casefile.cfg"), """
                [Application]
                app.classpath=$APPDIR/casefile.jar
                app.mainclass=org.casefile.Launcher

                [JavaOptions]
                java-options=-Djpackage.app-version=0.1.0
                java-options=-XX:MinHeapFreeRatio=10
                java-options=-Dcasefile.where=$APPDIR/x
                """);
        Files.createFile(app.resolve("casefile.jar"));
        Files.createFile(app.resolve("casefile-window.aot"));
        Files.createFile(app.resolve("casefile-commands.aot"));
    }

    @Test
    void theWindowGetsItsCacheItsCollectorAndItsMemorySettings() throws Exception {
        List<String> java = launch(0, image.resolve("bin/Casefile"));

        assertThat(java).contains("-Djpackage.app-version=0.1.0", "-XX:MinHeapFreeRatio=10",
                "-Dcasefile.where=" + app + "/x", "-XX:+UseG1GC", "-XX:G1PeriodicGCInterval=2000",
                "-XX:TrimNativeHeapInterval=2000", "-XX:AOTCache=" + app + "/casefile-window.aot", "-Xlog:aot*=off",
                "-Dcasefile.classesCached=true", "MALLOC_ARENA_MAX=2", "-XX:Tier4InvocationThreshold=50000",
                "-XX:Tier4MinInvocationThreshold=6000", "-XX:Tier4CompileThreshold=150000",
                "-XX:Tier4BackEdgeThreshold=400000");
        assertThat(java).doesNotContain("-XX:+UseSerialGC");
        assertThat(java.subList(java.size() - 4, java.size() - 1))
                .containsExactly("-cp", app + "/casefile.jar", "org.casefile.Launcher");
    }

    @Test
    void withoutAGraphicsDeviceTheWindowKeepsGtkFromOpenGlButACommandDoesNotCare() throws Exception {
        boolean noDevice = Launcher.noGraphicsDevice("Linux", Path.of("/dev"));

        assertThat(launch(0, image.resolve("bin/Casefile")).get(0))
                .isEqualTo(noDevice ? "GDK_GL=disable" : "GDK_GL=unset");
        assertThat(launch(0, image.resolve("bin/Casefile"), "list").get(0)).isEqualTo("GDK_GL=unset");
        assertThat(launch("always", 0, image.resolve("bin/Casefile")).get(0)).as("the user's own setting")
                .isEqualTo("GDK_GL=always");
    }

    @Test
    void theLibraryAloneIsStillTheWindow() throws Exception {
        assertThat(launch(0, image.resolve("bin/Casefile"), "--library", "/tmp/a b"))
                .contains("-XX:AOTCache=" + app + "/casefile-window.aot").endsWith("--library", "/tmp/a b",
                        "MALLOC_ARENA_MAX=2");
        assertThat(launch(0, image.resolve("bin/Casefile"), "--library=/tmp/x"))
                .contains("-XX:+UseG1GC");
    }

    @Test
    void aCommandGetsTheCommandsCacheAndTheSerialCollector() throws Exception {
        List<String> java = launch(0, image.resolve("bin/Casefile"), "search", "resend");

        assertThat(java).contains("-XX:+UseSerialGC", "-XX:AOTCache=" + app + "/casefile-commands.aot",
                "-Xlog:aot*=off", "-XX:MinHeapFreeRatio=10", "MALLOC_ARENA_MAX=unset");
        assertThat(java).doesNotContain("-XX:+UseG1GC", "-XX:TrimNativeHeapInterval=2000");
        assertThat(java).noneMatch(arg -> arg.startsWith("-XX:Tier4")); // the window's
        assertThat(java).endsWith("org.casefile.Launcher", "search", "resend", "MALLOC_ARENA_MAX=unset");
    }

    @Test
    void aCommandOnAFewRowsRunsOnTheQuickCompilerAloneOneThroughFilesKeepsBoth() throws Exception {
        for (String[] quick : List.of(new String[] {"--version"}, new String[] {"show", "1"},
                new String[] {"--library", "/tmp/x", "list", "--json"}, new String[] {"new-case", "--order", "1"})) {
            assertThat(launch(0, image.resolve("bin/Casefile"), quick)).as(String.join(" ", quick))
                    .contains("-XX:TieredStopAtLevel=1");
        }
        // Hashing on C1 alone takes ten times as long (no SHA-256 instructions); and a command we do not know yet.
        for (String[] files : List.of(new String[] {"import", "1", "a.jpg"}, new String[] {"export", "1"},
                new String[] {"verify"}, new String[] {"--library", "/tmp/x", "backup"},
                new String[] {"receive", "1"}, new String[] {"some-new-command"})) {
            assertThat(launch(0, image.resolve("bin/Casefile"), files)).as(String.join(" ", files))
                    .noneMatch(arg -> arg.startsWith("-XX:TieredStopAtLevel"));
        }
        assertThat(launch(0, image.resolve("bin/Casefile"))).as("the window")
                .noneMatch(arg -> arg.startsWith("-XX:TieredStopAtLevel"));
    }

    @Test
    void searchListImportAndExportGetTheirOwnCachesWhereTheImageHasThem() throws Exception {
        for (String name : List.of("search", "json", "import", "export")) {
            Files.createFile(app.resolve("casefile-" + name + ".aot"));
        }
        Path launcher = image.resolve("bin/Casefile");

        assertThat(launch(0, launcher, "--library", "/tmp/l", "search", "resend"))
                .contains("-XX:AOTCache=" + app + "/casefile-search.aot", "-XX:+UseSerialGC");
        assertThat(launch(0, launcher, "--library=/tmp/l", "list"))
                .contains("-XX:AOTCache=" + app + "/casefile-search.aot");
        assertThat(launch(0, launcher, "--library=/tmp/l", "list", "--json"))
                .as("JSON's own cache").contains("-XX:AOTCache=" + app + "/casefile-json.aot");
        assertThat(launch(0, launcher, "--json", "search", "refund"))
                .contains("-XX:AOTCache=" + app + "/casefile-json.aot");
        assertThat(launch(0, launcher, "show", "1", "--json"))
                .as("JSON's cache is search and list's").contains("-XX:AOTCache=" + app + "/casefile-commands.aot");
        assertThat(launch(0, launcher, "import", "1", "--kind", "received", "export"))
                .contains("-XX:AOTCache=" + app + "/casefile-import.aot");
        assertThat(launch(0, launcher, "--library", "export", "export", "1"))
                .as("the library's folder is no command").contains("-XX:AOTCache=" + app + "/casefile-export.aot");
        assertThat(launch(0, launcher, "--library", "search", "show", "1"))
                .contains("-XX:AOTCache=" + app + "/casefile-commands.aot");
        assertThat(launch(0, launcher, "--version")).contains("-XX:AOTCache=" + app + "/casefile-commands.aot");
        assertThat(launch(0, launcher, "--library", "/tmp/l")).as("the window")
                .contains("-XX:AOTCache=" + app + "/casefile-window.aot");

        Files.delete(app.resolve("casefile-export.aot"));
        Files.delete(app.resolve("casefile-json.aot"));
        assertThat(launch(0, launcher, "list", "--json")).as("a JSON line without JSON's cache takes the commands'")
                .contains("-XX:AOTCache=" + app + "/casefile-commands.aot");
        assertThat(launch(0, launcher, "export", "1", "--profile", "platform"))
                .as("a command whose cache is missing takes the commands'")
                .contains("-XX:AOTCache=" + app + "/casefile-commands.aot");
    }

    @Test
    void argumentsPassWordForWordWhateverTheyHold() throws Exception {
        String[] words = {"message", "1", "--text", "it's \"broken\"  twice", "", "$HOME `id` *", "-XX:+UseG1GC"};

        List<String> java = launch(0, image.resolve("bin/Casefile"), words);

        assertThat(java.subList(java.size() - 1 - words.length, java.size() - 1)).containsExactly(words);
    }

    @Test
    void aSymlinkedLauncherFindsItsImage(@TempDir Path elsewhere) throws Exception {
        Path link = Files.createSymbolicLink(elsewhere.resolve("casefile"), image.resolve("bin/Casefile"));

        assertThat(launch(0, link, "--version")).contains("-cp", app + "/casefile.jar");
    }

    @Test
    void noCacheFileMeansNoCacheOption() throws Exception {
        Files.delete(app.resolve("casefile-commands.aot"));

        assertThat(launch(0, image.resolve("bin/Casefile"), "list"))
                .noneMatch(arg -> arg.startsWith("-XX:AOTCache") || arg.startsWith("-Xlog")
                        || arg.startsWith("-Dcasefile.classesCached"));
        assertThat(launch(0, image.resolve("bin/Casefile"))).contains("-XX:AOTCache=" + app + "/casefile-window.aot");
    }

    @Test
    void aJava17RuntimeGetsNoCacheAndNoJava21Options() throws Exception {
        runtime("17.0.15");

        List<String> java = launch(0, image.resolve("bin/Casefile"));

        assertThat(java).contains("-XX:+UseG1GC", "-XX:G1PeriodicGCInterval=2000", "MALLOC_ARENA_MAX=2");
        assertThat(java).noneMatch(arg -> arg.startsWith("-XX:AOTCache") || arg.startsWith("-Xlog")
                || arg.startsWith("-XX:TrimNativeHeapInterval") || arg.startsWith("-Dcasefile.classesCached"));
    }

    @Test
    void javasExitCodeIsTheLaunchersExitCode() throws Exception {
        assertThat(launch(4, image.resolve("bin/Casefile"), "verify")).endsWith("verify", "MALLOC_ARENA_MAX=unset");
    }

    private void runtime(String version) throws IOException {
        Files.writeString(image.resolve("lib/runtime/release"),
                "JAVA_VERSION=\"" + version + "\"\nMODULES=\"java.base\"\n");
    }

    /**
     * What the fake java was started with (GTK's OpenGL setting, one argument a line, then the malloc setting);
     * asserts the exit code.
     */
    private static List<String> launch(int exit, Path launcher, String... args) throws Exception {
        return launch(null, exit, launcher, args);
    }

    /** The same with GDK_GL set to {@code gdkGl} (null: not set) in the launcher's environment. */
    private static List<String> launch(String gdkGl, int exit, Path launcher, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("sh", launcher.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT);
        builder.environment().remove("MALLOC_ARENA_MAX");
        builder.environment().remove("GDK_GL");
        if (gdkGl != null) {
            builder.environment().put("GDK_GL", gdkGl);
        }
        builder.environment().put("FAKE_EXIT", Integer.toString(exit));
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(20, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(out).isEqualTo(exit);
        List<String> lines = List.of(out.split("\n", -1));
        return lines.subList(0, lines.size() - 1); // the text ends with a line break
    }
}
