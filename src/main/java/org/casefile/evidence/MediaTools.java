package org.casefile.evidence;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * The helper programs Casefile uses where the machine has them: a HEIC converter ({@code heif-convert} from libheif,
 * {@code sips} on macOS) and {@code ffprobe}/{@code ffmpeg} for videos. Each runs with a time limit and is killed
 * when it passes it, so no file can hang an import. A system property per tool overrides the search of the PATH
 * (a path to the program, or {@code none} to act as if it were absent): {@code casefile.heif-convert},
 * {@code casefile.sips}, {@code casefile.ffprobe}, {@code casefile.ffmpeg}.
 */
public record MediaTools(Path heifConvert, Path sips, Path ffprobe, Path ffmpeg, Duration timeout) {
    public static final Duration TIMEOUT = Duration.ofSeconds(60);

    /** The tools found on this machine. */
    public static MediaTools find() {
        return new MediaTools(locate("heif-convert"), locate("sips"), locate("ffprobe"), locate("ffmpeg"), TIMEOUT);
    }

    /** No helper programs at all: HEIC is refused, videos are stored without duration or poster. */
    public static MediaTools none() {
        return new MediaTools(null, null, null, null, TIMEOUT);
    }

    public MediaTools withTimeout(Duration limit) {
        return new MediaTools(heifConvert, sips, ffprobe, ffmpeg, limit);
    }

    public boolean convertsHeic() {
        return heifConvert != null || sips != null;
    }

    /** The program called {@code name}: the system property's choice, else the first on the PATH, else null. */
    static Path locate(String name) {
        String override = System.getProperty("casefile." + name);
        if (override != null) {
            if (override.isBlank() || override.equalsIgnoreCase("none")) {
                return null;
            }
            Path chosen = Path.of(override);
            return Files.isExecutable(chosen) ? chosen.toAbsolutePath() : null;
        }
        String path = System.getenv("PATH");
        if (path == null) {
            return null;
        }
        boolean windows = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
        for (String folder : path.split(File.pathSeparator)) {
            if (folder.isBlank()) {
                continue;
            }
            for (String candidate : windows ? List.of(name + ".exe", name) : List.of(name)) {
                try {
                    Path program = Path.of(folder, candidate);
                    if (Files.isRegularFile(program) && Files.isExecutable(program)) {
                        return program;
                    }
                } catch (java.nio.file.InvalidPathException ignored) {
                    // a PATH entry that is no path: skip it
                }
            }
        }
        return null;
    }

    /**
     * Converts a HEIC/HEIF photo to a JPEG at {@code jpeg} (the primary image, turned as the file says). A file the
     * converter cannot read is rejected with the reason; one that takes too long is stopped and rejected.
     */
    void convertHeic(Path heic, Path jpeg, Path workFolder) throws IOException {
        Path folder = Files.createDirectories(workFolder);
        try {
            Path out = folder.resolve("display.jpg");
            List<String> command = heifConvert != null
                    ? List.of(heifConvert.toString(), "-q", "90", heic.toAbsolutePath().toString(), out.toString())
                    : List.of(sips.toString(), "-s", "format", "jpeg", heic.toAbsolutePath().toString(), "--out",
                            out.toString());
            Result result = run(command, folder);
            // heif-convert names the images of a file holding several "display-1.jpg", "display-2.jpg"...
            Path written = Files.exists(out) ? out : folder.resolve("display-1.jpg");
            if (result.timedOut()) {
                throw new RejectedFileException("The HEIC photo could not be converted within "
                        + timeout.toSeconds() + " seconds; it may be damaged. Share it from the iPhone as JPEG and "
                        + "import that.");
            }
            if (result.exit() != 0 || !Files.isRegularFile(written) || Files.size(written) == 0) {
                throw new RejectedFileException("The HEIC photo is damaged or incomplete and cannot be converted ("
                        + result.firstLine() + "). Copy it again from the iPhone, or share it as JPEG.");
            }
            Files.move(written, jpeg);
        } finally {
            deleteFolder(folder);
        }
    }

