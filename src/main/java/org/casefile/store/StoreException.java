package org.casefile.store;

import org.casefile.domain.CasefileException;

/** The library database could not do what was asked; the message says why in plain words. */
public class StoreException extends CasefileException {
    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
