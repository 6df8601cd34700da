package org.casefile.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.casefile.domain.ImportOutcome;

/**
 * What became of the files found in case folders unrecorded: each new one's outcome (imported, a duplicate left
 * where it is, or refused with the reason; each told once), and those still being written, to look at again soon.
 */
public record Adoption(List<ImportOutcome> outcomes, List<Path> waiting) {
    public static final Adoption NONE = new Adoption(List.of(), List.of());

    public long imported() {
        return outcomes.stream().filter(o -> o.status() == ImportOutcome.Status.IMPORTED).count();
    }

    /** Files that stay in the folder unrecorded (refused, or copies of evidence already there). */
    public List<ImportOutcome> leftAlone() {
        return outcomes.stream().filter(o -> o.status() != ImportOutcome.Status.IMPORTED).toList();
    }

    Adoption plus(Adoption other) {
        List<ImportOutcome> all = new ArrayList<>(outcomes);
        all.addAll(other.outcomes);
        List<Path> later = new ArrayList<>(waiting);
        later.addAll(other.waiting);
        return new Adoption(List.copyOf(all), List.copyOf(later));
    }
}
