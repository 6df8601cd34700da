package org.casefile.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import javax.imageio.ImageIO;
import org.casefile.TestCases;
import org.casefile.library.DiskWords;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A full disk and read-only media in plain words: with the system's own message text, and on a real 1 MB tmpfs where
 * this machine lets the test mount one (root on Linux); elsewhere that part is skipped.
 */
class DiskFullTest {
    @TempDir Path library;
    @TempDir Path files;
    private Path mounted;

    @AfterEach
    void unmount() throws Exception {
        if (mounted != null) {
            new ProcessBuilder("umount", mounted.toString()).start().waitFor();
        }
    }

    @Test
    void theSystemsWordsForAFullOrReadOnlyDiskBecomeWhatToDo() {
        assertThat(DiskWords.of(new FileSystemException("/media/stick/packet.pdf", null, "No space left on device")))
                .startsWith("the disk is full").contains("Free some space");
        assertThat(DiskWords.of(new FileSystemException("/media/card/x", null, "Read-only file system")))
                .startsWith("the disk is read-only");
        assertThat(DiskWords.of(new java.nio.file.AccessDeniedException("/x"))).contains("permission denied");
    }

    @Test
    void anExportToAFullDiskSaysSoAndLeavesNothing() throws Exception {
        Path small = smallDisk("stick", "1m");
        assertThat(run("new-case", "--platform", "ebay", "--order", "1", "--item", "Lamp", "--claim", "damaged",
                "--paid", "20 GBP", "--ordered", "2026-10-01").code()).isZero();
        BufferedImage noise = new BufferedImage(1500, 1000, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(1);
        for (int y = 0; y < 1000; y++) {
            for (int x = 0; x < 1500; x++) {
                noise.setRGB(x, y, random.nextInt());
            }
        }
        Path photo = files.resolve("noise.png");
        ImageIO.write(noise, "png", photo.toFile());
        assertThat(run("import", "1", "--kind", "damage", photo.toString()).code()).isZero();

        CliRun full = run("export", "1", "--profile", "platform", "--max-size", "none", "--out",
                small.resolve("packet.pdf").toString());
        assertThat(full.code()).isEqualTo(1);
        assertThat(full.err()).contains("the disk is full").doesNotContain("Exception");
        try (var left = Files.list(small)) {
            assertThat(left.toList()).as("no packet, no part file").isEmpty();
        }
        assertThat(run("list").code()).as("the library is still readable").isZero();
    }

    @Test
    void aLibraryOnAFullDiskSaysSoAndStaysReadable() throws Exception {
        Path small = smallDisk("disk", "2m");
        library = small.resolve("library");
        assertThat(run("new-case", "--platform", "ebay", "--order", "1", "--item", "Lamp", "--claim", "damaged",
                "--paid", "20 GBP", "--ordered", "2026-10-01").code()).isZero();
        try (var filler = Files.newOutputStream(small.resolve("filler"))) {
            byte[] block = new byte[4096];
            while (true) {
                filler.write(block);
                filler.flush();
            }
        } catch (java.io.IOException full) {
            // the disk is full now
        }
        CliRun refused = run("new-case", "--platform", "ebay", "--order", "2", "--item", "Chair", "--claim",
                "damaged", "--paid", "30 GBP", "--ordered", "2026-10-01", "--seller", "x".repeat(3000));
        assertThat(refused.code()).isEqualTo(1);
        assertThat(refused.err()).containsIgnoringCase("disk").containsIgnoringCase("full")
                .doesNotContain("not a Casefile database", "move that file away", "no transaction is active");
        Files.delete(small.resolve("filler"));
        assertThat(run("list").out()).contains("Lamp").doesNotContain("Chair");
    }


    /** A folder {@code name} on a new tmpfs of {@code size} ("1m"); the test is skipped where mounting is refused. */
    private Path smallDisk(String name, String size) throws Exception {
        Path folder = Files.createDirectories(files.resolve(name));
        Process mount = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=" + size, "tmpfs", folder.toString())
                .redirectErrorStream(true).start();
        assumeTrue(mount.waitFor() == 0, "this machine does not let the test mount a small disk");
        mounted = folder;
        return folder;
    }

    private CliRun run(String... args) {
        return CliRun.on(library, TestCases.CLOCK, args);
    }
}
