package org.casefile.app;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.FutureTask;
import java.util.function.BooleanSupplier;
import org.casefile.domain.CaseStatus;
import org.casefile.domain.CasefileException;
import org.casefile.domain.Checklist;
import org.casefile.domain.Evidence;
import org.casefile.domain.PacketGaps;
import org.casefile.domain.text.Phrase;
import org.casefile.domain.text.RuleText;
import org.casefile.domain.Route;
import org.casefile.domain.RouteKind;
import org.casefile.evidence.EvidenceFileException;
import org.casefile.library.CrashPoints;
import org.casefile.library.DiskWords;
import org.casefile.library.Library;
import org.casefile.library.PartFiles;
import org.casefile.packet.BudgetedBuild;
import org.casefile.pdfpage.PdfPages;
import org.casefile.packet.CaseSnapshot;
import org.casefile.packet.PacketCancelledException;
import org.casefile.domain.PacketProfile;
import org.casefile.packet.SizeEstimate;
import org.casefile.packet.image.ImagePreparer;
import org.casefile.packet.image.ImageStep;

/**
 * Exports a case as an evidence packet: snapshot, budgets, a temporary file beside the target moved into place only
 * when complete. A cancelled or failed export leaves no file behind.
 */
public final class ExportService {
    private final Library library;
    private final CaseService cases;
    private final EvidenceService evidence;
    private final Clock clock;
    private final ImagePreparer preparer = new ImagePreparer();

    private final RedactionService redactions;

    public ExportService(Library library, CaseService cases, EvidenceService evidence, RedactionService redactions,
                         Clock clock) {
        this.library = library;
        this.cases = cases;
        this.evidence = evidence;
        this.redactions = redactions;
        this.clock = clock;
    }

    public ExportService(Library library, CaseService cases, EvidenceService evidence, Clock clock) {
        this(library, cases, evidence, new RedactionService(library, evidence), clock);
    }

    /** The pictures of a case as they may leave the library, its redactions burned in; close it when done. */
    OutgoingPictures outgoing(long caseId) {
        return outgoing(cases.details(caseId));
    }

    private OutgoingPictures outgoing(CaseDetails details) {
        return new OutgoingPictures(evidence, redactions, details.redactions());
    }

    /** The snapshot a packet for {@code profile} is made from, dated now. */
    public CaseSnapshot snapshot(long caseId, PacketProfile profile) {
        return snapshot(caseId, profile, false);
    }

    /** As {@link #snapshot(long, PacketProfile)}, with the buyer's emails and phone numbers hidden or not. */
    public CaseSnapshot snapshot(long caseId, PacketProfile profile, boolean hideContact) {
        return PacketSnapshots.of(cases.details(caseId), profile, packetDate(), hideContact);
    }

    /** The snapshot of what {@code request} asks for: its profile, without the evidence it leaves out. */
    CaseSnapshot snapshot(long caseId, ExportRequest request) {
        return snapshot(cases.details(caseId), request);
    }

    private CaseSnapshot snapshot(CaseDetails details, ExportRequest request) {
        return PacketSnapshots.of(details.without(request.leftOut()), request.profile(), packetDate(),
                request.hideContact(), request.language());
    }

