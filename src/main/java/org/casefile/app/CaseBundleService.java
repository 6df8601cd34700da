package org.casefile.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import org.casefile.domain.text.Phrase;
import org.casefile.domain.Case;
import org.casefile.domain.CaseFacts;
import org.casefile.domain.CaseFactsInput;
import org.casefile.domain.CasefileException;
import org.casefile.domain.Discrepancy;
import org.casefile.domain.EmailText;
import org.casefile.domain.Evidence;
import org.casefile.domain.EvidenceKind;
import org.casefile.domain.MediaType;
import org.casefile.domain.Message;
import org.casefile.domain.Offer;
import org.casefile.domain.ReturnAttempt;
import org.casefile.domain.Pair;
import org.casefile.domain.RedactionBox;
import org.casefile.email.EmailFiles;
import org.casefile.evidence.EvidenceImporter;
import org.casefile.evidence.EvidenceFileException;
import org.casefile.evidence.EvidenceReader;
import org.casefile.evidence.MediaSniffer;
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
    static final String WHAT = "case bundle";
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
                        e.caption(), e.sha256(), e.size(), e.mime(), e.width(), e.height(),
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
                    throw new CasefileException(Phrase.of("Bundle.cancelled"));
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
            throw new CasefileException(Phrase.of("Bundle.notWritten", DiskWords.phrase(e)), e);
        }
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
                throw SafeZip.refuse(bundle, WHAT, Phrase.of("Bundle.notBundle"));
            }
            BundleCheck.Checked checked = BundleCheck.check(bundle, BundleCheck.parse(bundle, zip.read(json, MAX_JSON)),
                    cases.today());
            Set<String> expected = new HashSet<>(List.of(CaseBundle.NAME));
            for (CaseBundle.EvidenceEntry entry : checked.entries().values()) {
                if (!entries.containsKey(entry.file())) {
                    throw SafeZip.refuse(bundle, WHAT, Phrase.of("Bundle.missingFile", entry.file()));
                }
                expected.add(entry.file());
            }
            for (String name : entries.keySet()) {
                if (!expected.contains(name)) {
                    throw SafeZip.refuse(bundle, WHAT, Phrase.of("Bundle.notListed", name));
                }
            }
            refuseExisting(bundle, checked.facts());
            long total = checked.entries().values().stream().mapToLong(CaseBundle.EvidenceEntry::size).sum();
            long done = 0;
            for (CaseBundle.EvidenceEntry entry : checked.entries().values()) {
                if (cancelled.getAsBoolean()) {
                    throw new CasefileException(Phrase.of("Bundle.importCancelled"));
                }
                progress.update(Phrase.of("Job.checking", String.valueOf(entry.file())), done, total);
                Path copy = library.tmpFile("import", ".part");
                copies.put(entry.id(), copy);
                String hash = zip.extract(entries.get(entry.file()), copy, entry.size());
                if (!hash.equals(entry.sha256()) || Files.size(copy) != entry.size()) {
                    throw SafeZip.refuse(bundle, WHAT, Phrase.of("Bundle.changed", entry.file()));
                }
                if (!isOfType(copy, entry.mediaType())) {
                    throw SafeZip.refuse(bundle, WHAT, Phrase.of("Bundle.notOfType", entry.file(),
                            String.valueOf(entry.mediaType())));
                }
                refuseBoxesOutside(bundle, checked, entry, copy);
                done += entry.size();
            }
            progress.update("Recording the case", total, total);
            long id = place(checked, copies);
            evidence.remakeMissingPictures(id);
            return id;
        } catch (IOException e) {
            throw new CasefileException(Phrase.of("Bundle.notImported", String.valueOf(e.getMessage())), e);
        } finally {
            copies.values().forEach(EvidenceImporter::discard);
        }
    }


    /**
     * Whether the unpacked file is the type case.json says. An email has no magic number: a .eml is only not any
     * other type, an Outlook .msg is an OLE2 file.
     */
    private static boolean isOfType(Path copy, String mime) throws IOException {
        MediaType type = MediaSniffer.sniff(copy);
        MediaType said = MediaType.ofMime(mime).orElse(null);
        if (said == MediaType.EMAIL) {
            return type == null;
        }
        if (said == MediaType.OUTLOOK_EMAIL) {
            return EmailFiles.isOle2(copy);
        }
        return type != null && type == said;
    }

    /** The boxes on a picture lie within it, as {@code redact} requires; checked on the unpacked copy. */
    private void refuseBoxesOutside(Path bundle, BundleCheck.Checked checked, CaseBundle.EvidenceEntry entry,
                                    Path copy) {
        List<RedactionBox> boxes = checked.boxes().getOrDefault(entry.id(), List.of());
        if (boxes.isEmpty()) {
            return;
        }
        Evidence e = checked.evidence().get(entry.id());
        Evidence unpacked = new Evidence(0, 0, e.kind(), library.relative(copy), e.originalName(), e.caption(),
                e.sha256(), e.size(), e.mediaType(), e.width(), e.height(), e.capturedAt(), e.orientation(),
                e.hasGps(), e.importedAt());
        int[] frame = redactions.frame(unpacked).orElseThrow(() -> SafeZip.refuse(bundle, WHAT,
                Phrase.of("Bundle.hidesNoPicture", entry.file())));
        try {
            RedactionBox.within(boxes, frame[0], frame[1]);
        } catch (CasefileException outside) {
            throw SafeZip.refuse(bundle, WHAT, Phrase.of("Bundle.boxOutside", entry.file(), outside.phrase()));
        }
    }

    private void refuseExisting(Path bundle, CaseFacts facts) {
        library.database().read(session -> session.cases().findByOrder(facts.platform(), facts.orderNumber()))
                .ifPresent(id -> {
                    throw SafeZip.refuse(bundle, WHAT, Phrase.of("Bundle.alreadyHere", facts.platform().label(),
                            facts.orderNumber(), String.valueOf(id)));
                });
    }

    /** Places the checked copies in a new case folder and records everything in one transaction. */
    private long place(BundleCheck.Checked c, Map<Long, Path> copies) throws IOException {
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

    private static CaseBundle.ReturnEntry returnEntry(ReturnAttempt r) {
        return r == null ? null : new CaseBundle.ReturnEntry(r.kind().id(), text(r.sentOn()), r.carrier(),
                r.tracking(), text(r.sellerReceivedOn()));
    }

    private static CaseBundle.EmailEntry emailEntry(EmailText m) {
        return m == null ? null : new CaseBundle.EmailEntry(m.messageId(), m.from(), m.to(), text(m.sentAt()),
                m.subject(), m.text());
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
