package org.casefile.app;

import java.nio.file.Path;
import java.util.List;
import org.casefile.domain.text.Phrase;
import org.casefile.domain.text.RuleText;

/**
 * A packet written: where, how big, how many pages and images, how far images were shrunk to meet the budget
 * ({@code imageStep} in English, "originals" or e.g. "1600 px, quality 78%"; {@code imageStepPhrase} the same before
 * it is said in a language), and notes for the buyer (e.g. a HEIC photo shown as a placeholder), as phrases.
 */
public record ExportResult(Path file, long bytes, int pages, int images, String imageStep, Phrase imageStepPhrase,
                           List<Phrase> notePhrases) {
    public ExportResult {
        notePhrases = List.copyOf(notePhrases);
    }

    /** The notes in English, as the command line prints them. */
    public List<String> notes() {
        return notePhrases.stream().map(RuleText::english).toList();
    }
}
