package org.casefile.library;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import org.casefile.domain.CasefileException;
import org.casefile.domain.text.Phrase;
import org.casefile.store.Database;
import org.casefile.store.NativeSqlite;
import org.casefile.store.Recognition;

/**
 * One library folder: {@code casefile.db} at its root, {@code cases/} with a folder per case holding evidence only,
 * and the app's own folders ({@code trash/}, {@code tmp/}) beside it.
 */
public final class Library implements AutoCloseable {
    public static final String DATABASE_FILE = "casefile.db";
    public static final String CASES = "cases";
    /** Copies being imported; whatever is here when the library opens was left by a crash and is removed. */
    public static final String TMP = "tmp";
    public static final String THUMBNAILS = "thumbnails";
    /** Display copies of evidence Casefile cannot show itself: HEIC photos as JPEG, a video's poster frame. */
    public static final String PREVIEWS = "previews";
    /** The automatic daily copies of the database (never inside {@code cases/}). */
    public static final String BACKUPS = "backups";
    private static final DateTimeFormatter TRASH_STAMP = DateTimeFormatter.ofPattern("uuuu-MM-dd HHmmss");

    private final Path root;
    private final Database database;

    private Library(Path root, Database database) {
        this.root = root;
        this.database = database;
    }

    /** Opens the library at {@code root}, making a new one there when the folder holds none. */
    public static Library open(Path root) {
        return open(root, true);
    }

    /**
     * Opens the library at {@code root} for a command that only reads: a folder holding no library is refused and
     * nothing is created in it (a mistyped --library must not leave an empty library behind).
     */
    public static Library openExisting(Path root) {
        return open(root, false);
    }

