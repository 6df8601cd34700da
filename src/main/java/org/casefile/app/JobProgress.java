package org.casefile.app;

import org.casefile.domain.text.Phrase;
import org.casefile.domain.text.RuleText;

/**
 * Told as a long job goes (import, export, preview, kit, backup, restore, bundles, verify): what it is doing and how
 * far (files, pictures or bytes), for a progress bar. Every such service also takes a {@code BooleanSupplier} it
 * asks between steps; once it says yes the job stops, leaving no half file, and throws.
 */
@FunctionalInterface
public interface JobProgress {
    JobProgress NONE = (stage, done, total) -> { };

    /** {@code total} 0 or less: how far is not known yet. */
    void update(String stage, long done, long total);

    /**
     * A stage with values in it ("Checking {0}"), before it is said in a language: the window says it in its own,
     * everyone else hears the English sentence.
     */
    default void update(Phrase stage, long done, long total) {
        update(RuleText.english(stage), done, total);
    }
}
