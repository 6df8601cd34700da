package org.casefile.domain;

import java.nio.file.Path;

/** What became of one file of an import: imported (new id), a duplicate (existing id) or rejected (reason). */
public record ImportOutcome(Path file, Status status, long evidenceId, String reason) {
    public enum Status { IMPORTED, DUPLICATE, REJECTED }

    public static ImportOutcome imported(Path file, long id) {
        return new ImportOutcome(file, Status.IMPORTED, id, null);
    }

    public static ImportOutcome duplicate(Path file, long id) {
        return new ImportOutcome(file, Status.DUPLICATE, id, null);
    }

    /** The same outcome told with another name for the file (the name as sent, not where it waited in tmp/). */
    public ImportOutcome named(Path name) {
        return new ImportOutcome(name, status, evidenceId, reason);
    }

    public static ImportOutcome rejected(Path file, String reason) {
        return new ImportOutcome(file, Status.REJECTED, 0, reason);
    }
}
