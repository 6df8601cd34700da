package org.casefile.app;

import java.util.List;
import org.casefile.packet.PacketProfile;

/**
 * What an export would give, worked out quickly before it runs: the route the case suits best, what the checklist
 * still misses, how many exhibits and pairs go in, and a rough size ({@code fits} false when the estimate says the
 * size budget cannot be met even at the smallest pictures).
 */
public record ExportPlan(PacketProfile suggested, List<String> missing, int exhibits, int pairs, long estimatedBytes,
                         boolean fits) {
    public ExportPlan {
        missing = List.copyOf(missing);
    }
}
