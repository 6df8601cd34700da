package org.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * src/dist/deb-repack on a small .deb laid out as jpackage lays out Casefile's (made here with dpkg-deb, skipped where
 * there is none): the jar gets the app image's time back, /usr/bin/casefile links to the launcher, and the menu entry
 * no longer stops the install or the removal where a system has no desktop menus.
 */
@EnabledOnOs(OS.LINUX)
class DebRepackTest {
    private static final String POSTINST = """
            #!/bin/sh
            set -e
            case "$1" in
                configure)
            xdg-desktop-menu install /opt/casefile/lib/casefile-Casefile.desktop

                ;;
            esac
            exit 0
            """;
    private static final String PRERM = """
            #!/bin/sh
            set -e
            case "$1" in
                remove|upgrade|deconfigure)
            do_if_file_belongs_to_single_package /opt/casefile/lib/casefile-Casefile.desktop \
            xdg-desktop-menu uninstall /opt/casefile/lib/casefile-Casefile.desktop

                ;;
            esac
            exit 0
            """;

    @Test
    void theJarKeepsTheImagesTimeTheCommandIsOnThePathAndTheMenuEntryCannotStopTheInstall(@TempDir Path work)
            throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/dpkg-deb")), "no dpkg-deb here");
        Path dist = work.resolve("dist");
        Path imageJar = dist.resolve("Casefile/lib/app/casefile.jar");
        Files.createDirectories(imageJar.getParent());
        Files.writeString(imageJar, "the jar");
        FileTime trained = FileTime.fromMillis(1_700_000_000_000L);
        Files.setLastModifiedTime(imageJar, trained);

        Path root = work.resolve("root");
        Path packagedJar = root.resolve("opt/casefile/lib/app/casefile.jar");
        Files.createDirectories(packagedJar.getParent());
        Files.writeString(packagedJar, "the jar");
        Path launcher = root.resolve("opt/casefile/bin/Casefile");
        Files.createDirectories(launcher.getParent());
        executable(launcher, "#!/bin/sh\n");
        Files.createDirectories(root.resolve("DEBIAN"));
        Files.writeString(root.resolve("DEBIAN/control"), """
                Package: casefile
                Version: 0.1.0
                Architecture: amd64
                Maintainer: The Casefile authors
                Description: test
                """);
        executable(root.resolve("DEBIAN/postinst"), POSTINST);
        executable(root.resolve("DEBIAN/prerm"), PRERM);
        Path deb = dist.resolve("casefile_0.1.0_amd64.deb");
        run("dpkg-deb", "--root-owner-group", "-b", root.toString(), deb.toString());

        run("bash", "src/dist/deb-repack", dist.toString());
        run("bash", "src/dist/deb-repack", dist.toString()); // a second time changes nothing more

        Path unpacked = work.resolve("unpacked");
        run("dpkg-deb", "-R", deb.toString(), unpacked.toString());
        assertThat(Files.getLastModifiedTime(unpacked.resolve("opt/casefile/lib/app/casefile.jar")).toMillis() / 1000)
                .isEqualTo(trained.toMillis() / 1000);
        Path command = unpacked.resolve("usr/bin/casefile");
        assertThat(Files.isSymbolicLink(command)).isTrue();
        assertThat(Files.readSymbolicLink(command)).isEqualTo(Path.of("/opt/casefile/bin/Casefile"));
        assertThat(Files.readString(unpacked.resolve("DEBIAN/postinst")))
                .contains("xdg-desktop-menu install /opt/casefile/lib/casefile-Casefile.desktop || true\n")
                .doesNotContain("|| true || true");
        assertThat(Files.readString(unpacked.resolve("DEBIAN/prerm")))
                .contains("xdg-desktop-menu uninstall /opt/casefile/lib/casefile-Casefile.desktop || true\n");
        assertThat(Files.isExecutable(unpacked.resolve("DEBIAN/postinst"))).isTrue();
    }

    @Test
    void aMenuLineInWordsItDoesNotKnowStopsTheRepackRatherThanShipAFatalOne(@TempDir Path work) throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/dpkg-deb")), "no dpkg-deb here");
        Path dist = work.resolve("dist");
        Path imageJar = dist.resolve("Casefile/lib/app/casefile.jar");
        Files.createDirectories(imageJar.getParent());
        Files.writeString(imageJar, "the jar");
        Path root = work.resolve("root");
        Files.createDirectories(root.resolve("opt/casefile/lib/app"));
        Files.writeString(root.resolve("opt/casefile/lib/app/casefile.jar"), "the jar");
        Files.createDirectories(root.resolve("opt/casefile/bin"));
        executable(root.resolve("opt/casefile/bin/Casefile"), "#!/bin/sh\n");
        Files.createDirectories(root.resolve("DEBIAN"));
        Files.writeString(root.resolve("DEBIAN/control"), "Package: casefile\nVersion: 0.1.0\nArchitecture: amd64\n"
                + "Maintainer: The Casefile authors\nDescription: test\n");
        executable(root.resolve("DEBIAN/postinst"), POSTINST.replace("xdg-desktop-menu install",
                "xdg-desktop-menu install --mode system"));
        Path deb = dist.resolve("casefile_0.1.0_amd64.deb");
        run("dpkg-deb", "--root-owner-group", "-b", root.toString(), deb.toString());
        byte[] before = Files.readAllBytes(deb);

        Process repack = new ProcessBuilder("bash", "src/dist/deb-repack", dist.toString()).redirectErrorStream(true)
                .start();
        String out = new String(repack.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(repack.waitFor(60, TimeUnit.SECONDS)).isTrue();

        assertThat(repack.exitValue()).isEqualTo(1);
        assertThat(out).contains("DEBIAN/postinst", "words this script does not know",
                "xdg-desktop-menu install --mode system /opt/casefile/lib/casefile-Casefile.desktop");
        assertThat(Files.readAllBytes(deb)).as("the .deb left as it was").isEqualTo(before);
    }

    private static void executable(Path file, String text) throws IOException {
        Files.writeString(file, text);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    private static void run(String... command) throws Exception {
        Process process = new ProcessBuilder(List.of(command)).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(String.join(" ", command) + ": " + out).isZero();
    }
}
