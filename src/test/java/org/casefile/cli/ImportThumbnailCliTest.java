package org.casefile.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.casefile.TestCases;
import org.casefile.app.Services;
import org.casefile.domain.Evidence;
import org.casefile.library.Library;
import org.casefile.ui.common.DirectExecutor;
import org.casefile.ui.evidence.EvidenceViewModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A photo imported from the command line gets its thumbnail at the window's first look, not during the import. */
class ImportThumbnailCliTest {
    @TempDir Path library;
    @TempDir Path desktop;

    private int run(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--library";
        all[1] = library.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return Cli.run(all, new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()),
                TestCases.CLOCK);
    }

    @Test
    void theImportLeavesTheThumbnailAndTheEvidenceGridMakesItWhenItFirstShowsTheCase() throws Exception {
        BufferedImage picture = new BufferedImage(2000, 1500, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = picture.createGraphics();
        g.setColor(Color.RED);
        g.fillRect(0, 0, 2000, 1500);
        g.dispose();
        Path photo = desktop.resolve("IMG_0001.jpg");
        ImageIO.write(picture, "jpeg", photo.toFile());
        assertThat(run("new-case", "--platform", "ebay", "--order", "1", "--item", "Lamp", "--claim", "damaged",
                "--paid", "20 GBP", "--ordered", "2026-10-01")).isZero();
        assertThat(run("import", "1", "--kind", "received", photo.toString())).isZero();

        try (Library lib = Library.open(library)) {
            Services services = Services.of(lib, TestCases.CLOCK);
            Evidence row = services.evidence().evidence(1).get(0);
            Path thumbnail = lib.thumbnails().resolve(row.sha256() + ".jpg");
            assertThat(thumbnail).as("not made on the import's path").doesNotExist();

            EvidenceViewModel grid = new EvidenceViewModel(services.evidence(), new DirectExecutor(), Runnable::run,
                    lib.thumbnails());
            int[] reloads = {0};
            grid.setOnChanged(() -> reloads[0]++);
            grid.show(services.cases().details(1));
            assertThat(thumbnail).as("made when the grid first shows the case").isRegularFile();
            assertThat(ImageIO.read(thumbnail.toFile()).getWidth()).isEqualTo(320);
            assertThat(reloads[0]).as("the grid reloads to show it").isEqualTo(1);
            try (var left = Files.list(lib.tmp())) {
                assertThat(left).as("no half-made thumbnail left behind").isEmpty();
            }
        }
    }
}