    /**
     * The packet's pages as small pictures, for the export window's live preview: the real export is written into
     * the library's tmp/ (cleaned at the next open if the process dies), rendered, and deleted.
     */
    public List<BufferedImage> previewPages(long caseId, ExportRequest request, float dpi, BooleanSupplier cancelled)
            throws IOException {
        Path file = library.tmpFile("preview", ".pdf");
        try {
            export(caseId, request, file, JobProgress.NONE, cancelled);
            return PdfPages.preview(file, dpi, cancelled);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /**
     * The packet's date, the start of today: it is printed and written into the metadata and the document id, so
     * the same case exported twice on one day gives the same bytes.
     */
    private ZonedDateTime packetDate() {
        return ZonedDateTime.now(clock).truncatedTo(ChronoUnit.DAYS);
    }

    public ExportResult export(long caseId, ExportRequest request, Path out, JobProgress progress,
                               BooleanSupplier cancelled) {
        return export(cases.details(caseId), request, out, progress, cancelled);
    }

    /**
     * As above, from the case as already read (the command line reads it once for the route, the gaps and the
     * packet).
     */
    public ExportResult export(CaseDetails details, ExportRequest request, Path out, JobProgress progress,
                               BooleanSupplier cancelled) {
        try (OutgoingPictures pictures = outgoing(details)) {
            return export(snapshot(details, request), request, out, progress, cancelled, pictures);
        }
    }

    /** As above, drawing from {@code pictures} (which the caller closes and may use again, e.g. for a kit). */
    ExportResult export(long caseId, ExportRequest request, Path out, JobProgress progress,
                        BooleanSupplier cancelled, OutgoingPictures pictures) {
        return export(snapshot(caseId, request), request, out, progress, cancelled, pictures);
    }

    private ExportResult export(CaseSnapshot snapshot, ExportRequest request, Path out, JobProgress progress,
                                BooleanSupplier cancelled, OutgoingPictures pictures) {
        Path target = out.toAbsolutePath();
        Path folder = target.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new CasefileException(Phrase.of("Export.noFolder", String.valueOf(folder)));
        }
        if (Files.isDirectory(target)) {
            throw new CasefileException(target + " is a folder; give the packet a file name, e.g. packet.pdf.");
        }
        Path temp;
        try {
            // Not createTempFile: the packet gets the user's usual permissions, not owner-only.
            temp = PartFiles.create(target);
        } catch (IOException e) {
            throw new CasefileException(Phrase.of("Export.cannotWriteIn", String.valueOf(folder),
                    DiskWords.phrase(e)), e);
        }
        boolean done = false;
        try {
            // Each photo is read once, by the check, for the check and the packet alike: on other threads while
            // this one lays the text out (most of the export's bytes against most of its code), the pictures
            // waiting for it.
            JobProgress shared = Shared.of(progress);
            FutureTask<Void> check = new FutureTask<>(() -> pictures.checkAll(snapshot, shared, cancelled), null);
            Thread checker = new Thread(check, "evidence-check-order");
            checker.setDaemon(true);
            checker.start();
            Runnable checked = () -> CheckedPictures.await(check);
            // The photos were read and scanned by the check: the preparer takes them from there.
            BudgetedBuild build = new BudgetedBuild(preparer.withScans(pictures.scans()));
            BudgetedBuild.Outcome outcome;
            try {
                outcome = build.write(snapshot, pictures, request.maxBytes(), request.maxPages(),
                        request.profile().maxDpi(), temp, (stage, n, total) -> shared.update(stage, n, total),
                        cancelled, checked);
            } catch (RuntimeException | Error e) {
                if (!cancelled.getAsBoolean()) {
                    // A missing or changed file is said first, as when the check came before the pages; a
                    // cancelled check stops at its next file by itself.
                    checked.run();
                }
                throw e;
            }
            if (cancelled.getAsBoolean()) {
                throw new PacketCancelledException();
            }
            progress.update("Saving", 1, 1);
            CrashPoints.reach(CrashPoints.EXPORT_WRITTEN);
            move(temp, target);
            done = true;
            return new ExportResult(target, outcome.bytes(), outcome.pages(), outcome.images(), outcome.stepLabel(),
                    outcome.stepPhrase(), Pictures.notes(pictures, snapshot, outcome.failures()));
        } catch (UncheckedIOException e) {
            throw new CasefileException(Phrase.of("Export.notWritten", DiskWords.phrase(e.getCause())), e);
        } finally {
            if (!done) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // The temporary file is hidden and named .part; nothing else to do.
                }
            }
        }
    }

    private static void move(Path temp, Path target) {
        try {
            PartFiles.moveIntoPlace(temp, target);
        } catch (IOException e) {
            throw new CasefileException(Phrase.of("Export.cannotSave", target.toString(), DiskWords.phrase(e)), e);
        }
    }

    /** What the export would give, quickly: no picture is read. */
    public ExportPlan plan(long caseId, ExportRequest request) {
        CaseDetails details = cases.details(caseId);
        List<Phrase> missing = Checklist.forCase(details.theCase().facts(), details.evidence(), details.messages(),
                details.history()).stream().filter(item -> !item.present()).map(Checklist.Item::whatPhrase).toList();
        List<Evidence> drawn = details.evidence().stream().filter(this::drawable).toList();
        long estimate;
        boolean fits = true;
        if (request.originals()) {
            estimate = SizeEstimate.TEXT_OVERHEAD + drawn.stream().mapToLong(Evidence::size).sum();
        } else {
            int cap = request.profile().maxDpi() <= 0 ? 0 : Math.round(270f / 72f * request.profile().maxDpi());
            estimate = -1;
            for (ImageStep step : ImageStep.ladder()) {
                long bytes = SizeEstimate.TEXT_OVERHEAD + drawn.stream()
                        .mapToLong(e -> SizeEstimate.picture(e, step, cap)).sum();
                estimate = bytes;
                if (bytes <= request.maxBytes()) {
                    break;
                }
            }
            fits = estimate <= request.maxBytes();
        }
        return new ExportPlan(suggest(details), missing, details.evidence().size(), details.pairs().size(), estimate,
                fits, PacketGaps.phrases(route(request.profile()), details.theCase().facts(), details.messages(),
                details.evidence()), closedRoutePhrase(details, request.profile()).orElse(null));
    }

    /** What the packet for {@code profile} would leave unsaid or open to doubt, one line each, before it is written. */
    public List<String> gaps(long caseId, PacketProfile profile) {
        return gaps(cases.details(caseId), profile);
    }

    /** As above, for the case as already read. */
    public static List<String> gaps(CaseDetails details, PacketProfile profile) {
        return PacketGaps.of(route(profile), details.theCase().facts(), details.messages(), details.evidence());
    }

    /**
     * Why no letter should be written for {@code profile}: the case is not eligible for its route (under £100, a
     * debit card, PayPal in between…). Names the reason and the routes that are open; empty when the route is open.
     */
    public Optional<String> closedRoute(long caseId, PacketProfile profile) {
        return closedRoute(cases.details(caseId), profile);
    }

    /** As above, for the case as already read. */
    public static Optional<String> closedRoute(CaseDetails details, PacketProfile profile) {
        return closedRoutePhrase(details, profile).map(RuleText::english);
    }

    private static Optional<Phrase> closedRoutePhrase(CaseDetails details, PacketProfile profile) {
        RouteKind kind = route(profile);
        Optional<Route> closed = details.routes().stream().filter(r -> r.route() == kind && !r.eligible())
                .findFirst();
        if (closed.isEmpty()) {
            return Optional.empty();
        }
        Phrase open = null;
        for (Route r : details.routes().stream().filter(Route::eligible).toList()) {
            Phrase one = Phrase.of("Export.openRoute", r.route().phrase(), r.route().id());
            open = open == null ? one : Phrase.of("Export.openRoute.more", open, one);
        }
        return Optional.of(Phrase.of("Export.closedRoute", profile.phrase(), closed.get().reasonPhrase(),
                open == null ? Phrase.of("Export.noRouteOpen") : Phrase.of("Export.openRoutes", open)));
    }

    private static RouteKind route(PacketProfile profile) {
        return RouteKind.valueOf(profile.name());
    }

    /**
     * Whether the packet can show a picture of the item: a still image, a HEIC photo's display copy, a video's
     * poster frame, a PDF's first page.
     */
    boolean drawable(Evidence item) {
        return item.isPdf() || evidence.displayImage(item).isPresent();
    }

    /** The marketplace first while its buyer protection runs; then PayPal, Section 75, a chargeback. */
    static PacketProfile suggest(CaseDetails details) {
        boolean escalatedOutside = details.theCase().status() == CaseStatus.EXTERNAL_CLAIM;
        List<RouteKind> order = escalatedOutside
                ? List.of(RouteKind.PAYPAL, RouteKind.SECTION75, RouteKind.CHARGEBACK, RouteKind.PLATFORM)
                : List.of(RouteKind.PLATFORM, RouteKind.PAYPAL, RouteKind.SECTION75, RouteKind.CHARGEBACK);
        for (RouteKind kind : order) {
            for (Route route : details.routes()) {
                if (route.route() == kind && route.eligible()) {
                    return PacketProfile.valueOf(kind.name());
                }
            }
        }
        return PacketProfile.PLATFORM;
    }

    /** One progress told from two threads (the check and the pages), one at a time. */
    private static final class Shared implements JobProgress {
        private final JobProgress progress;

        private Shared(JobProgress progress) {
            this.progress = progress;
        }

        static JobProgress of(JobProgress progress) {
            return progress == JobProgress.NONE ? progress : new Shared(progress);
        }

        @Override
        public synchronized void update(String stage, long done, long total) {
            progress.update(stage, done, total);
        }

        @Override
        public synchronized void update(Phrase stage, long done, long total) {
            progress.update(stage, done, total);
        }
    }

    /** Notes for the buyer on exhibits shown as placeholders, and on a route the case may not be open for. */
    private static final class Pictures {
        private Pictures() {
        }

        static List<Phrase> notes(OutgoingPictures pictures, CaseSnapshot snapshot,
                                  java.util.Map<String, String> failures) {
            List<Phrase> notes = new ArrayList<>();
            // The packet is addressed to the route's reader; a route that does not fit the case is the buyer's to know.
            snapshot.routes().stream().filter(r -> r.route().name().equals(snapshot.profile().name()))
                    .filter(r -> !r.eligible()).findFirst()
                    .ifPresent(r -> notes.add(Phrase.of("Export.mayNotBeOpen", r.route().phrase(), r.reasonPhrase())));
            for (CaseSnapshot.Exhibit exhibit : snapshot.exhibits()) {
                String failure = failures.get(exhibit.letter());
                if (failure == null) {
                    failure = pictures.failure(exhibit.evidence());
                }
                Evidence item = exhibit.evidence();
                if (failure != null) {
                    notes.add(Phrase.of("Export.placeholder", exhibit.letter(), item.originalName(), failure));
                } else if (pictures.picture(exhibit).isEmpty()) {
                    String what = item.kind() == org.casefile.domain.EvidenceKind.VIDEO || item.isVideo() ? "video"
                            : item.isImage() ? "notYet" : "notPicture";
                    notes.add(Phrase.of("Export.notDrawn." + what, exhibit.letter(), item.originalName()));
                }
            }
            return notes;
        }
    }
}
