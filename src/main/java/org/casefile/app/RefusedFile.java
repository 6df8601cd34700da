package org.casefile.app;

import java.util.Optional;
import org.casefile.domain.Evidence;
import org.casefile.evidence.EvidenceFileException;

/** The evidence whose file stopped a job (missing, or other bytes on disk), so a front end can offer to leave it out. */
public final class RefusedFile {
    private RefusedFile() {
    }

    public static Optional<Evidence> of(Throwable failure) {
        return failure instanceof EvidenceFileException problem ? Optional.of(problem.evidence()) : Optional.empty();
    }
}
