package org.casefile.files;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Copies of resources of the jar (the database driver's native library, the window's CJK font) unpacked once into
 * Casefile's cache folder, for code that needs a real file. Left to themselves, the driver and JavaFX write a fresh
 * copy into the temporary folder at every start, and a process that is killed leaves it there for good.
 *
 * <p>A copy sits in a folder named by its size when it was made ({@code FOLDER/1107584/NAME}): a copy cut short
 * afterwards (a crash before the disk had it all) is not whole, so a copy whose size is not its folder's name is made
 * again.
 */
public final class UnpackedCopies {
    private UnpackedCopies() {
    }

    /** The whole copy of {@code name} in {@code folder}, or null: no copy yet, or one cut short. */
    public static Path wholeCopy(Path folder, String name) throws IOException {
        if (!Files.isDirectory(folder)) {
            return null;
        }
        try (DirectoryStream<Path> sizes = Files.newDirectoryStream(folder)) {
            for (Path size : sizes) {
                long expected = sizeNamed(size.getFileName().toString());
                Path copy = size.resolve(name);
                if (expected >= 0 && Files.isRegularFile(copy) && Files.size(copy) == expected) {
                    return copy;
                }
            }
        }
        return null;
    }

    /** The whole copy of {@code resource} in {@code folder}, made when there is none. */
    public static Path of(URL resource, Path folder, String name) throws IOException {
        Path copy = wholeCopy(folder, name);
        return copy != null ? copy : install(resource, folder, name);
    }

    /**
     * A new copy, written under a temporary name, flushed to the disk and moved into the folder named by its size, so
     * no reader sees half a file; a copy already there (refused, or cut short) is replaced.
     */
    public static Path install(URL resource, Path folder, String name) throws IOException {
        Files.createDirectories(folder);
        Path part = folder.resolve(name + "." + ProcessHandle.current().pid() + ".part");
        try {
            try (InputStream in = resource.openStream()) {
                Files.copy(in, part, StandardCopyOption.REPLACE_EXISTING);
            }
            try (FileChannel channel = FileChannel.open(part, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            Path target = Files.createDirectories(folder.resolve(Long.toString(Files.size(part)))).resolve(name);
            Files.move(part, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } finally {
            Files.deleteIfExists(part);
        }
    }

    private static long sizeNamed(String folderName) {
        if (folderName.isEmpty() || folderName.length() > 12) {
            return -1;
        }
        for (int i = 0; i < folderName.length(); i++) {
            if (folderName.charAt(i) < '0' || folderName.charAt(i) > '9') {
                return -1;
            }
        }
        return Long.parseLong(folderName);
    }
}
