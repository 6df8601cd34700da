package org.casefile.domain;

import java.nio.file.Path;
import org.casefile.domain.text.Phrase;
import org.casefile.domain.text.RuleText;

/**
 * What became of one file of an import: imported (new id), a duplicate (existing id) or rejected (why, as a phrase
 * the window says in its language; {@link #reason()} is the command line's English).
 */
public record ImportOutcome(Path file, Status status, long evidenceId, Phrase reasonPhrase) {
    public enum Status { IMPORTED, DUPLICATE, REJECTED }

    public static ImportOutcome imported(Path file, long id) {
        return new ImportOutcome(file, Status.IMPORTED, id, null);
    }

    public static ImportOutcome duplicate(Path file, long id) {
        return new ImportOutcome(file, Status.DUPLICATE, id, null);
    }

    /** Why it was refused (or, for a copy left in the case folder, why it was not recorded), in English; or null. */
    public String reason() {
        return RuleText.english(reasonPhrase);
    }

    /** The same outcome told with another name for the file (the name as sent, not where it waited in tmp/). */
    public ImportOutcome named(Path name) {
        return new ImportOutcome(name, status, evidenceId, reasonPhrase);
    }

    public static ImportOutcome rejected(Path file, Phrase reason) {
        return new ImportOutcome(file, Status.REJECTED, 0, reason);
    }

    /** Refused for a reason written outside the rules' phrases (kept as written). */
    public static ImportOutcome rejected(Path file, String reason) {
        return rejected(file, RuleText.asWritten(reason));
    }
}
