package org.casefile.app;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.casefile.domain.Case;
import org.casefile.domain.CasefileException;
import org.casefile.domain.Evidence;
import org.casefile.domain.EvidenceKind;
import org.casefile.domain.ImportOutcome;
import org.casefile.domain.text.Phrase;
import org.casefile.evidence.EvidenceImporter;
import org.casefile.library.Library;

/**
 * Files the buyer put into a case's folder themselves (with a file manager), taken as evidence where they are:
 * never moved or changed, recorded with the kind of the folder they are in. Part of {@link EvidenceService}.
 */
final class FolderAdoption {
    private final Library library;
    private final EvidenceImporter importer;

    FolderAdoption(Library library, EvidenceImporter importer) {
        this.library = library;
        this.importer = importer;
    }

    /**
     * Every file in every case folder, as {@link #adoptAllUnrecorded(List, Duration)} wants them: file-system work
     * only, so the window runs it on a thread of its own and keeps the database worker free (10,000 folders take
     * most of a second).
     */
    List<Path> filesInCaseFolders() {
        return filesIn(library.root().resolve(Library.CASES));
    }

    /** Adopts those of {@code files} (from {@link #filesInCaseFolders()}) that are not recorded yet. */
    Adoption adoptAllUnrecorded(List<Path> files, Duration settle) {
        Path root = library.root().resolve(Library.CASES);
        if (files.isEmpty()) {
            return Adoption.NONE;
        }
        java.util.Set<String> recorded = library.database().read(session -> session.evidence().paths());
        java.util.Map<Path, List<Path>> unrecorded = new java.util.LinkedHashMap<>();
        for (Path file : files) {
            if (!recorded.contains(library.relative(file))) {
                unrecorded.computeIfAbsent(root.resolve(root.relativize(file).getName(0)), f -> new ArrayList<>())
                        .add(file);
            }
        }
        if (unrecorded.isEmpty()) {
            return Adoption.NONE;
        }
        Adoption all = Adoption.NONE;
        for (Case c : library.database().read(session -> session.cases().all())) {
            List<Path> inCase = unrecorded.get(library.resolve(c.folder()));
            if (inCase != null) {
                all = all.plus(adopt(c, inCase, recorded, settle));
            }
        }
        return all;
    }

    Adoption adoptUnrecorded(Case theCase, Duration settle) {
        List<Path> files = filesIn(library.resolve(theCase.folder()));
        if (files.isEmpty()) {
            return Adoption.NONE; // most cases: no need to ask the database
        }
        java.util.Set<String> recorded = new java.util.HashSet<>();
        evidence(theCase.id()).forEach(e -> recorded.add(e.path()));
        Adoption adoption = adopt(theCase, files, recorded, settle);
        java.util.Set<String> present = new java.util.HashSet<>();
        files.forEach(file -> present.add(library.relative(file)));
        List<String> stale = library.database().read(session -> session.evidence().unadopted(theCase.id()))
                .keySet().stream().filter(path -> !present.contains(path) || recorded.contains(path)).toList();
        if (!stale.isEmpty()) {
            library.database().write(session -> {
                session.evidence().forgetUnadopted(theCase.id(), stale);
                return null;
            });
        }
        return adoption;
    }

    private static List<Path> filesIn(Path folder) {
        try {
            return org.casefile.evidence.FolderFiles.in(folder);
        } catch (java.io.IOException e) {
            throw new CasefileException(Phrase.of("Error.folderUnreadable", folder.toString(),
                    String.valueOf(e.getMessage())), e);
        }
    }

    /** Adopts those of {@code files} (in the case's folder) that are not {@code recorded}. */
    private Adoption adopt(Case theCase, List<Path> files, java.util.Set<String> recorded,
                           Duration settle) {
        Path folder = library.resolve(theCase.folder());
        java.util.Map<String, org.casefile.store.EvidenceRepository.Unadopted> told = library.database().read(
                session -> session.evidence().unadopted(theCase.id()));
        List<ImportOutcome> outcomes = new ArrayList<>();
        List<Path> waiting = new ArrayList<>();
        long now = System.currentTimeMillis();
        for (Path file : files) {
            String relative = library.relative(file);
            if (recorded.contains(relative)) {
                continue;
            }
            long size;
            java.nio.file.attribute.FileTime modified;
            try {
                size = java.nio.file.Files.size(file);
                modified = java.nio.file.Files.getLastModifiedTime(file);
            } catch (java.io.IOException gone) {
                continue; // removed while we looked
            }
            var known = told.get(relative);
            if (known != null && known.size() == size && known.modified().equals(modified.toString())) {
                continue; // refused before and unchanged: the user was told
            }
            if (now - modified.toMillis() < settle.toMillis()) {
                waiting.add(file);
                continue;
            }
            EvidenceKind kind = kindOfFolder(folder, file);
            ImportOutcome outcome = kind == null ? ImportOutcome.rejected(file, NOT_IN_A_KIND_FOLDER)
                    : importer.adopt(theCase, kind, file);
            if (outcome == null) {
                waiting.add(file);
                continue;
            }
            outcomes.add(outcome);
            if (outcome.status() != ImportOutcome.Status.IMPORTED) {
                library.database().write(session -> {
                    session.evidence().rememberUnadopted(theCase.id(), new org.casefile.store.EvidenceRepository
                            .Unadopted(relative, size, modified.toString(), outcome.reason()));
                    return null;
                });
            }
        }
        return new Adoption(List.copyOf(outcomes), List.copyOf(waiting));
    }

    /** The kind whose folder holds the file ({@code received/IMG_1.jpg}, or deeper), or null. */
    private static final Phrase NOT_IN_A_KIND_FOLDER = Phrase.of("Import.notInKindFolder");

    /**
     * A file given to import from the case's own folder is recorded where it is, of the kind of the folder it is
     * in (it is never copied beside itself); one recorded already is a duplicate of itself.
     */
    EvidenceImporter.Prepared inPlace(Case theCase, Path caseFolder, java.util.Map<String, Long> recorded,
                                              Path given, Path file) {
        Long already = recorded.get(library.relative(file));
        ImportOutcome outcome;
        if (already != null) {
            outcome = ImportOutcome.duplicate(given, already);
        } else {
            EvidenceKind kind = kindOfFolder(caseFolder, file);
            ImportOutcome adopted = kind == null ? null : importer.adopt(theCase, kind, file);
            outcome = kind == null ? ImportOutcome.rejected(given, NOT_IN_A_KIND_FOLDER)
                    : adopted == null ? ImportOutcome.rejected(given, Phrase.of("Import.stillWriting")) : adopted;
        }
        return new EvidenceImporter.Prepared(given, null, null, null, null, outcome);
    }

    /** The case's evidence by where it is in the library: id by relative path. */
    java.util.Map<String, Long> recordedPaths(long caseId) {
        java.util.Map<String, Long> paths = new java.util.HashMap<>();
        evidence(caseId).forEach(e -> paths.put(e.path(), e.id()));
        return paths;
    }

    private static EvidenceKind kindOfFolder(Path caseFolder, Path file) {
        Path inside = caseFolder.relativize(file);
        if (inside.getNameCount() < 2) {
            return null;
        }
        String first = inside.getName(0).toString();
        for (EvidenceKind kind : EvidenceKind.values()) {
            if (kind.folder().equals(first)) {
                return kind;
            }
        }
        return null;
    }

    private List<Evidence> evidence(long caseId) {
        return library.database().read(session -> session.evidence().forCase(caseId));
    }
}
