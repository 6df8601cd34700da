package org.casefile.domain;


/**
 * Who the packet is for, and the budget that reader imposes. Card networks take evidence through the acquirer, so
 * the chargeback profile is strict (2 MB, 17 pages, 200 dpi); the others fit an upload form or an email.
 */
public enum PacketProfile implements Choice {
    PLATFORM("Marketplace dispute", 10_000_000L, 0, 0),
    PAYPAL("PayPal claim", 10_000_000L, 0, 0),
    CHARGEBACK("Card chargeback", 2_000_000L, 17, 200),
    SECTION75("Section 75 claim", 10_000_000L, 0, 0);

    private final String label;
    private final long maxBytes;
    private final int maxPages;
    private final int maxDpi;

    PacketProfile(String label, long maxBytes, int maxPages, int maxDpi) {
        this.label = label;
        this.maxBytes = maxBytes;
        this.maxPages = maxPages;
        this.maxDpi = maxDpi;
    }

    @Override public String label() { return label; }

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
