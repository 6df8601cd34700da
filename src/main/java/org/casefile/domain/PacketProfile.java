package org.casefile.domain;


/**
 * Who the packet is for, and the budget that reader imposes. Card networks take evidence through the acquirer, so
 * the chargeback profile is strict (2 MB, 17 pages, 200 dpi); the others fit an upload form or an email.
 */
public enum PacketProfile implements Choice {
    PLATFORM(10_000_000L, 0, 0),
    PAYPAL(10_000_000L, 0, 0),
    CHARGEBACK(2_000_000L, 17, 200),
    SECTION75(10_000_000L, 0, 0);

    private final long maxBytes;
    private final int maxPages;
    private final int maxDpi;

    PacketProfile(long maxBytes, int maxPages, int maxDpi) {
        this.maxBytes = maxBytes;
        this.maxPages = maxPages;
        this.maxDpi = maxDpi;
    }

    /** The default size budget in bytes (1 MB = 1,000,000 bytes). */
    public long maxBytes() { return maxBytes; }

    /** The default page budget, or 0 for none. */
    public int maxPages() { return maxPages; }

    /** The highest image resolution on the page, or 0 for none. */
    public int maxDpi() { return maxDpi; }

    public static PacketProfile fromId(String text) {
        return Choice.parse(PacketProfile.class, text, "packet profile");
    }
}
