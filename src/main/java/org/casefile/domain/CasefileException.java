package org.casefile.domain;

import org.casefile.domain.text.Phrase;
import org.casefile.domain.text.RuleText;

/**
 * A problem the user can act on; its message is written for a buyer, not a developer. A refusal of a domain rule
 * carries its {@link Phrase}, so the window can say it in the buyer's language; {@link #getMessage()} is the English
 * sentence the command line prints.
 */
public class CasefileException extends RuntimeException {
    private final Phrase phrase;

    public CasefileException(Phrase phrase) {
        super(RuleText.english(phrase));
        this.phrase = phrase;
    }

    public CasefileException(Phrase phrase, Throwable cause) {
        super(RuleText.english(phrase), cause);
        this.phrase = phrase;
    }

    public CasefileException(String message) {
        super(message);
        this.phrase = null;
    }

    public CasefileException(String message, Throwable cause) {
        super(message, cause);
        this.phrase = null;
    }

    /** What went wrong before it is said in a language; a message written outside the rules is kept as written. */
    public Phrase phrase() {
        return phrase != null ? phrase : RuleText.asWritten(String.valueOf(getMessage()));
    }
}
