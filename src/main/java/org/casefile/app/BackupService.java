package org.casefile.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.regex.Pattern;
import org.casefile.domain.text.Phrase;
import org.casefile.domain.CasefileException;
import org.casefile.domain.Evidence;
import org.casefile.evidence.EvidenceReader;
import org.casefile.evidence.Verifier;
import org.casefile.library.DiskWords;
import org.casefile.library.Library;
import org.casefile.library.PendingFolders;
import org.casefile.library.SafeZip;
import org.casefile.library.ZipOutput;
import org.casefile.store.Database;

/**
 * The whole library in one zip and back: a consistent snapshot of the database (taken while the window may be
 * saving), every evidence file it records, and a manifest with the SHA-256 of each. Also the automatic daily copies
 * of the database in {@code backups/}.
 */
public final class BackupService {
    public static final int DAILY_KEPT = 7;
    private static final Pattern DAILY = Pattern.compile("casefile-\\d{4}-\\d{2}-\\d{2}\\.db");
    private static final Pattern EVIDENCE_PATH = Pattern.compile("cases/[^/]+/[^/]+/[^/]+");
    private static final Pattern CASE_FOLDER = Pattern.compile("cases/[^/]+");

    private final Library library;
    private final EvidenceService evidence;
    private final Clock clock;
    /** Set when the window closes: the daily copy under way gives up at once rather than hold the exit. */
    private volatile boolean stopped;

    public BackupService(Library library, EvidenceService evidence, Clock clock) {
        this.library = library;
        this.evidence = evidence;
        this.clock = clock;
    }

    /**
     * {@code missing}: files recorded but not in the library, so not in the backup; {@code changed}: files whose bytes
     * are no longer those recorded at import, backed up as they are now (nothing is left behind) and named.
     */
    public record BackupResult(Path file, int cases, int files, long bytes, List<String> missing,
                               List<String> changed) {
        public boolean complete() {
            return missing.isEmpty() && changed.isEmpty();
        }
    }

