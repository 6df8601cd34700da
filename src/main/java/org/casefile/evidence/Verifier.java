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

    public Report verify(List<Case> cases, List<Evidence> evidence) {
        List<Problem> problems = new ArrayList<>();
        Set<String> recorded = new HashSet<>();
        for (Evidence e : evidence) {
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
