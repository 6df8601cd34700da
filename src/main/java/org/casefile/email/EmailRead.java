package org.casefile.email;

import java.nio.file.Path;
import java.util.List;
import org.casefile.domain.EmailText;
import org.casefile.domain.text.Phrase;
import org.casefile.domain.text.RuleText;

/**
 * An email file read: what it says, its attachments (written to a folder of the caller's, to import as evidence)
 * and the parts that could not be read, each named with why.
 */
public record EmailRead(EmailText email, List<Path> attachments, List<Phrase> skippedPhrases) {
    /** The skipped parts in English, as the command line prints them. */
    public List<String> skipped() {
        return skippedPhrases.stream().map(RuleText::english).toList();
    }
}
