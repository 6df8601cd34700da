package org.casefile.domain;

import java.time.LocalDate;
import org.casefile.domain.text.Phrase;
import org.casefile.domain.text.RuleText;

/** What the buyer should do next on a case, by when (null when there is no date to meet), and the rule's source. */
public record NextStep(Phrase actionPhrase, LocalDate by, RuleSource source) {
    /** The step in English. */
    public String action() {
        return RuleText.english(actionPhrase);
    }
}
