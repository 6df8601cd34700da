package org.casefile.app;

import java.util.List;
import org.casefile.domain.CaseFactsInput;

/**
 * {@code case.json} of a portable case bundle, schema {@value #SCHEMA}: everything recorded about one case, as text
 * that the domain checks again on import. Evidence is referred to by its id in the bundle; {@code file} is the zip
 * entry holding its bytes ({@code evidence/<kind>/<name>}). Schema 2 added each item's redaction boxes and an
 * email's words; schema 1 bundles (without them) still import. An older Casefile refuses schema 2 rather than
 * importing a redacted picture without its boxes.
 */
public record CaseBundle(int schema, String app, String exportedAt, CaseFactsInput facts, String status,
                         String outcome, String description, String createdAt, List<StatusEntry> history,
                         List<EvidenceEntry> evidence, List<PairEntry> pairs, List<DiscrepancyEntry> discrepancies,
                         List<MessageEntry> messages, List<OfferEntry> offers, ReturnEntry returned) {
    public static final int SCHEMA = 2;
    /** The oldest schema still imported. */
    public static final int OLDEST = 1;
    public static final String NAME = "case.json";

    public record StatusEntry(String at, String status, String note) {
    }

    public record EvidenceEntry(long id, String kind, String file, String originalName, String caption,
                                String sha256, long size, String mediaType, Integer width, Integer height,
                                String capturedAt, Integer orientation, boolean hasGps, String importedAt,
                                List<BoxEntry> redactions, EmailEntry email) {
    }

    /** A box hidden on the picture, in pixels of the upright picture (as {@code redact --box X,Y,W,H}). */
    public record BoxEntry(int x, int y, int w, int h) {
    }

    /** What an email evidence says (headers in words and its text); {@code sentAt} ISO or null. */
    public record EmailEntry(String messageId, String from, String to, String sentAt, String subject, String text) {
    }

    public record PairEntry(long listing, long received, String caption) {
    }

    public record DiscrepancyEntry(String attribute, String advertised, String received) {
    }

    public record MessageEntry(String at, String author, String authorName, String channel, String text,
                               boolean promise, List<Long> attachments, String translation) {
    }

    /** The return attempt: kind sent, refused or no-address; dates ISO. Absent in bundles from before it. */
    public record ReturnEntry(String kind, String sent, String carrier, String tracking, String sellerReceived) {
    }

    public record OfferEntry(String at, String amount, String decision, String reason) {
    }
}
