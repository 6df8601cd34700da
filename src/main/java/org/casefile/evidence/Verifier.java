package org.casefile.evidence;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.casefile.domain.Case;
import org.casefile.domain.Evidence;
import org.casefile.library.Library;

/** Re-hashes every evidence file and names each one that changed, went missing, or is in a case folder unrecorded. */
public final class Verifier {
    private final Library library;

    public Verifier(Library library) {
        this.library = library;
    }

    public record Problem(Kind kind, String path, String detail) {
        public enum Kind { CHANGED, MISSING, UNKNOWN }
    }

    public record Report(int checked, List<Problem> problems) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    /**
     * The report with each folder in {@code cases/} that no case of {@code allCases} uses: an interrupted run (a
     * killed {@code sample}, a crash while a case was made) can leave such folders; an empty one is removed here,
     * one holding files is named for the buyer to look at.
     */
    public Report withUnusedFolders(Report report, List<Case> allCases) {
        Set<String> used = new HashSet<>();
        allCases.forEach(c -> used.add(c.folder()));
        List<Problem> problems = new ArrayList<>(report.problems());
        Path casesFolder = library.root().resolve(Library.CASES);
        if (Files.isDirectory(casesFolder)) {
            try (Stream<Path> folders = Files.list(casesFolder)) {
                for (Path folder : folders.filter(Files::isDirectory).toList()) {
                    String relative = library.relative(folder);
                    if (used.contains(relative) || emptyRemoved(folder)) {
                        continue;
                    }
                    problems.add(new Problem(Problem.Kind.UNKNOWN, relative, "a case folder no case uses (left by "
                            + "an interrupted run?); look inside, then remove it or import its files into a case"));
                }
            } catch (IOException e) {
                problems.add(new Problem(Problem.Kind.MISSING, Library.CASES, "the cases folder cannot be read"));
            }
        }
        return new Report(report.checked(), problems);
    }

    /** Removes a folder tree holding no file at all (only empty kind folders); true when it was removed. */
    private static boolean emptyRemoved(Path folder) throws IOException {
        try (Stream<Path> inside = Files.walk(folder)) {
            if (inside.anyMatch(p -> !Files.isDirectory(p))) {
                return false;
            }
        }
        try (Stream<Path> inside = Files.walk(folder)) {
            for (Path p : inside.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
        return true;
    }

    public Report verify(List<Case> cases, List<Evidence> evidence) {
        return verify(cases, evidence, () -> false);
    }

    /** Checks each file against its hash; stops between files once {@code cancelled} says so. */
    public Report verify(List<Case> cases, List<Evidence> evidence, java.util.function.BooleanSupplier cancelled) {
        List<Problem> problems = new ArrayList<>();
        Set<String> recorded = new HashSet<>();
        for (Evidence e : evidence) {
            if (cancelled.getAsBoolean()) {
                throw new org.casefile.domain.CasefileException("The check was stopped; nothing was changed.");
            }
            recorded.add(e.path());
            Path file = library.resolve(e.path());
            if (!Files.isRegularFile(file)) {
                problems.add(new Problem(Problem.Kind.MISSING, e.path(), "recorded at import, no longer there"));
                continue;
            }
            try {
                EvidenceReader.Read read = EvidenceReader.transfer(file, e, java.io.OutputStream.nullOutputStream());
                if (!read.matches()) {
                    problems.add(new Problem(Problem.Kind.CHANGED, e.path(), "its content changed since import "
                            + "(SHA-256 " + e.sha256().substring(0, 12) + "… is now " + read.sha256().substring(0, 12)
                            + "…)"));
                }
            } catch (EvidenceFileException ex) {
                problems.add(new Problem(Problem.Kind.MISSING, e.path(), "cannot be read: "
                        + (ex.getCause() == null ? ex.getMessage() : ex.getCause().getMessage())));
            }
        }
        for (Case c : cases) {
            Path folder = library.resolve(c.folder());
            if (!Files.isDirectory(folder)) {
                continue;
            }
            try {
                for (Path file : FolderFiles.in(folder)) {
                    String relative = library.relative(file);
                    if (!recorded.contains(relative)) {
                        problems.add(new Problem(Problem.Kind.UNKNOWN, relative, "in the case folder but not "
                                + "recorded as evidence"));
                    }
                }
            } catch (IOException ex) {
                problems.add(new Problem(Problem.Kind.MISSING, c.folder(), "the case folder cannot be read"));
            }
        }
        return new Report(evidence.size(), problems);
    }
}
