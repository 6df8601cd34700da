package org.casefile.evidence;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** The files a person put into a case folder, without the ones that are not theirs to keep or not finished yet. */
public final class FolderFiles {
    private static final List<String> UNFINISHED = List.of(".part", ".partial", ".crdownload", ".download", ".tmp",
            ".temp", ".swp");

    private FolderFiles() {
    }

    /**
     * Hidden files, the file manager's own (Thumbs.db, desktop.ini), Office lock files ({@code ~$…}) and downloads
     * still in progress ({@code .part}, {@code .crdownload}, {@code .tmp}…) are never evidence.
     */
    public static boolean ignored(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return name.startsWith(".") || name.startsWith("~$") || lower.equals("thumbs.db")
                || lower.equals("desktop.ini") || UNFINISHED.stream().anyMatch(lower::endsWith);
    }

    /** Every regular file under {@code caseFolder}, except ignored ones and those inside hidden folders. */
    public static List<Path> in(Path caseFolder) throws IOException {
        if (!Files.isDirectory(caseFolder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(caseFolder)) {
            return files.filter(file -> Files.isRegularFile(file, java.nio.file.LinkOption.NOFOLLOW_LINKS))
                    .filter(file -> {
                        for (Path part : caseFolder.relativize(file)) {
                            if (ignored(part.toString())) {
                                return false;
                            }
                        }
                        return true;
                    }).sorted().toList();
        }
    }
}
