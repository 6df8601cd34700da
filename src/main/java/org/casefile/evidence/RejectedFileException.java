package org.casefile.evidence;

import org.casefile.domain.CasefileException;
import org.casefile.domain.text.Phrase;

/** A file that cannot become evidence, with the reason in words a buyer understands. */
public final class RejectedFileException extends CasefileException {
    public RejectedFileException(String reason) {
        super(reason);
    }

    public RejectedFileException(String reason, Throwable cause) {
        super(reason, cause);
    }

    public RejectedFileException(Phrase reason) {
        super(reason);
    }

    public RejectedFileException(Phrase reason, Throwable cause) {
        super(reason, cause);
    }
}
