package org.casefile.app;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.casefile.domain.Author;
import org.casefile.domain.CaseFacts;
import org.casefile.domain.CaseFactsInput;
import org.casefile.domain.CaseStatus;
import org.casefile.domain.CasefileException;
import org.casefile.domain.Channel;
import org.casefile.domain.Choice;
import org.casefile.domain.Discrepancy;
import org.casefile.domain.EmailText;
import org.casefile.domain.Evidence;
import org.casefile.domain.EvidenceKind;
import org.casefile.domain.MediaType;
import org.casefile.domain.Message;
import org.casefile.domain.Money;
import org.casefile.domain.Offer;
import org.casefile.domain.OfferDecision;
import org.casefile.domain.Outcome;
import org.casefile.domain.Pair;
import org.casefile.domain.RedactionBox;
import org.casefile.domain.ReturnAttempt;
import org.casefile.domain.StatusChange;
import org.casefile.domain.text.Phrase;
import org.casefile.evidence.EvidenceImporter;
import org.casefile.library.SafeZip;

/**
 * A bundle's {@code case.json} read as hostile: parsed within its schema versions, then every value put through the
 * same rules as typing it in, before {@link CaseBundleService} writes anything.
 */
final class BundleCheck {
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    private static final String WHAT = CaseBundleService.WHAT;

    private BundleCheck() {
    }

    /** The case as read from a bundle and checked, before anything is written. */
    record Checked(CaseFacts facts, CaseStatus status, Outcome outcome, String description,
                           LocalDateTime createdAt, List<StatusChange> history, Map<Long, Evidence> evidence,
                           Map<Long, CaseBundle.EvidenceEntry> entries, List<Pair> pairs,
                           List<Discrepancy> discrepancies, List<Message> messages, List<List<Long>> attachments,
                           List<Offer> offers, Map<Long, List<RedactionBox>> boxes, Map<Long, EmailText> emails) {
    }

    static CaseBundle parse(Path bundle, byte[] json) {
        try {
            JsonNode tree = BundleJson.MAPPER.readTree(json);
            if (tree == null || !tree.isObject()) {
                throw SafeZip.refuse(bundle, WHAT, Phrase.of("Bundle.notACase"));
            }
            JsonNode schema = tree.get("schema");
            if (schema == null || !schema.isInt()) {
                throw SafeZip.refuse(bundle, WHAT, Phrase.of("Bundle.noSchema"));
            }
            if (schema.intValue() < CaseBundle.OLDEST || schema.intValue() > CaseBundle.SCHEMA) {
                throw SafeZip.refuse(bundle, WHAT, Phrase.of(schema.intValue() > CaseBundle.SCHEMA
                        ? "Bundle.newerSchema" : "Bundle.unknownSchema", String.valueOf(schema.intValue())));
            }
            return BundleJson.MAPPER.treeToValue(tree, CaseBundle.class);
        } catch (JsonProcessingException e) {
            throw SafeZip.refuse(bundle, WHAT, Phrase.of("Bundle.cutOff", String.valueOf(e.getOriginalMessage())));
        } catch (IOException e) {
            throw SafeZip.refuse(bundle, WHAT, Phrase.of("Bundle.unreadable", String.valueOf(e.getMessage())));
        }
    }

    private static ReturnAttempt returnAttempt(CaseBundle.ReturnEntry r) {
        return r == null ? null : new ReturnAttempt(ReturnAttempt.Kind.fromId(r.kind()),
                r.sent() == null ? null : CaseFactsInput.date(r.sent()), r.carrier(), r.tracking(),
                r.sellerReceived() == null ? null : CaseFactsInput.date(r.sellerReceived()));
    }

