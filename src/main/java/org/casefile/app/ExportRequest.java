package org.casefile.app;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.casefile.domain.CasefileException;
import org.casefile.domain.PacketProfile;
import org.casefile.domain.text.Language;
import org.casefile.domain.text.Phrase;

/**
 * What the buyer asked to export: the route's profile and its budgets. {@code maxBytes} 0 means no size budget
 * (originals, {@code --max-size none}); {@code maxPages} 0 means no page budget; {@code leftOut} are evidence ids the
 * buyer chose to leave out of the packet (a file missing or changed on disk); {@code hideContact} replaces the
 * buyer's own emails and phone numbers in messages and captions; {@code language} is the packet's (English for
 * Section 75 whatever is asked).
 */
public record ExportRequest(PacketProfile profile, long maxBytes, int maxPages, java.util.Set<Long> leftOut,
                            boolean hideContact, Language language) {
    private static final Pattern SIZE = Pattern.compile("([0-9]+(?:\\.[0-9]+)?)\\s*(B|KB|MB|GB)?",
            Pattern.CASE_INSENSITIVE);

    public ExportRequest {
        if (profile == null) {
            throw new CasefileException(Phrase.of("Export.noProfile"));
        }
        if (maxBytes < 0) {
            throw new CasefileException(Phrase.of("Export.negativeSize"));
        }
        if (maxPages < 0) {
            throw new CasefileException(Phrase.of("Export.negativePages"));
        }
        leftOut = leftOut == null ? java.util.Set.of() : java.util.Set.copyOf(leftOut);
        language = language == null ? Language.ENGLISH : language;
    }

    /** A request for an English packet. */
    public ExportRequest(PacketProfile profile, long maxBytes, int maxPages, java.util.Set<Long> leftOut,
                         boolean hideContact) {
        this(profile, maxBytes, maxPages, leftOut, hideContact, Language.ENGLISH);
    }

    /** The same request, the packet written in {@code chosen} (a Section 75 letter stays English). */
    public ExportRequest inLanguage(Language chosen) {
        return new ExportRequest(profile, maxBytes, maxPages, leftOut, hideContact, chosen);
    }

    /** A request that puts every exhibit in the packet. */
    public ExportRequest(PacketProfile profile, long maxBytes, int maxPages) {
        this(profile, maxBytes, maxPages, java.util.Set.of(), false);
    }

    /** A request that puts every exhibit in the packet, with contact details hidden or not. */
    public ExportRequest(PacketProfile profile, long maxBytes, int maxPages, boolean hideContact) {
        this(profile, maxBytes, maxPages, java.util.Set.of(), hideContact);
    }

    /** The same request without the evidence {@code ids} (files the buyer chose to leave out of the packet). */
    public ExportRequest leavingOut(java.util.Collection<Long> ids) {
        java.util.Set<Long> all = new java.util.HashSet<>(leftOut);
        all.addAll(ids);
        return new ExportRequest(profile, maxBytes, maxPages, all, hideContact, language);
    }

    /** The same request, with the buyer's contact details hidden or not. */
    public ExportRequest hidingContact(boolean hide) {
        return new ExportRequest(profile, maxBytes, maxPages, leftOut, hide, language);
    }

    /** The profile with its default budgets. */
    public static ExportRequest of(PacketProfile profile) {
        return new ExportRequest(profile, profile.maxBytes(), profile.maxPages());
    }

    public boolean originals() {
        return maxBytes == 0;
    }

    /**
     * Reads a size budget: "none" (0, keep the originals), "2MB", "2 MB", "1.5MB", "500KB", "2000000" bytes.
     * 1 MB is 1,000,000 bytes, as upload forms count.
     */
    public static long parseMaxSize(String text) {
        String input = text == null ? "" : text.strip();
        if (input.equalsIgnoreCase("none")) {
            return 0;
        }
        Matcher m = SIZE.matcher(input);
        if (!m.matches()) {
            throw new CasefileException(Phrase.of("Budget.notASize", input));
        }
        String unit = m.group(2) == null ? "B" : m.group(2).toUpperCase(Locale.ROOT);
        long factor = switch (unit) {
            case "KB" -> 1_000L;
            case "MB" -> 1_000_000L;
            case "GB" -> 1_000_000_000L;
            default -> 1L;
        };
        BigDecimal bytes = new BigDecimal(m.group(1)).multiply(BigDecimal.valueOf(factor));
        if (bytes.compareTo(BigDecimal.valueOf(50_000)) < 0) {
            throw new CasefileException(Phrase.of("Budget.tooSmall", input));
        }
        if (bytes.compareTo(BigDecimal.valueOf(10_000_000_000L)) > 0) {
            throw new CasefileException(Phrase.of("Budget.tooBig", input));
        }
        return bytes.longValue();
    }
}
