package org.casefile;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.casefile.app.SystemZoneClock;
import org.casefile.cli.Cli;
import org.casefile.cli.CommandWarmUp;
import org.casefile.ui.CasefileApp;

/**
 * The jar's entry point. It must not extend {@code Application}: on the classpath the JavaFX launcher would
 * otherwise refuse to start. No command opens the window; a command runs the CLI.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        org.casefile.app.AppLog.routeLibraryLogging();
        String training = System.getProperty(AotTraining.PROPERTY);
        if (training != null) { // the installer's build only (src/dist/aot-cache)
            System.exit(AotTraining.run(Path.of(training)));
        }
        String library = guiLibrary(args);
        if (library != null) {
            beforeToolkit();
            CasefileApp.launchOn(library.isEmpty() ? null : library);
            return;
        }
        CommandWarmUp.start(args); // the second core readies what the command meets next
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        System.exit(Cli.run(args, out, err, new SystemZoneClock()));
    }

    /**
     * JavaFX's settings read once when its toolkit starts (issue 19), unless given on the command line. JavaFX caches
     * rounded backgrounds in one 2048 x 1024 texture: 8 MB of Java heap for as long as the window is open where it
     * draws in software (no GPU), for little gain in a window of forms and lists.
     */
    static void beforeToolkit() {
        if (System.getProperty(NO_REGION_CACHE) == null) {
            System.setProperty(NO_REGION_CACHE, "true");
        }
        if (System.getProperty(PIPELINE) == null && noGraphicsDevice(System.getProperty("os.name"), Path.of("/dev"))) {
            System.setProperty(PIPELINE, "sw");
        }
    }

    static final String NO_REGION_CACHE = "prism.disableRegionCaching"; // not window text
    static final String PIPELINE = "prism.order"; // not window text

    /**
     * Linux with no graphics device to draw with: no DRM node (Intel, AMD, virtio), no NVIDIA driver node, no WSL's
     * GPU. JavaFX would otherwise try OpenGL first, load Mesa's software renderer (LLVM, about 44 MB resident) and only
     * then turn it down for the software pipeline it ends on anyway (issue 19: on such a machine the window then
     * starts sooner and holds 50 MB less; the Linux launcher also keeps GTK from loading OpenGL, see
     * src/dist/linux-launcher, which checks the same three names).
     */
    static boolean noGraphicsDevice(String osName, Path devices) {
        return osName != null && osName.startsWith("Linux")
                && Stream.of("dri", "nvidiactl", "dxg").noneMatch(name -> Files.exists(devices.resolve(name)));
    }

    /** "" for the default library, the folder for "--library DIR" alone, null when a command was given. */
    static String guiLibrary(String[] args) {
        if (args.length == 0) {
            return "";
        }
        if (args.length == 2 && args[0].equals("--library")) {
            return args[1];
        }
        if (args.length == 1 && args[0].startsWith("--library=")) {
            return args[0].substring("--library=".length());
        }
        return null;
    }
}
