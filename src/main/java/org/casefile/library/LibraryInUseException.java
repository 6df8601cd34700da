package org.casefile.library;

import org.casefile.domain.CasefileException;

/** Another Casefile window has this library open. */
public final class LibraryInUseException extends CasefileException {
    public LibraryInUseException(String message) {
        super(message);
    }
}
