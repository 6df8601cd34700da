package org.casefile.app;

import java.util.List;
import org.casefile.domain.PacketProfile;
import org.casefile.domain.text.Phrase;

/**
 * What an export would give, worked out quickly before it runs: the route the case suits best, what the checklist
 * still misses, how many exhibits and pairs go in, and a rough size ({@code fits} false when the estimate says the
 * size budget cannot be met even at the smallest pictures). {@code doubtful} is what the packet for the chosen route
 * would leave unsaid or open to doubt (facts for the bank, untranslated messages, pictures taken before the order);
 * {@code missing} and {@code doubtful} are phrases, so the window says them in its language;
 * {@code closedRoute} says why the chosen route is not open for the case (null when it is).
 */
public record ExportPlan(PacketProfile suggested, List<Phrase> missing, int exhibits, int pairs, long estimatedBytes,
                         boolean fits, List<Phrase> doubtful, Phrase closedRoute) {
    public ExportPlan {
        missing = List.copyOf(missing);
        doubtful = List.copyOf(doubtful);
    }

    public ExportPlan(PacketProfile suggested, List<Phrase> missing, int exhibits, int pairs, long estimatedBytes,
                      boolean fits) {
        this(suggested, missing, exhibits, pairs, estimatedBytes, fits, List.of(), null);
    }
}
