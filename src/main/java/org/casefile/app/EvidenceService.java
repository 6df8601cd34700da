package org.casefile.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.casefile.domain.Case;
import org.casefile.domain.CasefileException;
import org.casefile.domain.Evidence;
import org.casefile.domain.EvidenceKind;
import org.casefile.domain.ImportOutcome;
import org.casefile.domain.MediaType;
import org.casefile.domain.text.Phrase;
import org.casefile.evidence.EvidenceImporter;
import org.casefile.evidence.MediaTools;
import org.casefile.evidence.Verifier;
import org.casefile.library.Library;

/**
 * Evidence files: import a batch (one bad file never stops the rest), list, edit and verify them. Taking the files
 * put straight into a case folder ({@link FolderAdoption}) and the pictures kept beside them ({@link EvidencePictures})
 * are jobs of their own that this service hands on to.
 */
public final class EvidenceService {
    private final Library library;
    private final CaseService cases;
    private final EvidenceImporter importer;
    private final FolderAdoption adoption;
    private final EvidencePictures pictures;

    public EvidenceService(Library library, CaseService cases, Clock clock) {
        this(library, cases, clock, MediaTools.find());
    }

    /** With the helper programs given, not those found on the machine (tests check both with and without). */
    public EvidenceService(Library library, CaseService cases, Clock clock, MediaTools tools) {
        this.library = library;
        this.cases = cases;
        this.importer = new EvidenceImporter(library, clock, tools);
        this.adoption = new FolderAdoption(library, importer);
        this.pictures = new EvidencePictures(library, importer);
    }

    /**
     * Imports the files (a folder: the files in it, see {@link #filesToImport}) as evidence of {@code kind}, or of
     * the kind each file's name suggests when it is null, telling {@code progress} after each in the order given;
     * one bad file never stops the rest.
     * Copying, hashing and thumbnails run on every core; naming and recording run one file at a time. Once
     * {@code cancelled}, no further file is placed and the copies already made are removed.
     */
    public List<ImportOutcome> importFiles(long caseId, EvidenceKind kind, List<Path> files,
                                           Consumer<ImportOutcome> progress, BooleanSupplier cancelled) {
        Case theCase = cases.get(caseId);
        List<Path> toImport = filesToImport(files);
        ExecutorService workers = Executors.newFixedThreadPool(WORKERS, runnable -> {
            Thread thread = new Thread(runnable, "casefile-import");
            thread.setDaemon(true);
            return thread;
        });
        List<Future<EvidenceImporter.Prepared>> prepared = new ArrayList<>();
        List<ImportOutcome> outcomes = new ArrayList<>();
        try {
            Path caseFolder = library.resolve(theCase.folder()).toAbsolutePath().normalize();
            java.util.Map<String, Long> recorded = toImport.stream()
                    .anyMatch(f -> f.toAbsolutePath().normalize().startsWith(caseFolder))
                    ? adoption.recordedPaths(caseId) : java.util.Map.of();
            java.util.Map<String, Long> recordedByHash = library.database().read(s -> s.evidence().idsByHash(caseId));
            for (Path file : toImport) {
                Path where = file.toAbsolutePath().normalize();
                prepared.add(workers.submit(() -> cancelled.getAsBoolean() ? null : where.startsWith(caseFolder)
                        ? adoption.inPlace(theCase, caseFolder, recorded, file, where)
                        : importer.prepare(theCase, file, recordedByHash)));
            }
            for (Future<EvidenceImporter.Prepared> next : prepared) {
                EvidenceImporter.Prepared ready = next.get();
                if (ready == null || cancelled.getAsBoolean()) {
                    if (ready != null) {
                        EvidenceImporter.discard(ready.copy());
                    }
                    continue;
                }
                ImportOutcome outcome = importer.place(theCase, kindOf(ready.source(), kind), ready);
                outcomes.add(outcome);
                progress.accept(outcome);
            }
            return outcomes;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CasefileException(Phrase.of("Error.importInterrupted"));
        } catch (ExecutionException e) {
            throw new CasefileException(Phrase.of("Error.importStopped", String.valueOf(e.getCause())), e.getCause());
        } finally {
            workers.shutdownNow();
        }
    }