    /** Pixel size (as shown, upright) and duration of a video; empty values where ffprobe is absent or fails. */
    VideoInfo probeVideo(Path video, Path workFolder) throws IOException {
        if (ffprobe == null) {
            return VideoInfo.UNKNOWN;
        }
        Path folder = Files.createDirectories(workFolder);
        try {
            Result result = probe(video, folder, "stream=width,height:stream_tags=rotate"
                    + ":stream_side_data=rotation:format=duration");
            if (!result.timedOut() && result.exit() != 0) {
                result = probe(video, folder, "stream=width,height:format=duration"); // an ffprobe before side data
            }
            if (result.timedOut() || result.exit() != 0) {
                return VideoInfo.UNKNOWN;
            }
            Integer width = null;
            Integer height = null;
            Long millis = null;
            int rotation = 0;
            for (String line : result.output().split("\\R")) {
                int eq = line.indexOf('=');
                if (eq < 0) {
                    continue;
                }
                String key = line.substring(0, eq).strip();
                String value = line.substring(eq + 1).strip();
                try {
                    switch (key) {
                        case "width" -> width = Integer.valueOf(value);
                        case "height" -> height = Integer.valueOf(value);
                        case "duration" -> millis = Math.round(Double.parseDouble(value) * 1000);
                        case "TAG:rotate", "rotation" -> rotation = (int) Math.round(Double.parseDouble(value));
                        default -> { }
                    }
                } catch (NumberFormatException notANumber) {
                    // "N/A": leave the value unknown
                }
            }
            if (Math.abs(rotation) % 180 == 90 && width != null && height != null) {
                int turned = width;
                width = height;
                height = turned;
            }
            return new VideoInfo(width, height, millis);
        } finally {
            deleteFolder(folder);
        }
    }

    private Result probe(Path video, Path folder, String entries) throws IOException {
        return run(List.of(ffprobe.toString(), "-v", "error", "-select_streams", "v:0", "-show_entries", entries,
                "-of", "default=noprint_wrappers=1", video.toAbsolutePath().toString()), folder);
    }

    /** Writes one frame of the video, upright, as a JPEG at {@code jpeg}; false where ffmpeg is absent or fails. */
    boolean poster(Path video, Long durationMillis, Path jpeg, Path workFolder) throws IOException {
        if (ffmpeg == null) {
            return false;
        }
        Path folder = Files.createDirectories(workFolder);
        try {
            // A second in (or a third of a short clip): the first frame is often black or a blur.
            double at = durationMillis == null ? 0 : Math.min(1.0, durationMillis / 3000.0);
            Path out = folder.resolve("poster.jpg");
            Result result = run(List.of(ffmpeg.toString(), "-nostdin", "-v", "error", "-ss",
                    String.format(Locale.ROOT, "%.3f", at), "-i", video.toAbsolutePath().toString(), "-frames:v", "1",
                    "-q:v", "3", "-y", out.toString()), folder);
            if (result.timedOut() || result.exit() != 0 || !Files.isRegularFile(out) || Files.size(out) == 0) {
                return false;
            }
            Files.move(out, jpeg);
            return true;
        } finally {
            deleteFolder(folder);
        }
    }

    /** What ffprobe tells of a video; each part null when unknown. */
    record VideoInfo(Integer width, Integer height, Long durationMillis) {
        static final VideoInfo UNKNOWN = new VideoInfo(null, null, null);
    }

    record Result(int exit, boolean timedOut, String output) {
        String firstLine() {
            String text = output.strip();
            String line = text.isEmpty() ? "no message" : text.lines().findFirst().orElse("").strip();
            return line.length() > 200 ? line.substring(0, 200) + "…" : line;
        }
    }

    /**
     * Runs a program with its output going to a file (a full pipe would stall it), waits at most the time limit,
     * and kills it and its children when the limit passes.
     */
    Result run(List<String> command, Path folder) throws IOException {
        Path log = folder.resolve("output.txt");
        Process process = new ProcessBuilder(new ArrayList<>(command)).directory(folder.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile()).redirectInput(ProcessBuilder.Redirect.PIPE)
                .start();
        process.getOutputStream().close();
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                process.waitFor(5, TimeUnit.SECONDS);
                return new Result(-1, true, "");
            }
        } catch (InterruptedException e) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted");
        }
        String output = Files.exists(log) ? new String(Files.readAllBytes(log), StandardCharsets.UTF_8) : "";
        return new Result(process.exitValue(), false, output.length() > 65536 ? output.substring(0, 65536) : output);
    }

    private static void deleteFolder(Path folder) {
        EvidenceImporter.discardFolder(folder);
    }
}