    /** Every value through the same rules as typing it in; a bundle gets nothing past them. */
    static Checked check(Path bundle, CaseBundle b, LocalDate today) {
        try {
            if (b.facts() == null) {
                throw new CasefileException(Phrase.of("Bundle.noFacts"));
            }
            CaseFacts facts = b.facts().parse(today.plusDays(2)).withReturn(returnAttempt(b.returned()));
            CaseStatus status = Choice.parse(CaseStatus.class, b.status(), "status");
            Outcome outcome = b.outcome() == null ? null : Choice.parse(Outcome.class, b.outcome(), "outcome");
            String description = org.casefile.domain.DescriptionWriter.checked(b.description());
            List<StatusChange> history = new ArrayList<>();
            for (CaseBundle.StatusEntry s : list(b.history())) {
                history.add(new StatusChange(time(s.at(), "statusChange"),
                        Choice.parse(CaseStatus.class, s.status(), "status"), limit(s.note(), StatusChange.MAX_NOTE, "note")));
            }
            Map<Long, Evidence> evidence = new LinkedHashMap<>();
            Map<Long, CaseBundle.EvidenceEntry> entries = new LinkedHashMap<>();
            Map<Long, List<RedactionBox>> boxes = new HashMap<>();
            Map<Long, EmailText> emails = new HashMap<>();
            Set<String> files = new HashSet<>();
            Set<String> hashes = new HashSet<>();
            for (CaseBundle.EvidenceEntry e : list(b.evidence())) {
                EvidenceKind kind = Choice.parse(EvidenceKind.class, e.kind(), "kind of evidence");
                String prefix = "evidence/" + kind.folder() + "/";
                if (e.file() == null || !e.file().startsWith(prefix) || e.file().indexOf('/', prefix.length()) >= 0
                        || e.file().length() == prefix.length() || !files.add(e.file())) {
                    throw new CasefileException(Phrase.of("Bundle.badFile", String.valueOf(e.file()), kind.id(),
                            prefix));
                }
                if (e.sha256() == null || !SHA256.matcher(e.sha256()).matches() || !hashes.add(e.sha256())) {
                    throw new CasefileException(Phrase.of("Bundle.noHash", String.valueOf(e.file())));
                }
                if (e.size() < 0 || e.size() > EvidenceImporter.MAX_BYTES) {
                    throw new CasefileException(Phrase.of("Bundle.badSize", String.valueOf(e.file())));
                }
                if (e.originalName() == null || e.originalName().isBlank() || e.originalName().length() > 1000) {
                    throw new CasefileException(Phrase.of("Bundle.noName", String.valueOf(e.file())));
                }
                MediaType type = e.mediaType() == null ? null : MediaType.ofMime(e.mediaType()).orElse(null);
                if (type == null) {
                    throw new CasefileException(Phrase.of("Bundle.badType", String.valueOf(e.file())));
                }
                if (e.orientation() != null && (e.orientation() < 1 || e.orientation() > 8)
                        || e.width() != null && e.width() < 0 || e.height() != null && e.height() < 0) {
                    throw new CasefileException(Phrase.of("Bundle.badPicture", String.valueOf(e.file())));
                }
                if (evidence.containsKey(e.id())) {
                    throw new CasefileException(Phrase.of("Bundle.evidenceTwice", String.valueOf(e.id())));
                }
                evidence.put(e.id(), new Evidence(e.id(), 0, kind, e.file(), e.originalName().strip(),
                        limit(e.caption(), Evidence.MAX_CAPTION, "caption"), e.sha256(), e.size(), type, e.width(),
                        e.height(), e.capturedAt() == null ? null : time(e.capturedAt(), "captured"),
                        e.orientation(), e.hasGps(), time(e.importedAt(), "imported")));
                entries.put(e.id(), e);
                List<RedactionBox> hidden = boxes(e);
                if (!hidden.isEmpty()) {
                    boxes.put(e.id(), hidden);
                }
                if (e.email() != null) {
                    emails.put(e.id(), email(e));
                }
            }
            List<Pair> pairs = new ArrayList<>();
            for (CaseBundle.PairEntry p : list(b.pairs())) {
                Evidence listing = evidence.get(p.listing());
                Evidence received = evidence.get(p.received());
                if (listing == null || received == null) {
                    throw new CasefileException(Phrase.of("Bundle.unlistedPair"));
                }
                pairs.add(Pair.of(0, listing, received, p.caption()));
            }
            List<Discrepancy> discrepancies = new ArrayList<>();
            for (CaseBundle.DiscrepancyEntry d : list(b.discrepancies())) {
                discrepancies.add(new Discrepancy(0, 0, d.attribute(), d.advertised(), d.received()));
            }
            List<Message> messages = new ArrayList<>();
            List<List<Long>> attachments = new ArrayList<>();
            for (CaseBundle.MessageEntry m : list(b.messages())) {
                messages.add(new Message(0, 0, time(m.at(), "message"),
                        Choice.parse(Author.class, m.author(), "author"), limit(m.authorName(), Message.MAX_NAME, "name"),
                        m.channel() == null ? null : Choice.parse(Channel.class, m.channel(), "channel"), m.text(),
                        m.promise(), m.translation()));
                List<Long> attached = list(m.attachments());
                for (Long id : attached) {
                    if (id == null || !evidence.containsKey(id)) {
                        throw new CasefileException(Phrase.of("Bundle.unlistedAttachment"));
                    }
                }
                attachments.add(List.copyOf(new java.util.LinkedHashSet<>(attached)));
            }
            List<Offer> offers = new ArrayList<>();
            for (CaseBundle.OfferEntry o : list(b.offers())) {
                offers.add(new Offer(0, 0, time(o.at(), "offer"), Money.parse(o.amount()),
                        o.decision() == null ? null : Choice.parse(OfferDecision.class, o.decision(), "decision"),
                        limit(o.reason(), Offer.MAX_REASON, "reason")));
            }
            return new Checked(facts, status, outcome, description, time(b.createdAt(), "created"),
                    history, evidence, entries, pairs, discrepancies, messages, attachments, offers, boxes, emails);
        } catch (CasefileException e) {
            throw SafeZip.refuse(bundle, WHAT, Phrase.of("Bundle.notValid", e.phrase()));
        } catch (RuntimeException e) {
            throw SafeZip.refuse(bundle, WHAT, Phrase.of("Bundle.damaged", String.valueOf(e)));
        }
    }

