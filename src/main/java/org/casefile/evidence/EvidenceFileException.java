package org.casefile.evidence;

import org.casefile.domain.CasefileException;
import org.casefile.domain.Evidence;

/**
 * An evidence file that cannot leave the library as recorded: missing, unreadable, or with other bytes than the
 * SHA-256 its record (and a packet's appendix) names. Carries the evidence so a front end can offer to leave it out.
 */
public final class EvidenceFileException extends CasefileException {
    private final Evidence evidence;
    private final boolean missing;

    EvidenceFileException(Evidence evidence, boolean missing, String message, Throwable cause) {
        super(message, cause);
        this.evidence = evidence;
        this.missing = missing;
    }

    public Evidence evidence() {
        return evidence;
    }

    /** True when the file is gone or unreadable; false when it is there with other bytes. */
    public boolean missing() {
        return missing;
    }

    /** The same problem followed by what the buyer can do in the job that met it. */
    public EvidenceFileException withAdvice(String advice) {
        return new EvidenceFileException(evidence, missing, getMessage() + " " + advice, this);
    }
}
