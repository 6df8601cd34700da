package org.casefile.app;

import java.nio.file.Path;
import java.util.List;
import org.casefile.domain.UploadDestination;
import org.casefile.domain.text.Phrase;
import org.casefile.domain.text.RuleText;

/**
 * An upload kit written and checked: its folder, the files to upload in order, the description as the form takes
 * it, and notes for the buyer (what was left out and why), as phrases so the window says them in its language.
 */
public record KitResult(Path folder, UploadDestination destination, List<KitFile> uploads, String description,
                        List<Phrase> notePhrases) {
    public KitResult {
        uploads = List.copyOf(uploads);
        notePhrases = List.copyOf(notePhrases);
    }

    /** The notes in English, as the command line prints them. */
    public List<String> notes() {
        return notePhrases.stream().map(RuleText::english).toList();
    }
}
