package org.casefile;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.casefile.cli.Cli;
import org.casefile.ui.WindowTraining;

/**
 * A training run of the Linux app image's ahead-of-time caches (JDK 25, issue 19): one run makes one cache, and the
 * launcher maps one cache for the window, another for a command. src/dist/aot-cache starts the image's own launcher
 * with {@code -Dcasefile.aotTraining=WORK} and {@code -XX:AOTCacheOutput}, so the options are the launcher's own (the
 * cache is refused when they differ). With {@code -Dcasefile.aotTraining.window=false} the commands' part: a sample
 * library in WORK, then the commonest commands: search, list, show, an import and two exports of a few generated
 * photos. Otherwise the window's part: the window on that library (made first if missing) until its case list is
 * filled and the first case is shown, and nothing else.
 */
final class AotTraining {
    static final String PROPERTY = "casefile.aotTraining"; // not window text
    private static final String WINDOW = "casefile.aotTraining.window"; // not window text

    private AotTraining() {
    }

    static int run(Path work) {
        String library = work.resolve("library").toString();
        boolean window = !"false".equals(System.getProperty(WINDOW));
        if (!window || !Files.exists(work.resolve("library"))) {
            cli("--library", library, "sample", "--cases", "200", "--messages-per-case", "5");
        }
        if (window) {
            Launcher.beforeToolkit();
            WindowTraining.openUntilFirstCaseShown(library);
            return Cli.DONE;
        }
        cli("--library", library, "search", "resend");
        cli("--library", library, "list", "--json");
        cli("--library", library, "show", "1");
        List<String> importLine = new ArrayList<>(List.of("--library", library, "import", "1", "--kind", "received"));
        for (Path photo : photos(work.resolve("photos"))) {
            importLine.add(photo.toString());
        }
        cli(importLine.toArray(String[]::new));
        cli("--library", library, "export", "1", "--profile", "platform", "--route-closed-ok", "--max-size", "none",
                "--out", work.resolve("platform.pdf").toString());
        cli("--library", library, "export", "1", "--profile", "chargeback", "--route-closed-ok",
                "--out", work.resolve("chargeback.pdf").toString());
        return Cli.DONE;
    }

    /** One command as the launcher runs it; its output is not wanted, a failure is (the build then stops). */
    private static void cli(String... args) {
        PrintWriter out = new PrintWriter(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        int code = Cli.run(args, out, err, Clock.systemDefaultZone());
        if (code != Cli.DONE) {
            throw new IllegalStateException("the training's command failed (" + code + "): " + String.join(" ", args));
        }
    }

    /** Four photo-sized JPEGs, one a PNG screenshot: the kinds an import and an export handle most. */
    private static List<Path> photos(Path folder) {
        try {
            Files.createDirectories(folder);
            List<Path> photos = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                boolean screenshot = i == 4;
                BufferedImage image = new BufferedImage(screenshot ? 1080 : 2400, screenshot ? 1920 : 1800,
                        BufferedImage.TYPE_INT_RGB);
                Graphics2D g = image.createGraphics();
                g.setPaint(new GradientPaint(0, 0, new Color(40 * i, 90, 160), image.getWidth(), image.getHeight(),
                        new Color(230, 200 - 30 * i, 60)));
                g.fillRect(0, 0, image.getWidth(), image.getHeight());
                g.dispose();
                Path photo = folder.resolve("photo-" + i + (screenshot ? ".png" : ".jpg"));
                ImageIO.write(image, screenshot ? "png" : "jpeg", photo.toFile());
                photos.add(photo);
            }
            return photos;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
