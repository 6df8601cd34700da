package org.casefile.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.casefile.domain.Case;
import org.casefile.domain.Evidence;
import org.casefile.domain.EvidenceKind;
import org.casefile.evidence.EvidenceImporter;
import org.casefile.evidence.ImportOutcome;
import org.casefile.evidence.Verifier;
import org.casefile.library.Library;

/** Evidence files: import a batch (one bad file never stops the rest), list them, verify them. */
public final class EvidenceService {
    private final Library library;
    private final CaseService cases;
    private final EvidenceImporter importer;

    public EvidenceService(Library library, CaseService cases, Clock clock) {
        this.library = library;
        this.cases = cases;
        this.importer = new EvidenceImporter(library, clock);
    }

    /** Imports each file in turn, telling {@code progress} after each; stops between files once {@code cancelled}. */
    public List<ImportOutcome> importFiles(long caseId, EvidenceKind kind, List<Path> files,
                                           Consumer<ImportOutcome> progress, BooleanSupplier cancelled) {
        Case theCase = cases.get(caseId);
        List<ImportOutcome> outcomes = new ArrayList<>();
        for (Path file : files) {
            if (cancelled.getAsBoolean()) {
                break;
            }
            ImportOutcome outcome = importer.importFile(theCase, kind, file);
            outcomes.add(outcome);
            progress.accept(outcome);
        }
        return outcomes;
    }

    public List<Evidence> evidence(long caseId) {
        return library.database().read(session -> session.evidence().forCase(caseId));
    }

    /** Verifies one case, or the whole library when {@code caseId} is null. */
    public Verifier.Report verify(Long caseId) {
        List<Case> scope = caseId == null ? library.database().read(session -> session.cases().all())
                : List.of(cases.get(caseId));
        List<Evidence> evidence = caseId == null ? library.database().read(session -> session.evidence().all())
                : evidence(caseId);
        return new Verifier(library).verify(scope, evidence);
    }

    public Path file(Evidence evidence) {
        return library.resolve(evidence.path());
    }
}