    /** The boxes of one item, each through the rules of {@code redact --box}; their place in the picture later. */
    private static List<RedactionBox> boxes(CaseBundle.EvidenceEntry e) {
        List<CaseBundle.BoxEntry> given = list(e.redactions());
        if (given.size() > RedactionBox.MAX_BOXES) {
            throw new CasefileException(Phrase.of("Bundle.tooManyBoxes", String.valueOf(given.size()),
                    String.valueOf(e.file()), String.valueOf(RedactionBox.MAX_BOXES)));
        }
        return given.stream().map(b -> new RedactionBox(b.x(), b.y(), b.w(), b.h())).toList();
    }

    /** An email's words, only on an email file and within the sizes an email import could give. */
    private static EmailText email(CaseBundle.EvidenceEntry e) {
        if (MediaType.ofMime(e.mediaType()).filter(MediaType::isEmail).isEmpty()) {
            throw new CasefileException(Phrase.of("Bundle.notAnEmail", String.valueOf(e.file())));
        }
        CaseBundle.EmailEntry m = e.email();
        return new EmailText(limit(m.messageId(), 2_000, "messageId"), limit(m.from(), 10_000, "sender"),
                limit(m.to(), 10_000, "recipients"), m.sentAt() == null ? null : time(m.sentAt(), "email"),
                limit(m.subject(), 10_000, "subject"), limit(m.text(), 5_000_000, "emailText"));
    }

    private static <T> List<T> list(List<T> list) {
        return list == null ? List.of() : list;
    }

    /** {@code what} names a {@code Bundle.field.*} phrase: the field that is too long. */
    private static String limit(String text, int max, String what) {
        if (text != null && text.length() > max) {
            throw new CasefileException(Phrase.of("Bundle.tooLong", Phrase.of("Bundle.field." + what),
                    String.valueOf(max)));
        }
        return text;
    }

    /** {@code what} names a {@code Bundle.time.*} phrase: whose time it is. */
    private static LocalDateTime time(String text, String what) {
        if (text == null) {
            throw new CasefileException(Phrase.of("Bundle.noTime", Phrase.of("Bundle.time." + what)));
        }
        try {
            return LocalDateTime.parse(text).truncatedTo(ChronoUnit.SECONDS);
        } catch (DateTimeParseException e) {
            throw new CasefileException(Phrase.of("Bundle.badTime", text, Phrase.of("Bundle.time." + what)));
        }
    }
}
