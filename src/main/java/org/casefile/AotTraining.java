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
 * launcher maps the window's for the window and a command's for a command. src/dist/aot-cache starts the image's own
 * launcher with {@code -Dcasefile.aotTraining=WORK}, {@code -Dcasefile.aotTraining.part=PART} and
 * {@code -XX:AOTCacheOutput}, so the options are the launcher's own (the cache is refused when they differ). The parts,
 * in the order the script runs them, on one 200-case sample library in WORK:
 * <ul>
 *   <li>{@code commands} (the cache of every command not below): the sample library and five generated pictures
 *   made, then search, list, show, an import of the pictures into case 1 and two exports of it;</li>
 *   <li>{@code search}: a plain search and list;</li>
 *   <li>{@code json}: search and list as JSON (Jackson's 700 classes a plain search does without);</li>
 *   <li>{@code import}: an import of the same pictures into case 2;</li>
 *   <li>{@code export}: case 1 exported for the platform at full size and for a chargeback within 2 MB;</li>
 *   <li>{@code window}: the window on that library (made first if missing) until its case list is filled and the
 *   first case is shown, and nothing else.</li>
 * </ul>
 * JDK 25 loads all of a cache's classes as the process starts: a cache holds what its command needs and no more.
 */
final class AotTraining {
    static final String PROPERTY = "casefile.aotTraining"; // not window text
    private static final String PART = "casefile.aotTraining.part"; // not window text

    private AotTraining() {
    }

    static int run(Path work) {
        String library = work.resolve("library").toString();
        String part = System.getProperty(PART, "window");
        if (part.equals("commands") || !Files.exists(work.resolve("library"))) {
            cli("--library", library, "sample", "--cases", "200", "--messages-per-case", "5");
        }
        switch (part) {
            case "window" -> {
                // Both pipelines, as JavaFX tries them where there is a graphics device: the cache then holds the
                // OpenGL pipeline's classes too when the build machine has none to draw with.
                System.setProperty(Launcher.PIPELINE, "es2,sw");
                Launcher.beforeToolkit();
                WindowTraining.openUntilFirstCaseShown(library);
            }
            case "commands" -> {
                cli("--library", library, "search", "resend");
                cli("--library", library, "list", "--json");
                cli("--library", library, "show", "1");
                importPhotos(library, 1, photos(work.resolve("photos")));
                exports(library, work);
            }
            case "search" -> {
                cli("--library", library, "search", "resend");
                cli("--library", library, "list");
            }
            case "json" -> {
                cli("--library", library, "search", "refund", "--json");
                cli("--library", library, "list", "--json");
            }
            case "import" -> importPhotos(library, 2, existingPhotos(work.resolve("photos")));
            case "export" -> exports(library, work);
            default -> throw new IllegalArgumentException("no such training part: " + part);
        }
        return Cli.DONE;
    }

    private static void importPhotos(String library, int caseId, List<Path> photos) {
        List<String> line = new ArrayList<>(List.of("--library", library, "import", String.valueOf(caseId), "--kind",
                "received"));
        photos.forEach(photo -> line.add(photo.toString()));
        cli(line.toArray(String[]::new));
    }

    private static void exports(String library, Path work) {
        cli("--library", library, "export", "1", "--profile", "platform", "--route-closed-ok", "--max-size", "none",
                "--out", work.resolve("platform.pdf").toString());
        cli("--library", library, "export", "1", "--profile", "chargeback", "--route-closed-ok",
                "--out", work.resolve("chargeback.pdf").toString());
    }

    /** The pictures the commands' part made, without the drawing code making them (which an import never runs). */
    private static List<Path> existingPhotos(Path folder) {
        try (var files = Files.list(folder)) {
            return files.sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
