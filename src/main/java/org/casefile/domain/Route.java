package org.casefile.domain;

import org.casefile.domain.text.Phrase;
import org.casefile.domain.text.RuleText;

/** Whether one route to a refund is open for a case, the one-sentence reason, and where its rule comes from. */
public record Route(RouteKind route, boolean eligible, Phrase reasonPhrase, RuleSource source) {
    /** The reason in English. */
    public String reason() {
        return RuleText.english(reasonPhrase);
    }
}
