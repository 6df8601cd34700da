package org.casefile.app;

import org.casefile.packet.PacketProfile;

/**
 * What the buyer asked to export: the route's profile and its budgets. {@code maxBytes} 0 means no size budget
 * (originals, {@code --max-size none}); {@code maxPages} 0 means no page budget.
 */
public record ExportRequest(PacketProfile profile, long maxBytes, int maxPages) {

    /** The profile with its default budgets. */
    public static ExportRequest of(PacketProfile profile) {
        return new ExportRequest(profile, profile.maxBytes(), profile.maxPages());
    }

    public boolean originals() {
        return maxBytes == 0;
    }
}
