package org.casefile.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.BooleanSupplier;
import org.casefile.domain.CasefileException;
import org.casefile.domain.Evidence;
import org.casefile.domain.EvidenceKind;
import org.casefile.domain.FormText;
import org.casefile.domain.Pair;
import org.casefile.domain.UploadDestination;
import org.casefile.domain.text.Phrase;
import org.casefile.domain.text.RuleText;
import org.casefile.domain.text.Language;
import org.casefile.packet.PacketText;
import org.casefile.domain.UploadDestination.FileType;
import org.casefile.packet.CaseSnapshot;
import org.casefile.packet.PacketCancelledException;
import org.casefile.packet.PacketException;
import org.casefile.domain.PacketProfile;
import org.casefile.packet.PdfParts;
import org.casefile.packet.image.ImageStep;
import org.casefile.packet.image.UprightJpeg;
import org.casefile.packet.pdf.Texts;

/**
 * Writes an upload kit: the folder a destination's form accepts as it is. The packet within the form's per-file
 * size, pages and resolution (split into whole parts where one file cannot hold it), pairs as single pictures, the
 * key pictures as upright JPEGs, the description cut to the form's limit and an UPLOAD.txt saying what goes where.
 * Everything is written into a hidden temporary folder, checked file by file as the form would check it
 * ({@link KitCheck}), and only then moved to the folder asked for: a kit that would be refused is not written.
 */
public final class KitService {
    /** At most this many parts when the packet must be split: more is a sign to remove evidence instead. */
    private static final int MAX_PARTS = 5;
    /** Widths a pair picture is tried at until it fits the form's per-file size. */
    private static final int[] PAIR_WIDTHS = {0, 1600, 1200};
    /** The order key pictures go in when a form takes only a few: what arrived and its damage first. */
    private static final List<EvidenceKind> KEY_ORDER = List.of(EvidenceKind.DAMAGE, EvidenceKind.RECEIVED,
            EvidenceKind.LABEL, EvidenceKind.PACKAGING, EvidenceKind.TRACKING, EvidenceKind.CARRIER_INQUIRY,
            EvidenceKind.CHAT, EvidenceKind.RECEIPT, EvidenceKind.LISTING, EvidenceKind.OTHER);

    private final CaseService cases;
    private final ExportService exports;
    private final PairImages pairs;
    private final Clock clock;

    public KitService(CaseService cases, ExportService exports, PairImages pairs, Clock clock) {
        this.cases = cases;
        this.exports = exports;
        this.pairs = pairs;
        this.clock = clock;
    }

    public KitResult make(long caseId, UploadDestination to, Path out, JobProgress progress,
                          BooleanSupplier cancelled) {
        return make(caseId, to, out, false, progress, cancelled);
    }

    /** As above; with {@code hideContact} the buyer's emails and phone numbers are hidden as in an export. */
    public KitResult make(long caseId, UploadDestination to, Path out, boolean hideContact, JobProgress progress,
                          BooleanSupplier cancelled) {
        return make(caseId, to, out, hideContact, Language.ENGLISH, progress, cancelled);
    }

