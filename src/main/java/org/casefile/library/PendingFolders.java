package org.casefile.library;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.casefile.domain.CasefileException;
import org.casefile.domain.text.Phrase;

/**
 * A note in {@code journal/} written before case folders are filled from a bundle or a backup, and removed once the
 * database records them. The database's commit decides: when the library next opens, a listed folder whose case
 * the database has is kept (the work finished), one it does not have is removed (the process died half-way). So a
 * crash leaves neither files without a case nor a case without its files.
 */
public final class PendingFolders implements AutoCloseable {
    static final String FOLDER = "journal";

    private final Path note;

    private PendingFolders(Path note) {
        this.note = note;
    }

    /** Writes the note (atomically) naming folders, relative to the library, that are about to be filled. */
    public static PendingFolders begin(Path root, Collection<String> folders) {
        try {
            Path journal = Files.createDirectories(root.resolve(FOLDER));
            StringBuilder text = new StringBuilder("pid " + ProcessHandle.current().pid() + "\n");
            for (String folder : folders) {
                text.append("folder ").append(folder).append('\n');
            }
            String name = UUID.randomUUID().toString();
            Path temporary = journal.resolve(name + ".tmp");
            try (var channel = java.nio.channels.FileChannel.open(temporary, java.nio.file.StandardOpenOption.CREATE_NEW,
                    java.nio.file.StandardOpenOption.WRITE)) {
                channel.write(java.nio.ByteBuffer.wrap(text.toString().getBytes(StandardCharsets.UTF_8)));
                channel.force(true);
            }
            Path note = journal.resolve(name + ".pending");
            Files.move(temporary, note, StandardCopyOption.ATOMIC_MOVE);
            return new PendingFolders(note);
        } catch (IOException e) {
            throw new CasefileException(Phrase.of("Error.cannotWriteIn", root.toString(), DiskWords.phrase(e)), e);
        }
    }

    /** The folders are recorded (or removed again): the note is no longer needed. */
    @Override
    public void close() {
        try {
            Files.deleteIfExists(note);
        } catch (IOException ignored) {
            // the next opening finds every listed folder recorded and removes the note
        }
    }

    /**
     * Finishes what a dead process left: removes each listed folder the database does not record, then the note.
     * Notes of a process that still runs (a CLI import while the window opens) are left alone.
     */
    static void recover(Path root, java.util.function.Supplier<Set<String>> recordedFolders) {
        Path journal = root.resolve(FOLDER);
        if (!Files.isDirectory(journal)) {
            return;
        }
        Set<String> recorded = null; // read only when a note is left: every case's folder, at every start
        try (var files = Files.list(journal)) {
            for (Path file : files.toList()) {
                String name = file.getFileName().toString();
                if (name.endsWith(".tmp")) {
                    Files.deleteIfExists(file);
                } else if (name.endsWith(".pending")) {
                    recorded = recorded == null ? recordedFolders.get() : recorded;
                    recoverOne(root, file, recorded);
                }
            }
        } catch (IOException e) {
            throw new CasefileException(Phrase.of("Error.journalUnfinished", journal.toString(),
                    String.valueOf(e.getMessage())), e);
        }
    }

    private static void recoverOne(Path root, Path note, Set<String> recorded) throws IOException {
        List<String> folders = new ArrayList<>();
        long pid = -1;
        for (String line : Files.readAllLines(note, StandardCharsets.UTF_8)) {
            if (line.startsWith("pid ")) {
                try {
                    pid = Long.parseLong(line.substring(4).strip());
                } catch (NumberFormatException ignored) {
                    // treat as dead
                }
            } else if (line.startsWith("folder ")) {
                folders.add(line.substring(7));
            }
        }
        if (pid != ProcessHandle.current().pid()
                && ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
            return;
        }
        Path cases = root.resolve(Library.CASES);
        for (String folder : folders) {
            Path path = root.resolve(folder).normalize();
            // Only a direct child of cases/ that no case records: never anything else, whatever the note says.
            if (!recorded.contains(folder) && cases.equals(path.getParent()) && Files.isDirectory(path,
                    java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                deleteTree(path);
            }
        }
        Files.deleteIfExists(note);
    }

    /** Deletes a folder and what is in it, never following a link out of it. */
    public static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Files.walkFileTree(folder, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                if (e != null) {
                    throw e;
                }
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
