package org.casefile.ui.common;

import java.nio.file.Path;
import org.casefile.app.AppLog;
import org.casefile.domain.CasefileException;

/** Turns a failure into a sentence for the status bar or a dialog. */
public final class Messages {
    private Messages() {
    }

    public static String of(Throwable failure) {
        if (failure instanceof CasefileException refusal) {
            return Words.get(refusal.phrase()); // in the window's language
        }
        // Not a refusal we wrote: keep it in the log, where a bug report can find it.
        AppLog.unexpected("a job", failure);
        Path log = AppLog.file();
        String said = Words.get("messages.unexpected", failure.toString());
        return log == null ? said : said + " " + Words.get("messages.inLog", log.toString());
    }
}