    /**
     * As above, in {@code language}: UPLOAD.txt, the notes, the pair pictures' words, the packet and the drafted
     * description (the window's kit; the command line's stays English).
     */
    public KitResult make(long caseId, UploadDestination to, Path out, boolean hideContact, Language language,
                          JobProgress progress, BooleanSupplier cancelled) {
        CaseDetails details = cases.details(caseId);
        Path target = out.toAbsolutePath().normalize();
        Path parent = target.getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            throw new CasefileException(Phrase.of("Kit.noFolder", String.valueOf(parent)));
        }
        if (Files.exists(target) && !emptyFolder(target)) {
            throw new CasefileException(Phrase.of("Kit.targetTaken", target.toString()));
        }
        Path temp;
        try {
            temp = Files.createDirectory(parent.resolve("." + target.getFileName() + "."
                    + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".part"));
        } catch (IOException e) {
            throw new CasefileException(Phrase.of("Kit.cannotWriteIn", parent.toString(),
                    String.valueOf(e.getMessage())), e);
        }
        boolean done = false;
        try {
            Kit kit = new Kit(details, to, temp, hideContact, language, progress, cancelled);
            kit.write();
            List<Phrase> problems = KitCheck.problems(temp, to, kit.uploads);
            if (!problems.isEmpty()) {
                throw new CasefileException(KitCheck.refusal(to, problems));
            }
            if (cancelled.getAsBoolean()) {
                throw new PacketCancelledException();
            }
            progress.update("Saving", 1, 1);
            if (Files.exists(target)) {
                Files.delete(target);
            }
            Files.move(temp, target);
            done = true;
            return new KitResult(target, to, kit.uploads, kit.description, kit.notes);
        } catch (IOException e) {
            throw new CasefileException(Phrase.of("Kit.notWritten", String.valueOf(e.getMessage())), e);
        } catch (UncheckedIOException e) {
            throw new CasefileException(Phrase.of("Kit.notWritten", String.valueOf(e.getCause().getMessage())), e);
        } finally {
            if (!done) {
                deleteFolder(temp);
            }
        }
    }

    /** One kit being written into its temporary folder. */
    private final class Kit {
        final CaseDetails details;
        final UploadDestination to;
        final Path folder;
        final JobProgress progress;
        final BooleanSupplier cancelled;
        final List<KitFile> uploads = new ArrayList<>();
        final List<Phrase> notes = new ArrayList<>();
        final CaseSnapshot snapshot;
        String description;
        int pages;

        final boolean hideContact;
        final Language language;
        final PacketText t;

        Kit(CaseDetails details, UploadDestination to, Path folder, boolean hideContact, Language language,
            JobProgress progress, BooleanSupplier cancelled) {
            this.details = details;
            this.hideContact = hideContact;
            this.language = language;
            this.t = PacketText.of(language);
            this.to = to;
            this.folder = folder;
            this.progress = progress;
            this.cancelled = cancelled;
            this.snapshot = exports.snapshot(details.theCase().id(), request(profile(to), 0, 0));
        }

        void write() throws IOException {
            // One set of outgoing pictures for the packet and the pictures beside it: a pair picture is made from
            // the images the packet embedded, so its photos are not decoded twice.
            try (OutgoingPictures pictures = exports.outgoing(details.theCase().id())) {
                if (to.takesPdf()) {
                    packet(pictures);
                }
                if (to.accepts().contains(FileType.JPEG)) {
                    Set<Long> paired = pairPictures(pictures);
                    if (!to.takesPdf()) {
                        keyPictures(pictures, paired);
                    }
                }
            }
            if (cancelled.getAsBoolean()) {
                throw new PacketCancelledException();
            }
            videos();
            description = FormText.cut(snapshot.description(), to.maxTextCharacters());
            if (description.length() < snapshot.description().strip().length()) {
                notes.add(Phrase.of("Kit.descriptionCut", to.maxTextCharacters()));
            }
            Files.writeString(folder.resolve("DESCRIPTION.txt"), description + System.lineSeparator(),
                    StandardCharsets.UTF_8);
            Files.writeString(folder.resolve("UPLOAD.txt"), UploadText.of(snapshot, to, uploads, description,
                    notes.stream().map(RuleText.in(language)::get).toList(), LocalDateTime.now(clock), t),
                    StandardCharsets.UTF_8);
        }

        /** What an export for this kit asks: the kit's language, the contact hidden or not. */
        private ExportRequest request(PacketProfile profile, long maxBytes, int maxPages) {
            return new ExportRequest(profile, maxBytes, maxPages, hideContact).inLanguage(language);
        }

        /** The packet in one file when it fits the form's limits, else split into whole parts. */
        private void packet(OutgoingPictures pictures) throws IOException {
            PacketProfile profile = profile(to);
            int maxPages = to.maxPagesPerFile() > 0 ? to.maxPagesPerFile() : profile.maxPages();
            long caseId = details.theCase().id();
            try {
                ExportResult one = exports.export(caseId, request(profile, to.maxFileBytes(), maxPages),
                        folder.resolve("Packet.pdf"), progress, cancelled, pictures);
                pages += one.pages();
                uploads.add(new KitFile("Packet.pdf", one.bytes(), t.get("kit.file.packet", one.pages())));
                notes.addAll(one.notePhrases());
                return;
            } catch (PacketException tooBig) {
                boolean splittable = to.maxTotalBytes() == 0 || to.maxTotalBytes() > to.maxFileBytes();
                if (!splittable || to.maxFiles() == 1) {
                    throw tooBig;
                }
            }
            int parts = Math.min(MAX_PARTS, to.maxFiles());
            long budget = to.maxFileBytes() * parts;
            if (to.maxTotalBytes() > 0) {
                budget = Math.min(budget, to.maxTotalBytes());
            }
            Path whole = folder.resolve("whole.pdf");
            ExportResult big = exports.export(caseId, request(profile, budget,
                    to.maxPagesPerFile() > 0 ? to.maxPagesPerFile() * parts : 0), whole, progress, cancelled, pictures);
            notes.addAll(big.notePhrases());
            progress.update("Splitting the packet", 0, 1);
            List<Path> written = PdfParts.split(whole, to.maxFileBytes(), to.maxPagesPerFile(),
                    n -> folder.resolve("Packet" + n + ".pdf"));
            Files.delete(whole);
            for (int i = 0; i < written.size(); i++) {
                Path part = written.get(i);
                uploads.add(new KitFile(part.getFileName().toString(), Files.size(part), t.get("kit.file.part",
                        i + 1, written.size())));
            }
            pages += big.pages();
            notes.add(Phrase.of("Kit.split", Texts.size(big.bytes()), written.size()));
        }

        /** Each pair as one picture, while the form takes more files; returns the evidence they show. */
        private Set<Long> pairPictures(OutgoingPictures pictures) throws IOException {
            Set<Long> shown = new HashSet<>();
            // From the snapshot: captions as the packet has them (the buyer's contact hidden when asked).
            List<CaseSnapshot.PairView> all = snapshot.pairs();
            int n = 0;
            for (CaseSnapshot.PairView view : all) {
                if (!room()) {
                    notes.add(Phrase.of(to.takesPdf() ? "Kit.pairsLeft.inPacket" : "Kit.pairsLeft", all.size() - n,
                            all.size(), to.phrase(), to.maxFiles()));
                    break;
                }
                n++;
                progress.update("Pair pictures", n, all.size());
                Evidence listing = view.listing().evidence();
                Evidence received = view.received().evidence();
                Pair pair = new Pair(0, details.theCase().id(), listing.id(), received.id(), view.caption());
                byte[] jpeg = null;
                for (int width : PAIR_WIDTHS) {
                    jpeg = pairs.render(pair, listing, received, pictures, ImageStep.ORIGINAL, width,
                            t.label(EvidenceKind.LISTING), t.label(EvidenceKind.RECEIVED));
                    if (to.maxFileBytes() <= 0 || jpeg.length <= to.maxFileBytes()) {
                        break;
                    }
                }
                String name = "Pair" + n + ".jpg";
                Files.write(folder.resolve(name), jpeg);
                uploads.add(new KitFile(name, jpeg.length, t.get("kit.file.pair", n)
                        + (pair.caption() == null ? "" : " (" + pair.caption() + ")")));
                pages++;
                shown.add(listing.id());
                shown.add(received.id());
            }
            return shown;
        }

        /** The most telling pictures not already in a pair, as upright JPEGs, while the form takes more files. */
        private void keyPictures(OutgoingPictures pictures, Set<Long> shown) throws IOException {
            List<CaseSnapshot.Exhibit> candidates = snapshot.exhibits().stream()
                    .filter(e -> !shown.contains(e.evidence().id()) && !e.evidence().isVideo())
                    .sorted(Comparator.comparingInt(e -> KEY_ORDER.indexOf(e.evidence().kind())))
                    .toList();
            int left = 0;
            int done = 0;
            for (CaseSnapshot.Exhibit exhibit : candidates) {
                if (cancelled.getAsBoolean()) {
                    throw new PacketCancelledException();
                }
                Evidence item = exhibit.evidence();
                if (!room()) {
                    left++;
                    continue;
                }
                progress.update("Key pictures", ++done, candidates.size());
                Optional<Path> picture = pictures.file(item);
                if (picture.isEmpty()) {
                    notes.add(Phrase.of("Kit.notInKit", exhibit.letter(), item.originalName(),
                            pictures.failure(item) != null ? pictures.failure(item) : Phrase.of("Kit.notAPicture")));
                    continue;
                }
                int orientation = item.uprightOrientation();
                byte[] jpeg;
                try {
                    jpeg = UprightJpeg.of(picture.get(), orientation, to.maxFileBytes());
                } catch (IOException e) {
                    notes.add(Phrase.of("Kit.notInKit", exhibit.letter(), item.originalName(), e.getMessage()));
                    continue;
                }
                if (jpeg == null) {
                    notes.add(Phrase.of("Kit.notInKit", exhibit.letter(), item.originalName(),
                            Phrase.of("Kit.overEvenSmall", Texts.size(to.maxFileBytes()))));
                    continue;
                }
                String name = "Exhibit" + exhibit.letter() + ".jpg";
                Files.write(folder.resolve(name), jpeg);
                uploads.add(new KitFile(name, jpeg.length, t.get("kit.file.exhibit", exhibit.letter(),
                        t.inSentence(t.label(item.kind()))) + (item.caption() == null ? "" : ": " + item.caption())));
            }
            if (left > 0) {
                notes.add(Phrase.of("Kit.morePictures", left, to.phrase(), to.maxFiles()));
            }
        }

        /** Videos are never copied into a kit: the buyer attaches them where the form takes one. */
        private void videos() {
            for (Evidence item : details.evidence()) {
                if (item.isVideo() && to.takesFiles()) {
                    notes.add(Phrase.of("Kit.video", item.originalName(), String.valueOf(item.path())));
                }
            }
        }

        private boolean room() {
            boolean files = to.maxFiles() <= 0 || uploads.size() < to.maxFiles();
            boolean morePages = to.maxPagesTotal() <= 0 || pages < to.maxPagesTotal();
            return files && morePages;
        }
    }

    /** The packet profile whose letter fits the destination. */
    static PacketProfile profile(UploadDestination to) {
        return PacketProfile.valueOf(to.route().name());
    }

    private static boolean emptyFolder(Path folder) {
        if (!Files.isDirectory(folder)) {
            return false;
        }
        try (var entries = Files.list(folder)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }

    private static void deleteFolder(Path folder) {
        try {
            org.casefile.library.PendingFolders.deleteTree(folder);
        } catch (IOException ignored) {
            // A hidden .part folder beside the kit; nothing more to do.
        }
    }
}