    /** Writes the backup zip to {@code target}; cancelling leaves no file. Missing evidence is named, not fatal. */
    public BackupResult backup(Path target, JobProgress progress, BooleanSupplier cancelled) {
        Path snapshot = library.tmpFile("snapshot", ".db");
        try (ZipOutput zip = ZipOutput.create(target, library.root())) {
            progress.update("Copying the database", 0, 1);
            library.database().snapshotTo(snapshot);
            List<Evidence> evidence;
            int cases;
            int schema;
            try (Database copy = Database.openReadOnly(snapshot)) {
                evidence = copy.read(session -> session.evidence().all());
                cases = copy.read(session -> session.cases().count());
                schema = copy.schemaVersion();
            }
            long total = Files.size(snapshot);
            for (Evidence e : evidence) {
                Path file = library.resolve(e.path());
                total += Files.isRegularFile(file) ? Files.size(file) : 0;
            }
            AtomicLong done = new AtomicLong();
            List<BackupManifest.FileEntry> files = new ArrayList<>();
            List<String> missing = new ArrayList<>();
            List<String> changed = new ArrayList<>();
            long totalBytes = total;
            String dbHash = zip.addFile(Library.DATABASE_FILE, snapshot, true,
                    n -> progress.update("Copying the database", done.addAndGet(n), totalBytes));
            files.add(new BackupManifest.FileEntry(Library.DATABASE_FILE, Files.size(snapshot), dbHash));
            for (Evidence e : evidence) {
                if (cancelled.getAsBoolean()) {
                    throw new CasefileException(Phrase.of("Backup.cancelled"));
                }
                Path file = library.resolve(e.path());
                if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                    missing.add(e.path());
                    continue;
                }
                EvidenceReader.Read read = zip.addEntry(e.path(), Files.getLastModifiedTime(file).toMillis(), false,
                        n -> progress.update("Copying evidence files", done.addAndGet(n), totalBytes),
                        out -> EvidenceReader.transfer(file, e, out));
                if (!read.matches()) {
                    changed.add(e.path());
                }
                files.add(new BackupManifest.FileEntry(e.path(), read.size(), read.sha256()));
            }
            BackupManifest manifest = new BackupManifest(BackupManifest.FORMAT, schema, "Casefile " + AppVersion.get(),
                    LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS).toString(), files, missing);
            zip.addBytes(BackupManifest.NAME, BundleJson.MAPPER.writeValueAsBytes(manifest));
            if (cancelled.getAsBoolean()) {
                throw new CasefileException(Phrase.of("Backup.cancelled"));
            }
            Path written = zip.commit();
            progress.update("Done", totalBytes, totalBytes);
            return new BackupResult(written, cases, files.size() - 1, Files.size(written), missing, changed);
        } catch (IOException e) {
            throw new CasefileException(Phrase.of("Backup.notWritten", DiskWords.phrase(e)), e);
        } finally {
            deleteQuietly(snapshot);
        }
    }

    public record RestoreResult(int cases, int files, Verifier.Report verified) {
        /** True when every restored file matches the backup's manifest. */
        public boolean filesMatch() {
            return verified.ok();
        }

        public int filesNotMatching() {
            return verified.problems().size();
        }
    }

    /**
     * Restores a backup into the empty library at {@code root} (locked by the caller, so no window shows it
     * meanwhile); see {@link #restore(Path, JobProgress, BooleanSupplier)}.
     */
    public static RestoreResult restore(Path root, Path backup, Clock clock, JobProgress progress,
                                        BooleanSupplier cancelled) {
        try (Library library = Library.open(root)) {
            return Services.of(library, clock).backups().restore(backup, progress, cancelled);
        }
    }

    /**
     * Restores a backup into this library, which must be empty. Every file is unpacked to {@code tmp/} and checked
     * against the manifest first; then the case folders are moved in and the database restored last, in one SQLite
     * transaction: the step that makes it count. A failure or a crash before that leaves the library empty again
     * (the next opening removes folders the database does not record); afterwards every file is verified.
     */
    public RestoreResult restore(Path backup, JobProgress progress, BooleanSupplier cancelled) {
        Path root = library.root();
        requireEmpty();
        Path staging = Library.newStaging(root);
        List<Path> placed = new ArrayList<>();
        try (SafeZip zip = SafeZip.open(backup, "backup", SafeZip.Limits.BACKUP)) {
            BackupManifest manifest = readManifest(zip, backup);
            Map<String, SafeZip.Entry> entries = new HashMap<>();
            for (SafeZip.Entry entry : zip.entries()) {
                entries.put(entry.name(), entry);
            }
            Set<String> expected = new LinkedHashSet<>();
            long total = 0;
            for (BackupManifest.FileEntry file : manifest.files()) {
                if (file == null || file.path() == null || !(file.path().equals(Library.DATABASE_FILE)
                        || EVIDENCE_PATH.matcher(file.path()).matches()) || !expected.add(file.path())) {
                    throw SafeZip.refuse(backup, "backup", Phrase.of("Restore.unexpectedFile"));
                }
                if (!entries.containsKey(file.path())) {
                    throw SafeZip.refuse(backup, "backup", Phrase.of("Restore.missingFile", file.path()));
                }
                total += Math.max(0, file.size());
            }
            if (!expected.contains(Library.DATABASE_FILE)) {
                throw SafeZip.refuse(backup, "backup", Phrase.of("Restore.noDatabase"));
            }
            for (String name : entries.keySet()) {
                if (!name.equals(BackupManifest.NAME) && !expected.contains(name)) {
                    throw SafeZip.refuse(backup, "backup", Phrase.of("Restore.notListed", name));
                }
            }
            long done = 0;
            for (BackupManifest.FileEntry file : manifest.files()) {
                if (cancelled.getAsBoolean()) {
                    throw new CasefileException(Phrase.of("Restore.cancelled"));
                }
                progress.update(Phrase.of("Job.checking", String.valueOf(file.path())), done, total);
                Path target = staging.resolve(file.path());
                Files.createDirectories(target.getParent());
                String hash = zip.extract(entries.get(file.path()), target, file.size());
                if (!hash.equals(file.sha256()) || Files.size(target) != file.size()) {
                    throw SafeZip.refuse(backup, "backup", Phrase.of("Restore.changed", file.path()));
                }
                done += file.size();
            }
            Path database = staging.resolve(Library.DATABASE_FILE);
            checkDatabase(backup, database, manifest, staging);
            requireEmpty();
            List<String> folders = new ArrayList<>();
            Path stagedCases = staging.resolve(Library.CASES);
            if (Files.isDirectory(stagedCases)) {
                try (var list = Files.list(stagedCases)) {
                    list.forEach(folder -> folders.add(Library.CASES + "/" + folder.getFileName()));
                }
            }
            progress.update("Placing the files", total, total);
            try (PendingFolders pending = PendingFolders.begin(root, folders)) {
                try {
                    Files.createDirectories(root.resolve(Library.CASES));
                    for (String folder : folders) {
                        Path target = root.resolve(folder);
                        Files.move(staging.resolve(folder), target, StandardCopyOption.ATOMIC_MOVE);
                        placed.add(target);
                    }
                    library.database().restoreFrom(database);
                } catch (IOException | RuntimeException e) {
                    for (Path folder : placed) {
                        PendingFolders.deleteTree(folder);
                    }
                    throw e;
                }
            }
        } catch (IOException e) {
            throw new CasefileException(Phrase.of("Restore.failed", String.valueOf(e.getMessage())), e);
        } finally {
            try {
                PendingFolders.deleteTree(staging);
            } catch (IOException ignored) {
                // tmp/ is emptied when the library next opens
            }
        }
        progress.update("Verifying", 0, 1);
        evidence.remakeMissingPictures(null);
        Verifier.Report report = evidence.verify(null);
        int count = library.database().read(session -> session.cases().count());
        return new RestoreResult(count, report.checked(), report);
    }

    /** True when the library holds no case and no file in {@code cases/}: what a restore may go into. */
    public boolean canRestore() {
        return library.database().read(session -> session.cases().count()) == 0
                && Library.hasNoCaseFiles(library.root());
    }

    private void requireEmpty() {
        Path root = library.root();
        int cases = library.database().read(session -> session.cases().count());
        if (cases > 0 || !Library.hasNoCaseFiles(root)) {
            Phrase holds = cases > 0 ? Phrase.of("Restore.cases", String.valueOf(cases), cases)
                    : Phrase.of("Restore.caseFiles");
            throw new CasefileException(Phrase.of("Restore.notEmpty", root.toString(), holds));
        }
    }

    private static BackupManifest readManifest(SafeZip zip, Path backup) {
        SafeZip.Entry entry = zip.entries().stream().filter(e -> e.name().equals(BackupManifest.NAME)).findFirst()
                .orElseThrow(() -> SafeZip.refuse(backup, "backup",
                        Phrase.of("Restore.notBackup", BackupManifest.NAME)));
        BackupManifest manifest;
        try {
            manifest = BundleJson.MAPPER.readValue(zip.read(entry, 64 << 20), BackupManifest.class);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw SafeZip.refuse(backup, "backup",
                    Phrase.of("Restore.manifestDamaged", String.valueOf(e.getOriginalMessage())));
        } catch (IOException e) {
            throw SafeZip.refuse(backup, "backup",
                    Phrase.of("Restore.manifestUnreadable", String.valueOf(e.getMessage())));
        }
        if (manifest == null || !BackupManifest.FORMAT.equals(manifest.format()) || manifest.files() == null) {
            throw SafeZip.refuse(backup, "backup", Phrase.of("Restore.notLibraryBackup"));
        }
        if (manifest.schema() > Database.latestSchemaVersion()) {
            throw SafeZip.refuse(backup, "backup", Phrase.of("Restore.newer", String.valueOf(manifest.schema()),
                    String.valueOf(Database.latestSchemaVersion())));
        }
        return manifest;
    }

    /** The unpacked database: sound, of the version the manifest says, and every file it records present. */
    private static void checkDatabase(Path backup, Path database, BackupManifest manifest, Path staging)
            throws IOException {
        int version;
        try {
            version = Database.schemaVersionOf(database);
        } catch (CasefileException e) {
            throw SafeZip.refuse(backup, "backup", Phrase.of("Restore.databaseDamaged"));
        }
        if (version != manifest.schema() || version < 1) {
            throw SafeZip.refuse(backup, "backup", Phrase.of("Restore.databaseMismatch"));
        }
        if (!Database.hasExpectedSchema(database)) {
            throw SafeZip.refuse(backup, "backup", Phrase.of("Restore.foreignTables"));
        }
        try (Database copy = Database.openReadOnly(database)) {
            if (!copy.integrityOk()) {
                throw SafeZip.refuse(backup, "backup", Phrase.of("Restore.databaseDamaged"));
            }
            Map<Long, String> folders = new HashMap<>();
            for (org.casefile.domain.Case c : copy.read(session -> session.cases().all())) {
                if (!CASE_FOLDER.matcher(c.folder()).matches() || c.folder().endsWith("/..")
                        || c.folder().endsWith("/.")) {
                    throw SafeZip.refuse(backup, "backup", Phrase.of("Restore.caseFolderOutside",
                            String.valueOf(c.id()), c.folder()));
                }
                folders.put(c.id(), c.folder());
            }
            for (Evidence e : copy.read(session -> session.evidence().all())) {
                Path file = staging.resolve(e.path()).normalize();
                if (!EVIDENCE_PATH.matcher(e.path()).matches() || e.path().contains("/../")
                        || !e.path().startsWith(folders.get(e.caseId()) + "/")) {
                    throw SafeZip.refuse(backup, "backup", Phrase.of("Restore.evidenceOutside",
                            String.valueOf(e.id()), e.path()));
                }
                if (!file.startsWith(staging.resolve(Library.CASES))) {
                    throw SafeZip.refuse(backup, "backup", Phrase.of("Restore.evidenceOutside",
                            String.valueOf(e.id()), e.path()));
                }
                // A file missing when the backup was taken is not in it: everything else comes back, and the
                // verification after the restore names it as missing.
            }
        } catch (CasefileException e) {
            throw e;
        } catch (RuntimeException e) {
            throw SafeZip.refuse(backup, "backup",
                    Phrase.of("Restore.databaseUnreadable", String.valueOf(e.getMessage())));
        }
    }

    /**
     * The automatic copy of the database, at most one a day, kept for {@value #DAILY_KEPT} days:
     * {@code backups/casefile-YYYY-MM-DD.db}. Returns the new copy, or null when today's exists.
     */
    public Path dailyBackup() {
        LocalDate today = LocalDate.now(clock);
        Path folder = library.backups();
        Path target = folder.resolve("casefile-" + today + ".db");
        if (Files.exists(target)) {
            return null;
        }
        Path snapshot = library.tmpFile("daily", ".db");
        try {
            if (stopped) {
                return null;
            }
            try {
                library.database().snapshotTo(snapshot, () -> stopped);
            } catch (RuntimeException e) {
                if (stopped) {
                    return null; // stopped half-way: the next start makes today's copy
                }
                throw e;
            }
            try {
                Files.createLink(target, snapshot); // never replaces a copy made meanwhile
            } catch (java.nio.file.FileAlreadyExistsException e) {
                return null;
            } catch (UnsupportedOperationException | IOException noLinks) {
                Files.move(snapshot, target, StandardCopyOption.ATOMIC_MOVE);
            }
            prune(folder);
            return target;
        } catch (IOException e) {
            throw new CasefileException(Phrase.of("Backup.dailyCopy", DiskWords.phrase(e)), e);
        } finally {
            deleteQuietly(snapshot);
        }
    }

    /**
     * Stops the daily copy being made, if any, within milliseconds, and any asked for later: its temporary file is
     * removed and nothing is written to {@code backups/}, so the next start makes today's copy.
     */
    public void stopDailyBackup() {
        stopped = true;
    }

    private static void prune(Path folder) throws IOException {
        List<Path> copies;
        try (var files = Files.list(folder)) {
            copies = files.filter(f -> DAILY.matcher(f.getFileName().toString()).matches())
                    .sorted((a, b) -> b.getFileName().toString().compareTo(a.getFileName().toString())).toList();
        }
        for (Path old : copies.subList(Math.min(DAILY_KEPT, copies.size()), copies.size())) {
            Files.deleteIfExists(old);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // tmp/ is emptied when the library next opens
        }
    }
}
