package org.casefile.domain;

/** A problem the user can act on; its message is written for a buyer, not a developer. */
public class CasefileException extends RuntimeException {
    public CasefileException(String message) {
        super(message);
    }

    public CasefileException(String message, Throwable cause) {
        super(message, cause);
    }
}