    private static Library open(Path root, boolean createIfAbsent) {
        // Before the first connection, which recognising the database below already opens: once the driver has
        // loaded its native library its own way (unpacked into /tmp, a process started, an MD5), it is too late.
        NativeSqlite.ready(LibraryLocation.cacheFolder());
        Path absolute = root.toAbsolutePath().normalize();
        if (Files.exists(absolute) && !Files.isDirectory(absolute)) {
            throw new CasefileException(absolute + " is a file, not a library folder. Choose a folder with --library.");
        }
        Recognition found = Recognition.of(absolute.resolve(DATABASE_FILE));
        boolean noDatabase = found.none();
        if (noDatabase && !hasNoCaseFiles(absolute)) {
            throw new CasefileException(lostDatabase(absolute, found));
        }
        if (noDatabase && !createIfAbsent) {
            throw new CasefileException(absolute + " holds no Casefile library. Name your library with --library "
                    + "DIR (or set CASEFILE_LIBRARY); 'casefile new-case' starts a new one. Nothing was created.");
        }
        repairReadOnlySharedMemory(absolute.resolve(DATABASE_FILE));
        java.util.Set<Object> linkedLeftovers;
        try {
            Files.createDirectories(absolute.resolve(CASES));
            linkedLeftovers = linkedLeftovers(absolute.resolve(TMP));
            removeLeftovers(absolute.resolve(TMP));
        } catch (IOException e) {
            throw new CasefileException(Phrase.of("Error.cannotCreateLibrary", absolute.toString(),
                    DiskWords.phrase(e)), e);
        }
        Database database = Database.open(absolute.resolve(DATABASE_FILE), found);
        try {
            PendingFolders.recover(absolute, () -> database.read(session -> session.cases().folders()));
            if (!linkedLeftovers.isEmpty()) {
                removeUnrecordedLinks(absolute, linkedLeftovers, database.read(s -> s.evidence().paths()));
            }
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
        return new Library(absolute, database);
    }

    /**
     * Case folders beside a database that is missing or empty: the database was lost, and a new one written there
     * would hide every case. Nothing is written; the buyer is told where their cases can come back from.
     */
    private static String lostDatabase(Path root, Recognition found) {
        String what = found.kind() == Recognition.Kind.EMPTY ? "is empty" : "is missing";
        String newest = newestDailyCopy(root.resolve(BACKUPS));
        return DATABASE_FILE + " in " + root + " " + what + ", but " + root.resolve(CASES) + " holds case folders: "
                + "the list of your cases was lost, not your files. Nothing was changed. "
                + (newest == null ? "" : "The newest automatic copy is " + root.resolve(BACKUPS).resolve(newest)
                        + ": with Casefile closed, copy it over " + root.resolve(DATABASE_FILE) + ". ")
                + "Or restore a backup zip into a new folder: casefile --library NEW_FOLDER restore FILE.";
    }

    private static String newestDailyCopy(Path backups) {
        if (!Files.isDirectory(backups)) {
            return null;
        }
        try (var files = Files.list(backups)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.matches("casefile-.*\\.db"))
                    .max(String::compareTo).orElse(null);
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * SQLite's shared-memory file made while the database was read-only keeps that mode after the database is made
     * writable again, and then every write fails. Making it writable again is safe even while others use it.
     */
    private static void repairReadOnlySharedMemory(Path database) {
        Path shm = database.resolveSibling(DATABASE_FILE + "-shm");
        if (Files.isWritable(database) && Files.exists(shm) && !ownerMayWrite(shm)) {
            if (!shm.toFile().setWritable(true)) {
                throw new CasefileException(shm + " is read-only, so Casefile cannot save. Make that file "
                        + "writable (or remove it while no Casefile is open) and try again.");
            }
        }
    }

    private static boolean ownerMayWrite(Path file) {
        try {
            return Files.isWritable(file) && Files.getPosixFilePermissions(file)
                    .contains(java.nio.file.attribute.PosixFilePermission.OWNER_WRITE);
        } catch (UnsupportedOperationException | IOException notPosix) {
            return Files.isWritable(file);
        }
    }

    /**
     * Copies, snapshots and work folders in {@code tmp/} left by a run that crashed are not evidence (their rows were
     * never written): remove them. Each name carries the id of the process that made it ("import-PID-….part"), so the
     * work of another Casefile still running on this library (a CLI import beside the window) is left alone.
     */
    private static void removeLeftovers(Path tmp) throws IOException {
        if (!Files.isDirectory(tmp)) {
            return;
        }
        try (var entries = Files.list(tmp)) {
            for (Path entry : entries.toList()) {
                if (ownerAlive(entry.getFileName().toString())) {
                    continue;
                }
                if (Files.isDirectory(entry, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                    PendingFolders.deleteTree(entry);
                } else {
                    Files.deleteIfExists(entry);
                }
            }
        }
    }

    /**
     * The files (by identity) of import copies a crashed run left in {@code tmp/} that also have a second name: the
     * crash came between linking the copy into its case folder and recording it.
     */
    private static java.util.Set<Object> linkedLeftovers(Path tmp) throws IOException {
        java.util.Set<Object> keys = new java.util.HashSet<>();
        if (!Files.isDirectory(tmp)) {
            return keys;
        }
        try (var entries = Files.list(tmp)) {
            for (Path entry : entries.toList()) {
                if (!ownerAlive(entry.getFileName().toString()) && Files.isRegularFile(entry, LinkOption.NOFOLLOW_LINKS)
                        && links(entry) > 1) {
                    Object key = Files.readAttributes(entry, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS)
                            .fileKey();
                    if (key != null) {
                        keys.add(key);
                    }
                }
            }
        }
        return keys;
    }

    private static int links(Path file) {
        try {
            return ((Number) Files.getAttribute(file, "unix:nlink", LinkOption.NOFOLLOW_LINKS)).intValue();
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException noLinkCount) {
            return 1;
        }
    }

    /**
     * Removes from the case folders the second names of those crashed copies that no evidence row records, so a crash
     * between link and commit leaves nothing in {@code cases/}: the import simply did not happen.
     */
    private static void removeUnrecordedLinks(Path root, java.util.Set<Object> keys, java.util.Set<String> recorded) {
        try (var files = Files.walk(root.resolve(CASES))) {
            for (Path file : files.filter(f -> Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS)).toList()) {
                String relative = root.relativize(file).toString().replace('\\', '/');
                Object key = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS)
                        .fileKey();
                if (key != null && keys.contains(key) && !recorded.contains(relative)) {
                    Files.deleteIfExists(file);
                }
            }
        } catch (IOException e) {
            // verify names a file left in a case folder without a record
        }
    }

    /** Folders in {@code tmp/} a restore unpacks into; removed like any other leftover. */
    public static final String STAGING_PREFIX = "staging-";

    /** A name "what-PID-…" belongs to work still running in process PID (never this one: it has only begun). */
    private static boolean ownerAlive(String name) {
        String[] parts = name.split("-");
        try {
            long pid = Long.parseLong(parts[1]);
            return pid != ProcessHandle.current().pid()
                    && ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** A fresh name in {@code tmp/} ("import-PID-N-RANDOM.part") that another process's crash-cleanup leaves alone. */
    public Path tmpFile(String what, String suffix) {
        return tmp().resolve(what + "-" + uniqueInProcess() + suffix);
    }

    private static final java.util.concurrent.atomic.AtomicLong NAMES = new java.util.concurrent.atomic.AtomicLong();

    /**
     * "PID-N-RANDOM": the process id and a counter make the name unique, the random part guards against a name
     * left by an earlier process with the same id. Not a UUID: its secure random generator costs a start-up 30 ms.
     */
    private static String uniqueInProcess() {
        return ProcessHandle.current().pid() + "-" + NAMES.incrementAndGet() + "-"
                + Long.toHexString(java.util.concurrent.ThreadLocalRandom.current().nextLong() >>> 1);
    }

    /** A new empty folder in {@code tmp/} for unpacking a backup before anything is placed. */
    public static Path newStaging(Path root) {
        try {
            return Files.createDirectories(root.resolve(TMP).resolve(STAGING_PREFIX + uniqueInProcess()));
        } catch (IOException e) {
            throw new CasefileException(Phrase.of("Error.cannotCreateIn", root.resolve(TMP).toString(),
                    String.valueOf(e.getMessage())), e);
        }
    }

    public Path backups() {
        return ensure(root.resolve(BACKUPS));
    }

    /** True when {@code cases/} holds nothing at all (not even an empty folder). */
    public static boolean hasNoCaseFiles(Path root) {
        Path cases = root.resolve(CASES);
        if (!Files.isDirectory(cases)) {
            return true;
        }
        try (var entries = Files.list(cases)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }

    /** Where imports write their copies before they are complete (same disk as {@code cases/}, so moves are atomic). */
    public Path tmp() {
        return ensure(root.resolve(TMP));
    }

    public Path thumbnails() {
        return ensure(root.resolve(THUMBNAILS));
    }

    public Path previews() {
        return ensure(root.resolve(PREVIEWS));
    }

    private static Path ensure(Path folder) {
        try {
            return Files.createDirectories(folder);
        } catch (IOException e) {
            throw new CasefileException(Phrase.of("Error.cannotCreate", folder.toString(), DiskWords.phrase(e)), e);
        }
    }

    /** The library-relative form of a path inside it, with forward slashes on every system. */
    public String relative(Path file) {
        return root.relativize(file.toAbsolutePath().normalize()).toString().replace('\\', '/');
    }

    public Path root() {
        return root;
    }

    public Database database() {
        return database;
    }

    /** A path stored in the database (relative to the library) as a file on disk. */
    public Path resolve(String relative) {
        Path resolved = root.resolve(relative).normalize();
        if (!resolved.startsWith(root)) {
            throw new CasefileException(Phrase.of("Error.outsideLibrary", relative));
        }
        return resolved;
    }

    /** Creates the case's folder under {@code cases/} and returns its path relative to the library. */
    public String createCaseFolder(LocalDate orderedOn, String platform, String orderNumber) {
        String name = CaseFolders.name(orderedOn, platform, orderNumber);
        for (int attempt = 1; attempt < 1000; attempt++) {
            String relative = CASES + "/" + CaseFolders.candidate(name, attempt);
            try {
                Files.createDirectory(resolve(relative));
                return relative;
            } catch (FileAlreadyExistsException taken) {
                // try the next suffix
            } catch (IOException e) {
                throw new CasefileException(Phrase.of("Error.cannotCreateCaseFolder", relative,
                        String.valueOf(e.getMessage())), e);
            }
        }
        throw new CasefileException(Phrase.of("Error.tooManyFolders", name));
    }

    /** Removes a folder that was created for a case that could not be saved; keeps it if anything is inside. */
    public void removeEmptyCaseFolder(String relative) {
        removeEmptyFolder(resolve(relative));
    }

    /** Removes a folder made for files that were taken back; keeps it if anything is inside. */
    public void removeEmptyFolder(Path folder) {
        try {
            Files.deleteIfExists(folder);
        } catch (IOException e) {
            // not empty or not removable: leaving it loses nothing
        }
    }

    /** Moves a deleted case's folder into {@code trash/}, so files are never destroyed without a trace. */
    public Path trash(String relative, LocalDateTime now) {
        Path folder = resolve(relative);
        if (!Files.exists(folder)) {
            return null;
        }
        try {
            Path trash = Files.createDirectories(root.resolve("trash"));
            String name = TRASH_STAMP.format(now) + " " + folder.getFileName();
            // Two cases with the same folder name deleted in the same second: the second gets " (2)". An atomic
            // move would silently replace an empty folder of that name, so the name is checked, not assumed.
            for (int n = 1; ; n++) {
                Path target = trash.resolve(n == 1 ? name : name + " (" + n + ")");
                if (Files.exists(target, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                    continue;
                }
                try {
                    return Files.move(folder, target);
                } catch (FileAlreadyExistsException taken) {
                    // made by another process meanwhile: try the next name
                }
            }
        } catch (IOException e) {
            throw new CasefileException(Phrase.of("Error.caseNotTrashed", relative, String.valueOf(e.getMessage())), e);
        }
    }

    /** Puts a trashed folder back when deleting its case failed. */
    public void untrash(Path trashed, String relative) {
        try {
            Files.move(trashed, resolve(relative), StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new CasefileException(Phrase.of("Error.caseInTrash", trashed.toString(), relative), e);
        }
    }

    @Override
    public void close() {
        database.close();
    }
}
