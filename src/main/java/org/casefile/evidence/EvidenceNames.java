package org.casefile.evidence;

import org.casefile.domain.MediaType;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;

/** The names evidence files get in a case folder: the original's, made safe, and never taking one already there. */
public final class EvidenceNames {
    private EvidenceNames() {
    }

    /** Claims a free name like {@code name} in {@code folder} for {@code file} (a hard link, or a move). */
    public static Path claimFreeName(Path file, Path folder, String name) throws IOException {
        Files.createDirectories(folder);
        for (int attempt = 1; attempt < 1000; attempt++) {
            Path candidate = folder.resolve(withSuffix(name, attempt));
            if (claim(file, candidate)) {
                return candidate;
            }
        }
        throw new RejectedFileException("Too many files are called " + name + " in " + folder + ".");
    }

    /**
     * Puts the complete copy at {@code candidate} only if that name is free. A rename would silently replace an
     * existing file on Linux and macOS, so the name is claimed with a hard link, which fails when the name is taken;
     * file systems without hard links (FAT, exFAT) fall back to look-then-move, safe for one user at a time.
     */
    private static boolean claim(Path copy, Path candidate) throws IOException {
        try {
            Files.createLink(candidate, copy);
            return true;
        } catch (FileAlreadyExistsException taken) {
            return false;
        } catch (UnsupportedOperationException | IOException noLinks) {
            if (Files.exists(candidate, LinkOption.NOFOLLOW_LINKS)) {
                return false;
            }
            Files.move(copy, candidate, StandardCopyOption.ATOMIC_MOVE);
            return true;
        }
    }

    /** The original name made safe for every file system, with the extension its content really has. */
    static String fileName(String original, MediaType type) {
        String safe = original.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "-").strip();
        int dot = safe.lastIndexOf('.');
        String base = dot > 0 ? safe.substring(0, dot) : safe;
        String extension = dot > 0 ? safe.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
        if (base.isBlank()) {
            base = "evidence";
        }
        if (base.length() > 100) {
            base = base.substring(0, 100);
        }
        return base + "." + (matches(extension, type) ? extension : extensionOf(type));
    }

    private static boolean matches(String extension, MediaType type) {
        return switch (type) {
            case JPEG -> extension.equals("jpg") || extension.equals("jpeg");
            case TIFF -> extension.equals("tif") || extension.equals("tiff");
            case HEIC -> extension.equals("heic") || extension.equals("heif");
            default -> extension.equals(extensionOf(type));
        };
    }

    private static String extensionOf(MediaType type) {
        return switch (type) {
            case JPEG -> "jpg";
            case QUICKTIME -> "mov";
            case EMAIL -> "eml";
            case OUTLOOK_EMAIL -> "msg";
            case TIFF -> "tiff";
            default -> type.name().toLowerCase(Locale.ROOT);
        };
    }

    static String withSuffix(String name, int attempt) {
        if (attempt <= 1) {
            return name;
        }
        int dot = name.lastIndexOf('.');
        return name.substring(0, dot) + " (" + attempt + ")" + name.substring(dot);
    }
}
