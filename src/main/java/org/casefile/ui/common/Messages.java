package org.casefile.ui.common;

import org.casefile.domain.CasefileException;

/** Turns a failure into a sentence for the status bar or a dialog. */
public final class Messages {
    private Messages() {
    }

    public static String of(Throwable failure) {
        if (failure instanceof CasefileException) {
            return failure.getMessage();
        }
        return "Something went wrong: " + failure + ". Nothing was changed; please try again.";
    }
}
