package org.casefile.app;

import org.casefile.domain.CasefileException;
import org.casefile.domain.text.Phrase;

/** The refusals for a case, a piece of evidence, a message or a pair that is not (or no longer) in the library. */
final class NotFound {
    private NotFound() {
    }

    /** Ids are written as they are ("1234", never "1,234"): the command line has always printed them so. */
    static CasefileException caseOf(long id) {
        return new CasefileException(Phrase.of("Error.noCase", String.valueOf(id)));
    }

    static CasefileException evidence(long caseId, long id) {
        return new CasefileException(Phrase.of("Error.noEvidence", String.valueOf(id), String.valueOf(caseId)));
    }

    static CasefileException message(long caseId, long id) {
        return new CasefileException(Phrase.of("Error.noMessage", String.valueOf(id), String.valueOf(caseId)));
    }

    static CasefileException pair(long caseId, long id) {
        return new CasefileException(Phrase.of("Error.noPair", String.valueOf(id), String.valueOf(caseId)));
    }
}
