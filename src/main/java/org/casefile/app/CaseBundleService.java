package org.casefile.app;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
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
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.regex.Pattern;
import org.casefile.domain.Author;
import org.casefile.domain.Case;
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
import org.casefile.domain.Message;
import org.casefile.domain.Money;
import org.casefile.domain.Offer;
import org.casefile.domain.ReturnAttempt;
import org.casefile.domain.OfferDecision;
import org.casefile.domain.Outcome;
import org.casefile.domain.Pair;
import org.casefile.domain.RedactionBox;
import org.casefile.domain.StatusChange;
import org.casefile.email.EmailFiles;
import org.casefile.evidence.EvidenceImporter;
import org.casefile.evidence.MediaType;
import org.casefile.evidence.EvidenceFileException;
import org.casefile.evidence.EvidenceReader;
import org.casefile.library.DiskWords;
import org.casefile.library.Library;
import org.casefile.library.PendingFolders;
import org.casefile.library.SafeZip;
import org.casefile.library.ZipOutput;

/**
 * One case as a portable zip ({@code case.json} and its evidence files) and back into a library. Import is all or
 * nothing: the bundle is read as hostile, every file is unpacked to {@code tmp/} and checked against its SHA-256,
 * then placed under names that never overwrite anything and recorded in one transaction.
 */
public final class CaseBundleService {
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    private static final String WHAT = "case bundle";
    static final int MAX_JSON = 64 << 20;

    private final Library library;
    private final CaseService cases;
    private final EvidenceService evidence;
    private final RedactionService redactions;
    private final Clock clock;

    public CaseBundleService(Library library, CaseService cases, EvidenceService evidence,
                             RedactionService redactions, Clock clock) {
        this.library = library;
        this.cases = cases;
        this.evidence = evidence;
        this.redactions = redactions;
        this.clock = clock;
    }

    public record ExportResult(Path file, int files, long bytes) {
    }