    /**
     * Files one part of an email (the email itself, its type proven by reading it, or an attachment with a null
     * type) through the same copy, hash and placing; one that cannot be stored throws, so {@link EmailService} keeps
     * the whole email or none of it.
     */
    /** Copies, hashes and probes one part of an email into {@code tmp/}; see {@link EvidenceImporter#prepare}. */
    EvidenceImporter.Prepared prepare(Case theCase, Path file, MediaType type) {
        return importer.prepare(theCase, file, type);
    }

    /** Places a part prepared before its save's transaction; see {@link EvidenceImporter#placeOrFail}. */
    ImportOutcome placeOrFail(Case theCase, EvidenceKind kind, EvidenceImporter.Prepared part)
            throws java.io.IOException {
        return importer.placeOrFail(theCase, kind, part);
    }

    /**
     * Imports a picture that exists only on the clipboard (a screenshot just taken) as a PNG named by when it was
     * pasted, through the same import as a file.
     */
    public ImportOutcome importPicture(long caseId, EvidenceKind kind, Picture picture, java.time.LocalDateTime at) {
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(picture.width(), picture.height(),
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        image.setRGB(0, 0, picture.width(), picture.height(), picture.argb(), 0, picture.width());
        Path folder = library.tmpFile("paste", "");
        Path file = folder.resolve("Pasted screenshot " + at.toString().replace('T', ' ').replace(':', '.') + ".png");
        try {
            java.nio.file.Files.createDirectories(folder);
            javax.imageio.ImageIO.write(image, "png", file.toFile());
            ImportOutcome outcome = importFiles(caseId, kind, List.of(file), o -> { }, () -> false).get(0);
            return outcome.named(file.getFileName());
        } catch (java.io.IOException e) {
            throw new CasefileException(Phrase.of("Error.pasteNotSaved", String.valueOf(e.getMessage())), e);
        } finally {
            EvidenceImporter.discardFolder(folder);
        }
    }

    /** The kind chosen, else the one the file's name suggests ("label.jpg"), else what arrived. */
    static EvidenceKind kindOf(Path file, EvidenceKind chosen) {
        if (chosen != null) {
            return chosen;
        }
        EvidenceKind guessed = EvidenceKind.guess(file.getFileName().toString());
        return guessed == null ? EvidenceKind.RECEIVED : guessed;
    }

    /**
     * What to import for the paths a person gave: a folder stands for the files in it and in its folders, in name
     * order, without hidden files, the file manager's own (Thumbs.db…) and unfinished downloads; a file, or a folder
     * with none of those, stands for itself (refused later with the reason if it is not evidence).
     */
    public static List<Path> filesToImport(List<Path> given) {
        List<Path> files = new ArrayList<>();
        for (Path path : given) {
            if (!java.nio.file.Files.isDirectory(path)) {
                files.add(path);
                continue;
            }
            List<Path> inside;
            try {
                inside = org.casefile.evidence.FolderFiles.in(path);
            } catch (java.io.IOException | java.io.UncheckedIOException unreadable) {
                inside = List.of();
            }
            // A folder with nothing to take stays in the list, to be refused in its place with the reason.
            files.addAll(inside.isEmpty() ? List.of(path) : inside);
        }
        return files;
    }

    /** Threads that copy, hash and thumbnail; placing stays on the calling thread. */
    private static final int WORKERS = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));

    public void caption(long caseId, long evidenceId, String caption) {
        String text = caption == null || caption.isBlank() ? null : caption.strip();
        if (text != null && text.length() > Evidence.MAX_CAPTION) {
            throw new CasefileException(Phrase.of("Error.captionTooLong", String.valueOf(Evidence.MAX_CAPTION)));
        }
        library.database().write(session -> {
            session.evidence().setCaption(caseId, evidenceId, text);
            return null;
        });
    }

    /** Moves the file to the new kind's folder and records it there; if recording fails the file moves back. */
    public Evidence changeKind(long caseId, long evidenceId, EvidenceKind kind) {
        Case theCase = cases.get(caseId);
        Evidence item = find(caseId, evidenceId);
        if (item.kind() == kind) {
            return item;
        }
        Path current = library.resolve(item.path());
        try {
            Path moved = org.casefile.evidence.EvidenceNames.claimFreeName(current, library.resolve(theCase.folder())
                    .resolve(kind.folder()), current.getFileName().toString());
            try {
                library.database().write(session -> {
                    session.evidence().move(caseId, evidenceId, kind, library.relative(moved));
                    return null;
                });
            } catch (RuntimeException e) {
                if (!java.nio.file.Files.exists(current)) {
                    java.nio.file.Files.move(moved, current);
                } else {
                    java.nio.file.Files.deleteIfExists(moved);
                }
                throw e;
            }
            java.nio.file.Files.deleteIfExists(current);
            return find(caseId, evidenceId);
        } catch (java.io.IOException e) {
            throw new CasefileException(Phrase.of("Error.cannotMove", item.originalName(),
                    org.casefile.library.DiskWords.phrase(e)), e);
        }
    }

    /** Takes the evidence off the case; its file goes to the library's trash, never straight to oblivion. */
    public void remove(long caseId, long evidenceId) {
        Evidence item = find(caseId, evidenceId);
        Path file = library.resolve(item.path());
        try {
            Path trashed = java.nio.file.Files.exists(file) ? org.casefile.evidence.EvidenceNames.claimFreeName(file,
                    library.root().resolve("trash"), "case " + caseId + " " + file.getFileName()) : null;
            try {
                library.database().write(session -> {
                    session.evidence().delete(caseId, evidenceId);
                    return null;
                });
            } catch (RuntimeException e) {
                if (trashed != null && !java.nio.file.Files.exists(file)) {
                    java.nio.file.Files.move(trashed, file);
                }
                throw e;
            }
            java.nio.file.Files.deleteIfExists(file);
        } catch (java.io.IOException e) {
            throw new CasefileException(Phrase.of("Error.cannotTrash", item.originalName(),
                    org.casefile.library.DiskWords.phrase(e)), e);
        }
    }

    private Evidence find(long caseId, long evidenceId) {
        return library.database().read(session -> session.evidence().find(caseId, evidenceId))
                .orElseThrow(() -> NotFound.evidence(caseId, evidenceId));
    }

    /**
     * The day a picture filed as what arrived was taken, when that is before the order: it cannot show this order's
     * goods, and the buyer is told at once.
     */
    public java.util.Optional<java.time.LocalDate> takenBeforeOrder(long caseId, long evidenceId) {
        return library.database().read(session -> {
            var facts = session.cases().find(caseId).map(c -> c.facts()).orElse(null);
            return facts == null ? java.util.Optional.<java.time.LocalDate>empty() : session.evidence()
                    .find(caseId, evidenceId).filter(e -> org.casefile.domain.EvidenceDates.takenBeforeOrder(e, facts))
                    .map(e -> e.capturedAt().toLocalDate());
        });
    }

    public List<Evidence> evidence(long caseId) {
        return library.database().read(session -> session.evidence().forCase(caseId));
    }

    /** The case an evidence item belongs to, or null when there is no such evidence. */
    public Long caseOf(long evidenceId) {
        return library.database().read(session -> session.evidence().caseOf(evidenceId)).orElse(null);
    }

    /** Verifies one case, or the whole library when {@code caseId} is null. */
    public Verifier.Report verify(Long caseId) {
        return verify(caseId, () -> false);
    }

    /** As {@link #verify(Long)}, stopping (with a {@link CasefileException}) soon after {@code cancelled} says so. */
    public Verifier.Report verify(Long caseId, java.util.function.BooleanSupplier cancelled) {
        List<Case> scope = caseId == null ? library.database().read(session -> session.cases().all())
                : List.of(cases.get(caseId));
        List<Evidence> evidence = caseId == null ? library.database().read(session -> session.evidence().all())
                : evidence(caseId);
        Verifier verifier = new Verifier(library);
        Verifier.Report report = verifier.verify(scope, evidence, cancelled);
        return caseId == null ? verifier.withUnusedFolders(report, scope) : report;
    }

    /** How long a file must have been left alone before it is taken: a copy or download may still be writing it. */
    public static final java.time.Duration SETTLE = java.time.Duration.ofSeconds(2);

    /**
     * Takes the files the user put into this case's folder themselves (with a file manager) as evidence, where they
     * are: hashed, probed, thumbnailed and recorded with the kind of their folder, never moved or changed. Hidden
     * files and unfinished downloads are ignored; a file changed in the last {@link #SETTLE} is left for later
     * ({@link Adoption#waiting()}). A file that cannot be evidence stays where it is; its refusal is reported once
     * (and {@code verify} lists it as unknown).
     */
    public Adoption adoptUnrecorded(long caseId) {
        return adoptUnrecorded(cases.get(caseId), SETTLE);
    }

    /**
     * {@link #adoptUnrecorded(long)} for every case: what the window does when it opens. One walk of {@code cases/}
     * and one query when nothing is new (10,000 case folders: well under a second).
     */
    public Adoption adoptAllUnrecorded() {
        return adoptAllUnrecorded(filesInCaseFolders());
    }

    /**
     * Every file in every case folder, as {@link #adoptAllUnrecorded(List)} wants them: file-system work only, so the
     * window runs it on a thread of its own and keeps the database worker free (10,000 folders take most of a
     * second).
     */
    public List<Path> filesInCaseFolders() {
        return adoption.filesInCaseFolders();
    }

    /** Adopts those of {@code files} (from {@link #filesInCaseFolders()}) that are not recorded yet. */
    public Adoption adoptAllUnrecorded(List<Path> files) {
        return adoption.adoptAllUnrecorded(files, SETTLE);
    }

    Adoption adoptUnrecorded(Case theCase, java.time.Duration settle) {
        return adoption.adoptUnrecorded(theCase, settle);
    }

    /** The case's folder on disk, without asking the database. */
    public Path caseFolder(Case theCase) {
        return library.resolve(theCase.folder());
    }

    public Path caseFolder(long caseId) {
        return library.resolve(cases.get(caseId).folder());
    }

    /** The library this service reads from: where work copies of evidence leaving it are made. */
    Library library() {
        return library;
    }

    public Path file(Evidence evidence) {
        return library.resolve(evidence.path());
    }

    /**
     * The picture to show or print for this evidence: the file itself for the images Casefile decodes, the converted
     * JPEG for a HEIC photo, the poster frame for a video; empty for a PDF, or a video or HEIC without its display
     * copy (no ffmpeg or converter on this computer; a copy that went missing is made again first). The picture's
     * EXIF orientation still applies.
     */
    public java.util.Optional<Path> displayImage(Evidence e) {
        return pictures.displayImage(e);
    }

    /**
     * The evidence as a picture at most {@code maxSide} pixels on its longer side, upright; empty when there is
     * nothing to show. Slow for big photos: call it off the FX thread.
     */
    public java.util.Optional<Picture> picture(Evidence e, int maxSide) {
        return pictures.picture(e, maxSide);
    }

    /**
     * Makes the thumbnails an import left for later, and again those missing (a cleared cache), and display copies,
     * for a case's evidence, or for the whole library when {@code caseId} is null; returns how many files have their
     * pictures back. Each file is tried once while Casefile runs.
     */
    public int remakeMissingPictures(Long caseId) {
        return remakeMissingPictures(caseId, () -> { });
    }

    /** {@link #remakeMissingPictures(Long)}, running {@code eachMade} (on a worker thread) after each file. */
    public int remakeMissingPictures(Long caseId, Runnable eachMade) {
        return pictures.remakeMissingPictures(caseId, eachMade);
    }

    /** Where the display copy of a HEIC photo or a video's poster is kept (outside {@code cases/}). */
    public Path preview(Evidence e) {
        return pictures.preview(e);
    }

    public Path thumbnail(Evidence e) {
        return pictures.thumbnail(e);
    }
}
