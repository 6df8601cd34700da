package org.casefile.evidence;

import org.casefile.domain.CasefileException;

/** A file that cannot become evidence, with the reason in words a buyer understands. */
public final class RejectedFileException extends CasefileException {
    public RejectedFileException(String reason) {
        super(reason);
    }

    public RejectedFileException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