    /** Writes case {@code caseId} as a bundle to {@code target}; cancelling or failing leaves no file. */
    public ExportResult exportCase(long caseId, Path target, JobProgress progress, BooleanSupplier cancelled) {
        cases.get(caseId);
        // One transaction: every part of the case as of one moment, even while another process writes.
        CaseBundle bundle = library.database().write(session -> {
            Case c = session.cases().find(caseId).orElseThrow();
            List<CaseBundle.StatusEntry> history = session.cases().history(caseId).stream()
                    .map(s -> new CaseBundle.StatusEntry(s.at().toString(), s.status().id(), s.note())).toList();
            Map<String, Integer> names = new HashMap<>();
            Map<Long, List<RedactionBox>> boxes = session.evidence().redactions(caseId);
            Map<Long, EmailText> emails = session.emails().forCase(caseId);
            List<CaseBundle.EvidenceEntry> evidence = new ArrayList<>();
            for (Evidence e : session.evidence().forCase(caseId)) {
                String name = e.path().substring(e.path().lastIndexOf('/') + 1);
                String file = "evidence/" + e.kind().folder() + "/" + name;
                int seen = names.merge(file, 1, Integer::sum);
                if (seen > 1) {
                    int dot = name.lastIndexOf('.');
                    file = "evidence/" + e.kind().folder() + "/" + (dot > 0 ? name.substring(0, dot) + " (" + seen
                            + ")" + name.substring(dot) : name + " (" + seen + ")");
                }
                evidence.add(new CaseBundle.EvidenceEntry(e.id(), e.kind().id(), file, e.originalName(),
                        e.caption(), e.sha256(), e.size(), e.mediaType(), e.width(), e.height(),
                        text(e.capturedAt()), e.orientation(), e.hasGps(), text(e.importedAt()),
                        boxes.getOrDefault(e.id(), List.of()).stream()
                                .map(b -> new CaseBundle.BoxEntry(b.x(), b.y(), b.w(), b.h())).toList(),
                        emailEntry(emails.get(e.id()))));
            }
            List<CaseBundle.PairEntry> pairs = session.pairs().forCase(caseId).stream()
                    .map(p -> new CaseBundle.PairEntry(p.listingId(), p.receivedId(), p.caption())).toList();
            List<CaseBundle.DiscrepancyEntry> discrepancies = session.discrepancies().forCase(caseId).stream()
                    .map(d -> new CaseBundle.DiscrepancyEntry(d.attribute(), d.advertised(), d.received())).toList();
            Map<Long, List<Long>> attachments = session.messages().attachments(caseId);
            List<CaseBundle.MessageEntry> messages = session.messages().forCase(caseId).stream()
                    .map(m -> new CaseBundle.MessageEntry(m.at().toString(), m.author().id(), m.authorName(),
                            m.channel().id(), m.text(), m.promise(), attachments.getOrDefault(m.id(), List.of()),
                            m.translation()))
                    .toList();
            List<CaseBundle.OfferEntry> offers = session.offers().forCase(caseId).stream()
                    .map(o -> new CaseBundle.OfferEntry(o.at().toString(), o.amount().toString(), o.decision().id(),
                            o.reason())).toList();
            return new CaseBundle(CaseBundle.SCHEMA, "Casefile " + AppVersion.get(),
                    LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS).toString(),
                    CaseFactsInput.of(c.facts()), c.status().id(), c.outcome() == null ? null : c.outcome().id(),
                    session.cases().description(caseId), text(c.createdAt()), history, evidence, pairs,
                    discrepancies, messages, offers, returnEntry(c.facts().returned()));
        });
        try (ZipOutput zip = ZipOutput.create(target, library.root())) {
            long total = bundle.evidence().stream().mapToLong(CaseBundle.EvidenceEntry::size).sum();
            AtomicLong done = new AtomicLong();
            zip.addBytes(CaseBundle.NAME, BundleJson.MAPPER.writeValueAsBytes(bundle));
            Map<Long, Evidence> byId = new HashMap<>();
            for (Evidence e : library.database().read(session -> session.evidence().forCase(caseId))) {
                byId.put(e.id(), e);
            }
            for (CaseBundle.EvidenceEntry entry : bundle.evidence()) {
                if (cancelled.getAsBoolean()) {
                    throw new CasefileException("The export was cancelled; no file was written.");
                }
                Evidence item = byId.get(entry.id());
                Path file = library.resolve(item.path());
                try {
                    zip.addEntry(entry.file(), Files.exists(file) ? Files.getLastModifiedTime(file).toMillis() : 0,
                            false, n -> progress.update("Packing evidence", done.addAndGet(n), total),
                            out -> EvidenceReader.transfer(file, item, out).requireMatch());
                } catch (EvidenceFileException e) {
                    throw e.withAdvice("Run 'verify " + caseId + "'. No bundle was written.");
                }
            }
            Path written = zip.commit();
            return new ExportResult(written, bundle.evidence().size(), Files.size(written));
        } catch (IOException e) {
            throw new CasefileException("The case bundle could not be written: " + DiskWords.of(e)
                    + ". No file was left behind.", e);
        }
    }

    /** The case as read from a bundle and checked, before anything is written. */
    private record Checked(CaseFacts facts, CaseStatus status, Outcome outcome, String description,
                           LocalDateTime createdAt, List<StatusChange> history, Map<Long, Evidence> evidence,
                           Map<Long, CaseBundle.EvidenceEntry> entries, List<Pair> pairs,
                           List<Discrepancy> discrepancies, List<Message> messages, List<List<Long>> attachments,
                           List<Offer> offers, Map<Long, List<RedactionBox>> boxes, Map<Long, EmailText> emails) {
    }

    /** Imports the bundle as a new case and returns its id; refused bundles change nothing in the library. */
    public long importCase(Path bundle, JobProgress progress, BooleanSupplier cancelled) {
        Map<Long, Path> copies = new HashMap<>();
        try (SafeZip zip = SafeZip.open(bundle, WHAT, SafeZip.Limits.BUNDLE)) {
            Map<String, SafeZip.Entry> entries = new HashMap<>();
            for (SafeZip.Entry entry : zip.entries()) {
                entries.put(entry.name(), entry);
            }
            SafeZip.Entry json = entries.get(CaseBundle.NAME);
            if (json == null) {
                throw SafeZip.refuse(bundle, WHAT, "it is not a Casefile case bundle (it has no case.json).");
            }
            Checked checked = check(bundle, parse(bundle, zip.read(json, MAX_JSON)));
            Set<String> expected = new HashSet<>(List.of(CaseBundle.NAME));
            for (CaseBundle.EvidenceEntry entry : checked.entries().values()) {
                if (!entries.containsKey(entry.file())) {
                    throw SafeZip.refuse(bundle, WHAT, "the evidence file " + entry.file() + " is missing from it.");
                }
                expected.add(entry.file());
            }
            for (String name : entries.keySet()) {
                if (!expected.contains(name)) {
                    throw SafeZip.refuse(bundle, WHAT, "it holds '" + name + "', which case.json does not list.");
                }
            }
            refuseExisting(bundle, checked.facts());
            long total = checked.entries().values().stream().mapToLong(CaseBundle.EvidenceEntry::size).sum();
            long done = 0;
            for (CaseBundle.EvidenceEntry entry : checked.entries().values()) {
                if (cancelled.getAsBoolean()) {
                    throw new CasefileException("The import was cancelled; nothing was imported.");
                }
                progress.update("Checking " + entry.file(), done, total);
                Path copy = library.tmpFile("import", ".part");
                copies.put(entry.id(), copy);
                String hash = zip.extract(entries.get(entry.file()), copy, entry.size());
                if (!hash.equals(entry.sha256()) || Files.size(copy) != entry.size()) {
                    throw SafeZip.refuse(bundle, WHAT, "the file " + entry.file() + " is not the one that was "
                            + "exported (its SHA-256 differs): the bundle is damaged or was altered.");
                }
                if (!isOfType(copy, entry.mediaType())) {
                    throw SafeZip.refuse(bundle, WHAT, "the file " + entry.file() + " is not the "
                            + entry.mediaType() + " case.json says it is.");
                }
                refuseBoxesOutside(bundle, checked, entry, copy);
                done += entry.size();
            }
            progress.update("Recording the case", total, total);
            long id = place(checked, copies);
            evidence.remakeMissingPictures(id);
            return id;
        } catch (IOException e) {
            throw new CasefileException("The case bundle could not be imported (" + e.getMessage() + "). Nothing "
                    + "was imported.", e);
        } finally {
            copies.values().forEach(EvidenceImporter::discard);
        }
    }


    /**
     * Whether the unpacked file is the type case.json says. An email has no magic number: a .eml is only not any
     * other type, an Outlook .msg is an OLE2 file.
     */
    private static boolean isOfType(Path copy, String mime) throws IOException {
        MediaType type = MediaType.sniff(copy);
        if (MediaType.EMAIL.mime().equals(mime)) {
            return type == null;
        }
        if (MediaType.OUTLOOK_EMAIL.mime().equals(mime)) {
            return EmailFiles.isOle2(copy);
        }
        return type != null && type.mime().equals(mime);
    }

    /** The boxes on a picture lie within it, as {@code redact} requires; checked on the unpacked copy. */
    private void refuseBoxesOutside(Path bundle, Checked checked, CaseBundle.EvidenceEntry entry, Path copy) {
        List<RedactionBox> boxes = checked.boxes().getOrDefault(entry.id(), List.of());
        if (boxes.isEmpty()) {
            return;
        }
        Evidence e = checked.evidence().get(entry.id());
        Evidence unpacked = new Evidence(0, 0, e.kind(), library.relative(copy), e.originalName(), e.caption(),
                e.sha256(), e.size(), e.mediaType(), e.width(), e.height(), e.capturedAt(), e.orientation(),
                e.hasGps(), e.importedAt());
        int[] frame = redactions.frame(unpacked).orElseThrow(() -> SafeZip.refuse(bundle, WHAT, "case.json "
                + "hides parts of " + entry.file() + ", which is no picture Casefile can show."));
        try {
            RedactionBox.within(boxes, frame[0], frame[1]);
        } catch (CasefileException outside) {
            throw SafeZip.refuse(bundle, WHAT, "on " + entry.file() + ": " + outside.getMessage());
        }
    }

    private void refuseExisting(Path bundle, CaseFacts facts) {
        library.database().read(session -> session.cases().findByOrder(facts.platform(), facts.orderNumber()))
                .ifPresent(id -> {
                    throw SafeZip.refuse(bundle, WHAT, "this library already has a case for "
                            + facts.platform().label() + " order " + facts.orderNumber() + " (case " + id + ").");
                });
    }

    /** Places the checked copies in a new case folder and records everything in one transaction. */
    private long place(Checked c, Map<Long, Path> copies) throws IOException {
        String folder = library.createCaseFolder(c.facts().orderedOn(), c.facts().platform().label(),
                c.facts().orderNumber());
        Path caseFolder = library.resolve(folder);
        try (PendingFolders pending = PendingFolders.begin(library.root(), List.of(folder))) {
            try {
                Map<Long, String> paths = new HashMap<>();
                for (Map.Entry<Long, CaseBundle.EvidenceEntry> entry : c.entries().entrySet()) {
                    CaseBundle.EvidenceEntry e = entry.getValue();
                    EvidenceKind kind = c.evidence().get(entry.getKey()).kind();
                    String name = e.file().substring(e.file().lastIndexOf('/') + 1);
                    Path placed = org.casefile.evidence.EvidenceNames.claimFreeName(copies.get(entry.getKey()),
                            caseFolder.resolve(kind.folder()), name);
                    paths.put(entry.getKey(), library.relative(placed));
                }
                LocalDateTime now = LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
                return library.database().write(session -> {
                    long id = session.cases().insertImported(c.facts(), c.status(), c.outcome(), c.description(),
                            folder, c.createdAt(), now, c.history());
                    Map<Long, Long> ids = new HashMap<>();
                    for (Map.Entry<Long, Evidence> entry : c.evidence().entrySet()) {
                        Evidence e = entry.getValue();
                        long evidenceId = session.evidence().insert(new Evidence(0, id, e.kind(),
                                paths.get(entry.getKey()), e.originalName(), e.caption(), e.sha256(), e.size(),
                                e.mediaType(), e.width(), e.height(), e.capturedAt(), e.orientation(), e.hasGps(),
                                e.importedAt()));
                        ids.put(entry.getKey(), evidenceId);
                        List<RedactionBox> boxes = c.boxes().getOrDefault(entry.getKey(), List.of());
                        if (!boxes.isEmpty()) {
                            session.evidence().setRedactions(id, evidenceId, boxes);
                        }
                        EmailText email = c.emails().get(entry.getKey());
                        if (email != null) {
                            session.emails().insert(evidenceId, email); // its trigger indexes it for search
                        }
                    }
                    for (Pair p : c.pairs()) {
                        session.pairs().insert(new Pair(0, id, ids.get(p.listingId()), ids.get(p.receivedId()),
                                p.caption()));
                    }
                    for (Discrepancy d : c.discrepancies()) {
                        session.discrepancies().insert(new Discrepancy(0, id, d.attribute(), d.advertised(),
                                d.received()));
                    }
                    for (int i = 0; i < c.messages().size(); i++) {
                        Message m = c.messages().get(i);
                        long messageId = session.messages().insert(new Message(0, id, m.at(), m.author(),
                                m.authorName(), m.channel(), m.text(), m.promise(), m.translation()));
                        if (!c.attachments().get(i).isEmpty()) {
                            session.messages().attach(id, messageId, c.attachments().get(i).stream()
                                    .map(ids::get).toList());
                        }
                    }
                    for (Offer o : c.offers()) {
                        session.offers().insert(new Offer(0, id, o.at(), o.amount(), o.decision(), o.reason()));
                    }
                    return id;
                });
            } catch (IOException | RuntimeException e) {
                PendingFolders.deleteTree(caseFolder);
                throw e;
            }
        }
    }

    private static CaseBundle parse(Path bundle, byte[] json) {
        try {
            JsonNode tree = BundleJson.MAPPER.readTree(json);
            if (tree == null || !tree.isObject()) {
                throw SafeZip.refuse(bundle, WHAT, "its case.json is not a case.");
            }
            JsonNode schema = tree.get("schema");
            if (schema == null || !schema.isInt()) {
                throw SafeZip.refuse(bundle, WHAT, "its case.json has no schema version; it is not a Casefile case "
                        + "bundle.");
            }
            if (schema.intValue() < CaseBundle.OLDEST || schema.intValue() > CaseBundle.SCHEMA) {
                throw SafeZip.refuse(bundle, WHAT, "its case.json is schema version " + schema.intValue()
                        + (schema.intValue() > CaseBundle.SCHEMA ? ", made by a newer Casefile; update Casefile to "
                        + "import it." : ", which Casefile does not know."));
            }
            return BundleJson.MAPPER.treeToValue(tree, CaseBundle.class);
        } catch (JsonProcessingException e) {
            throw SafeZip.refuse(bundle, WHAT, "its case.json is damaged or cut off (" + e.getOriginalMessage()
                    + ").");
        } catch (IOException e) {
            throw SafeZip.refuse(bundle, WHAT, "its case.json cannot be read (" + e.getMessage() + ").");
        }
    }

    private static CaseBundle.ReturnEntry returnEntry(ReturnAttempt r) {
        return r == null ? null : new CaseBundle.ReturnEntry(r.kind().id(), text(r.sentOn()), r.carrier(),
                r.tracking(), text(r.sellerReceivedOn()));
    }

    private static ReturnAttempt returnAttempt(CaseBundle.ReturnEntry r) {
        return r == null ? null : new ReturnAttempt(ReturnAttempt.Kind.fromId(r.kind()),
                r.sent() == null ? null : CaseFactsInput.date(r.sent()), r.carrier(), r.tracking(),
                r.sellerReceived() == null ? null : CaseFactsInput.date(r.sellerReceived()));
    }

    /** Every value through the same rules as typing it in; a bundle gets nothing past them. */
    private Checked check(Path bundle, CaseBundle b) {
        try {
            if (b.facts() == null) {
                throw new CasefileException("case.json has no order facts.");
            }
            CaseFacts facts = b.facts().parse(cases.today().plusDays(2)).withReturn(returnAttempt(b.returned()));
            CaseStatus status = Choice.parse(CaseStatus.class, b.status(), "status");
            Outcome outcome = b.outcome() == null ? null : Choice.parse(Outcome.class, b.outcome(), "outcome");
            String description = org.casefile.domain.DescriptionWriter.checked(b.description());
            List<StatusChange> history = new ArrayList<>();
            for (CaseBundle.StatusEntry s : list(b.history())) {
                history.add(new StatusChange(time(s.at(), "a status change"),
                        Choice.parse(CaseStatus.class, s.status(), "status"), limit(s.note(), 2_000, "A note")));
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
                    throw new CasefileException("case.json names the file '" + e.file() + "' for " + kind.id()
                            + " evidence; expected " + prefix + "NAME, each once.");
                }
                if (e.sha256() == null || !SHA256.matcher(e.sha256()).matches() || !hashes.add(e.sha256())) {
                    throw new CasefileException("case.json gives " + e.file() + " no valid SHA-256 (or one twice).");
                }
                if (e.size() < 0 || e.size() > EvidenceImporter.MAX_BYTES) {
                    throw new CasefileException("case.json gives " + e.file() + " an impossible size.");
                }
                if (e.originalName() == null || e.originalName().isBlank() || e.originalName().length() > 1000) {
                    throw new CasefileException("case.json gives " + e.file() + " no original name.");
                }
                if (e.mediaType() == null || MediaType.ofMime(e.mediaType()).isEmpty()) {
                    throw new CasefileException("case.json gives " + e.file() + " an unknown type.");
                }
                if (e.orientation() != null && (e.orientation() < 1 || e.orientation() > 8)
                        || e.width() != null && e.width() < 0 || e.height() != null && e.height() < 0) {
                    throw new CasefileException("case.json gives " + e.file() + " impossible picture facts.");
                }
                if (evidence.containsKey(e.id())) {
                    throw new CasefileException("case.json lists evidence " + e.id() + " twice.");
                }
                evidence.put(e.id(), new Evidence(e.id(), 0, kind, e.file(), e.originalName().strip(),
                        limit(e.caption(), 500, "A caption"), e.sha256(), e.size(), e.mediaType(), e.width(),
                        e.height(), e.capturedAt() == null ? null : time(e.capturedAt(), "a capture time"),
                        e.orientation(), e.hasGps(), time(e.importedAt(), "an import time")));
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
                    throw new CasefileException("case.json pairs evidence it does not list.");
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
                messages.add(new Message(0, 0, time(m.at(), "a message"),
                        Choice.parse(Author.class, m.author(), "author"), limit(m.authorName(), 200, "A name"),
                        m.channel() == null ? null : Choice.parse(Channel.class, m.channel(), "channel"), m.text(),
                        m.promise(), m.translation()));
                List<Long> attached = list(m.attachments());
                for (Long id : attached) {
                    if (id == null || !evidence.containsKey(id)) {
                        throw new CasefileException("case.json attaches evidence it does not list to a message.");
                    }
                }
                attachments.add(List.copyOf(new java.util.LinkedHashSet<>(attached)));
            }
            List<Offer> offers = new ArrayList<>();
            for (CaseBundle.OfferEntry o : list(b.offers())) {
                offers.add(new Offer(0, 0, time(o.at(), "an offer"), Money.parse(o.amount()),
                        o.decision() == null ? null : Choice.parse(OfferDecision.class, o.decision(), "decision"),
                        limit(o.reason(), 2_000, "A reason")));
            }
            return new Checked(facts, status, outcome, description, time(b.createdAt(), "the case's creation"),
                    history, evidence, entries, pairs, discrepancies, messages, attachments, offers, boxes, emails);
        } catch (CasefileException e) {
            throw SafeZip.refuse(bundle, WHAT, "its case.json is not valid: " + e.getMessage());
        } catch (RuntimeException e) {
            throw SafeZip.refuse(bundle, WHAT, "its case.json is incomplete or damaged (" + e + ").");
        }
    }

    /** The boxes of one item, each through the rules of {@code redact --box}; their place in the picture later. */
    private static List<RedactionBox> boxes(CaseBundle.EvidenceEntry e) {
        List<CaseBundle.BoxEntry> given = list(e.redactions());
        if (given.size() > RedactionBox.MAX_BOXES) {
            throw new CasefileException("case.json hides " + given.size() + " boxes on " + e.file() + "; at most "
                    + RedactionBox.MAX_BOXES + " are accepted.");
        }
        return given.stream().map(b -> new RedactionBox(b.x(), b.y(), b.w(), b.h())).toList();
    }

    /** An email's words, only on an email file and within the sizes an email import could give. */
    private static EmailText email(CaseBundle.EvidenceEntry e) {
        if (MediaType.ofMime(e.mediaType()).filter(MediaType::isEmail).isEmpty()) {
            throw new CasefileException("case.json gives an email's text to " + e.file() + ", which is no email.");
        }
        CaseBundle.EmailEntry m = e.email();
        return new EmailText(limit(m.messageId(), 2_000, "A Message-ID"), limit(m.from(), 10_000, "A sender"),
                limit(m.to(), 10_000, "A recipient list"), m.sentAt() == null ? null : time(m.sentAt(), "an email"),
                limit(m.subject(), 10_000, "A subject"), limit(m.text(), 5_000_000, "An email's text"));
    }

    private static CaseBundle.EmailEntry emailEntry(EmailText m) {
        return m == null ? null : new CaseBundle.EmailEntry(m.messageId(), m.from(), m.to(), text(m.sentAt()),
                m.subject(), m.text());
    }

    private static <T> List<T> list(List<T> list) {
        return list == null ? List.of() : list;
    }

    private static String limit(String text, int max, String what) {
        if (text != null && text.length() > max) {
            throw new CasefileException(what + " is longer than " + max + " characters.");
        }
        return text;
    }

    private static LocalDateTime time(String text, String what) {
        if (text == null) {
            throw new CasefileException("The time of " + what + " is missing.");
        }
        try {
            return LocalDateTime.parse(text).truncatedTo(ChronoUnit.SECONDS);
        } catch (DateTimeParseException e) {
            throw new CasefileException("'" + text + "' is not a valid time of " + what + ".");
        }
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
