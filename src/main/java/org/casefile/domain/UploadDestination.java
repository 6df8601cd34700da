package org.casefile.domain;

import java.util.Set;
import org.casefile.domain.text.Phrase;
import org.casefile.domain.text.RuleText;

/**
 * Where a buyer uploads evidence, and what each place accepts: the one table of upload rules (DESIGN.md, "Where the
 * evidence goes"). Each row's name and source are in the rules' bundle, and it says when it was checked; where a
 * place publishes no number the row keeps to a size that has gone through. Sizes in bytes (1 MB = 1,000,000 bytes,
 * as upload forms count); 0 means no limit.
 */
public enum UploadDestination implements Choice {
    ALIEXPRESS(Set.of(FileType.JPEG, FileType.PNG), 3_000_000L, 0, 0, 0, 0, 0, 0, 0, 10, null, 1_000,
            RouteKind.PLATFORM, "2026-12"),
    EBAY(Set.of(FileType.JPEG, FileType.PNG, FileType.GIF, FileType.BMP), 5_000_000L, 0, 0, 0, 0, 0, 0, 0, 10, null,
            1_000, RouteKind.PLATFORM, "2026-12"),
    AMAZON(Set.of(), 0, 0, 0, 0, 0, 0, 0, 0, 0, null, 2_000, RouteKind.PLATFORM, "2026-12"),
    PAYPAL(Set.of(FileType.JPEG, FileType.GIF, FileType.PNG, FileType.PDF), 9_999_999L, 0, 0, 0, 0, 0, 0, 0, 10,
            null, 2_000, RouteKind.PAYPAL, "2026-12"),
    CARD_ISSUER(Set.of(FileType.PDF, FileType.JPEG, FileType.TIFF), 2_000_000L, 0, 100, 0, 200, 8.64f, 14f, 0, 10,
            null, 0, RouteKind.CHARGEBACK, "2026-12"),
    MASTERCARD(Set.of(FileType.PDF, FileType.JPEG, FileType.TIFF), 18_000_000L, 18_000_000L, 19, 19, 300, 0, 0,
            30_000_000L, 10, "[A-Za-z0-9]{1,16}", 3_000, RouteKind.CHARGEBACK, "2026-12");

    /** A kind of file as read from its first bytes. */
    public enum FileType { PDF, JPEG, PNG, GIF, BMP, TIFF }

    private final Set<FileType> accepts;
    private final long maxFileBytes;
    private final long maxTotalBytes;
    private final int maxPagesPerFile;
    private final int maxPagesTotal;
    private final int maxDpi;
    private final float maxPageWidthInches;
    private final float maxPageHeightInches;
    private final long maxPixels;
    private final int maxFiles;
    private final String namePattern;
    private final int maxTextCharacters;
    private final RouteKind route;
    private final String checked;

    UploadDestination(Set<FileType> accepts, long maxFileBytes, long maxTotalBytes, int maxPagesPerFile,
                      int maxPagesTotal, int maxDpi, float maxPageWidthInches, float maxPageHeightInches,
                      long maxPixels, int maxFiles, String namePattern, int maxTextCharacters,
                      RouteKind route, String checked) {
        this.accepts = accepts;
        this.maxFileBytes = maxFileBytes;
        this.maxTotalBytes = maxTotalBytes;
        this.maxPagesPerFile = maxPagesPerFile;
        this.maxPagesTotal = maxPagesTotal;
        this.maxDpi = maxDpi;
        this.maxPageWidthInches = maxPageWidthInches;
        this.maxPageHeightInches = maxPageHeightInches;
        this.maxPixels = maxPixels;
        this.maxFiles = maxFiles;
        this.namePattern = namePattern;
        this.maxTextCharacters = maxTextCharacters;
        this.route = route;
        this.checked = checked;
    }

    public static UploadDestination fromId(String text) {
        return Choice.parse(UploadDestination.class, text, "destination");
    }

    public Set<FileType> accepts() {
        return accepts;
    }

    /** A text-only claim form: the kit holds the words and says so. */
    public boolean takesFiles() {
        return !accepts.isEmpty();
    }

    public boolean takesPdf() {
        return accepts.contains(FileType.PDF);
    }

    public long maxFileBytes() {
        return maxFileBytes;
    }

    public long maxTotalBytes() {
        return maxTotalBytes;
    }

    public int maxPagesPerFile() {
        return maxPagesPerFile;
    }

    public int maxPagesTotal() {
        return maxPagesTotal;
    }

    public int maxDpi() {
        return maxDpi;
    }

    public float maxPageWidthInches() {
        return maxPageWidthInches;
    }

    public float maxPageHeightInches() {
        return maxPageHeightInches;
    }

    public long maxPixels() {
        return maxPixels;
    }

    public int maxFiles() {
        return maxFiles;
    }

    /** What a file's name (without its extension) must match, or null for any plain name. */
    public String namePattern() {
        return namePattern;
    }

    /** The form's character limit for the description, 0 for none. */
    public int maxTextCharacters() {
        return maxTextCharacters;
    }

    /** The route whose letter and packet the destination takes. */
    public RouteKind route() {
        return route;
    }

    /** Where the rule comes from, in English (the kit's UPLOAD.txt and the command line). */
    public String source() {
        return RuleText.english(sourcePhrase());
    }

    /** Where the rule comes from, before it is said in a language. */
    public Phrase sourcePhrase() {
        return Phrase.of(phrase().key() + ".source");
    }

    /** When the rule was last checked, as year-month. */
    public String checked() {
        return checked;
    }
}
