package org.casefile.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.casefile.domain.CaseStatus;
import org.casefile.domain.CasefileException;
import org.casefile.domain.Checklist;
import org.casefile.domain.Evidence;
import org.casefile.domain.Route;
import org.casefile.domain.RouteKind;
import org.casefile.evidence.EvidenceFileException;
import org.casefile.library.CrashPoints;
import org.casefile.library.DiskWords;
import org.casefile.library.Library;
import org.casefile.library.PartFiles;
import org.casefile.packet.BudgetedBuild;
import org.casefile.packet.CaseSnapshot;
import org.casefile.packet.EvidenceFiles;
import org.casefile.packet.PacketCancelledException;
import org.casefile.packet.PacketProfile;
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

    public ExportService(Library library, CaseService cases, EvidenceService evidence, Clock clock) {
        this.library = library;
        this.cases = cases;
        this.evidence = evidence;
        this.clock = clock;
    }

    /** The snapshot a packet for {@code profile} is made from, dated now. */
    public CaseSnapshot snapshot(long caseId, PacketProfile profile) {
        return PacketSnapshots.of(cases.details(caseId), profile, packetDate());
    }

    /**
     * The packet's date, the start of today: it is printed and written into the metadata and the document id, so
     * the same case exported twice on one day gives the same bytes.
     */
    private ZonedDateTime packetDate() {
        return ZonedDateTime.now(clock).truncatedTo(ChronoUnit.DAYS);
    }

    public ExportResult export(long caseId, ExportRequest request, Path out, ExportProgress progress,
                               BooleanSupplier cancelled) {
        CaseSnapshot snapshot = PacketSnapshots.of(cases.details(caseId).without(request.leftOut()),
                request.profile(), packetDate());
        Path target = out.toAbsolutePath();
        Path folder = target.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new CasefileException("The folder " + folder + " does not exist; choose where to save the packet.");
        }
        if (Files.isDirectory(target)) {
            throw new CasefileException(target + " is a folder; give the packet a file name, e.g. packet.pdf.");
        }
        Path temp;
        try {
            // Not createTempFile: the packet gets the user's usual permissions, not owner-only.
            temp = PartFiles.create(target);
        } catch (IOException e) {
            throw new CasefileException("Cannot write in " + folder + ": " + DiskWords.of(e) + ".", e);
        }
        boolean done = false;
        Pictures pictures = new Pictures();
        try {
            pictures.checkAll(snapshot, progress, cancelled);
            BudgetedBuild.Outcome outcome = new BudgetedBuild(preparer).write(snapshot, pictures, request.maxBytes(),
                    request.maxPages(), request.profile().maxDpi(), temp, progress::update, cancelled);
            if (cancelled.getAsBoolean()) {
                throw new PacketCancelledException();
            }
            progress.update("Saving", 1, 1);
            CrashPoints.reach(CrashPoints.EXPORT_WRITTEN);
            move(temp, target);
            done = true;
            return new ExportResult(target, outcome.bytes(), outcome.pages(), outcome.images(), outcome.stepLabel(),
                    pictures.notes(snapshot, outcome.failures()));
        } catch (UncheckedIOException e) {
            throw new CasefileException("The packet could not be written: " + DiskWords.of(e.getCause()) + ".", e);
        } finally {
            pictures.close();
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
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new CasefileException("Could not save the packet as " + target + ": " + DiskWords.of(e) + ".", e);
        }
    }

    /** What the export would give, quickly: no picture is read. */
    public ExportPlan plan(long caseId, ExportRequest request) {
        CaseDetails details = cases.details(caseId);
        List<String> missing = Checklist.forCase(details.theCase().facts(), details.evidence(), details.messages(),
                details.history()).stream().filter(item -> !item.present()).map(Checklist.Item::what).toList();
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
                fits);
    }

    /**
     * Whether the packet can show a picture of the item: a still image, a HEIC photo's display copy, a video's
     * poster frame, a PDF's first page.
     */
    boolean drawable(Evidence item) {
        return "application/pdf".equals(item.mediaType()) || evidence.displayImage(item).isPresent();
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

    /**
     * The picture for each exhibit, each evidence file read once and checked against its fingerprint
     * ({@link CheckedPictures}): photos and screenshots themselves, a HEIC photo's display copy, a video's poster
     * frame, a PDF's first page.
     */
    private final class Pictures implements EvidenceFiles, AutoCloseable {
        private final CheckedPictures checked = new CheckedPictures(evidence);

        /**
         * Reads and checks every exhibit's file before a page is made: a missing or changed file stops the export
         * here, naming it, rather than leaving a packet whose appendix describes other bytes than it holds.
         */
        void checkAll(CaseSnapshot snapshot, ExportProgress progress, BooleanSupplier cancelled) {
            List<CaseSnapshot.Exhibit> exhibits = snapshot.exhibits();
            for (int i = 0; i < exhibits.size() && !cancelled.getAsBoolean(); i++) {
                progress.update("Checking the evidence files", i, exhibits.size());
                try {
                    checked.picture(exhibits.get(i).evidence());
                } catch (EvidenceFileException e) {
                    throw e.withAdvice("Nothing was exported. Put the original file back (from the phone, the "
                            + "download or a backup), run verify to see every file, or leave this exhibit out of the "
                            + "packet.");
                }
            }
        }

        @Override
        public Optional<Path> picture(CaseSnapshot.Exhibit exhibit) {
            return checked.picture(exhibit.evidence()).filter(Files::isReadable);
        }

        @Override
        public void close() {
            checked.close();
        }

        List<String> notes(CaseSnapshot snapshot, java.util.Map<String, String> failures) {
            List<String> notes = new ArrayList<>();
            // The packet is addressed to the route's reader; a route that does not fit the case is the buyer's to know.
            snapshot.routes().stream().filter(r -> r.route().name().equals(snapshot.profile().name()))
                    .filter(r -> !r.eligible()).findFirst()
                    .ifPresent(r -> notes.add(r.route().label() + " may not be open for this case: " + r.reason()));
            for (CaseSnapshot.Exhibit exhibit : snapshot.exhibits()) {
                String failure = failures.get(exhibit.letter());
                if (failure != null) {
                    notes.add("Exhibit " + exhibit.letter() + " (" + exhibit.evidence().originalName() + ") is shown "
                            + "as a placeholder: " + failure);
                } else if (picture(exhibit).isEmpty()) {
                    Evidence item = exhibit.evidence();
                    String what = item.kind() == org.casefile.domain.EvidenceKind.VIDEO
                            || (item.mediaType() != null && item.mediaType().startsWith("video/")) ? "a video"
                            : item.isImage() ? "a picture that cannot be shown yet" : "not a picture";
                    notes.add("Exhibit " + exhibit.letter() + " (" + item.originalName() + ") is " + what
                            + ": the packet shows its name and fingerprint; send the file itself where the form "
                            + "takes it.");
                }
            }
            return notes;
        }
    }
}
