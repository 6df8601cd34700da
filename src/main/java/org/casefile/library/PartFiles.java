package org.casefile.library;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/**
 * The hidden temporary file an export (packet, picture, zip) is written to beside its target, then moved into
 * place: ".NAME.casefile-PID-RANDOM.part". The process id in the name lets the next write of the same name remove
 * what a killed process left, while leaving alone the work of a Casefile still running.
 */
public final class PartFiles {
    private PartFiles() {
    }

    /** Creates a new empty part file for {@code target} (absolute), first removing abandoned ones of that name. */
    public static Path create(Path target) throws IOException {
        Path folder = target.getParent();
        String name = target.getFileName().toString();
        removeAbandoned(folder, name);
        return Files.createFile(folder.resolve("." + name + ".casefile-" + ProcessHandle.current().pid() + "-"
                + String.format("%08x", ThreadLocalRandom.current().nextInt()) + ".part"));
    }

    /**
     * Moves a finished part file over {@code target} in one step where the file system can (a reader meets the old
     * file or the new one, never half of it), else by a plain replace.
     */
    public static void moveIntoPlace(Path part, Path target) throws IOException {
        try {
            Files.move(part, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(part, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void removeAbandoned(Path folder, String name) {
        Pattern mine = Pattern.compile(Pattern.quote("." + name + ".casefile-") + "(\\d+)-[0-9a-f]{8}\\.part");
        try (var files = Files.list(folder)) {
            for (Path file : files.toList()) {
                var matcher = mine.matcher(file.getFileName().toString());
                if (matcher.matches() && !ProcessHandle.of(Long.parseLong(matcher.group(1)))
                        .map(ProcessHandle::isAlive).orElse(false)) {
                    Files.deleteIfExists(file);
                }
            }
        } catch (IOException | NumberFormatException ignored) {
            // a leftover stays; it never has the target's name
        }
    }
}
