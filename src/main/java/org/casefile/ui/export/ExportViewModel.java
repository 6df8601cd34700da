package org.casefile.ui.export;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.casefile.app.CaseDetails;
import org.casefile.app.ExportPlan;
import org.casefile.app.ExportRequest;
import org.casefile.app.ExportResult;
import org.casefile.app.ExportService;
import org.casefile.domain.Case;
import org.casefile.domain.CasefileException;
import org.casefile.domain.text.Language;
import org.casefile.packet.PacketProfile;
import org.casefile.ui.common.BackgroundExecutor;
import org.casefile.ui.common.Messages;

/**
 * The Export view of the shown case: the route's profile (the plan's suggestion until the buyer picks another), the
 * budget as typed (checked beside each field), the plan (estimated size, what the checklist still misses), a preview
 * of the real pages, and the export itself with progress, cancel and its result.
 */
public final class ExportViewModel {
    private final ExportService exports;
    private final BackgroundExecutor executor;
    private final BackgroundExecutor previews;
    private final Executor fxThread;
    private final Consumer<Path> opener;

    private final ObjectProperty<PacketProfile> profile = new SimpleObjectProperty<>();
    private final StringProperty maxSize = new SimpleStringProperty("");
    private final BooleanProperty originals = new SimpleBooleanProperty();
    private final BooleanProperty hideContact = new SimpleBooleanProperty();
    /** The packet's language; the computer's until the window's language setting takes over this default. */
    private final ObjectProperty<Language> language = new SimpleObjectProperty<>(Language.of(Locale.getDefault()));
    private KitViewModel kit;
    private final StringProperty maxPages = new SimpleStringProperty("");
    private final StringProperty maxSizeError = new SimpleStringProperty("");
    private final StringProperty maxPagesError = new SimpleStringProperty("");
    private final ObjectProperty<ExportPlan> plan = new SimpleObjectProperty<>();
    private final StringProperty planText = new SimpleStringProperty("");
    private final ObservableList<String> missing = FXCollections.observableArrayList();
    private final ObservableList<String> doubtful = FXCollections.observableArrayList();
    private final StringProperty closedRoute = new SimpleStringProperty("");
    private final BooleanProperty routeClosedOk = new SimpleBooleanProperty();
    private final ObservableList<BufferedImage> pages = FXCollections.observableArrayList();
    private final StringProperty previewText = new SimpleStringProperty("");
    private final BooleanProperty previewing = new SimpleBooleanProperty();
    private final BooleanProperty exporting = new SimpleBooleanProperty();
    private final DoubleProperty progress = new SimpleDoubleProperty();
    private final StringProperty stage = new SimpleStringProperty("");
    private final ObjectProperty<ExportResult> result = new SimpleObjectProperty<>();
    private final StringProperty notice = new SimpleStringProperty("");
    private final StringProperty leaveOutOffer = new SimpleStringProperty("");
    /** Evidence the buyer chose to leave out of this case's packet (its file is missing or changed on disk). */
    private final java.util.Set<Long> leftOut = new java.util.HashSet<>();
    private org.casefile.domain.Evidence refused;
    private Path lastOut;

    private Case shown;
    private boolean profileChosen;
    private boolean settingDefaults;
    private int generation;
    private AtomicBoolean previewCancel = new AtomicBoolean();
    private AtomicBoolean exportCancel = new AtomicBoolean();

    /**
     * {@code previews} draws the page preview on a queue of its own, so a long preview never holds up an import
     * or a save on {@code executor}; {@code fxThread} is where progress reported from the worker is shown
     * ({@code Platform::runLater} in the app, the calling thread in tests); {@code opener} hands a file or folder
     * to the system.
     */
    public ExportViewModel(ExportService exports, BackgroundExecutor executor, BackgroundExecutor previews,
                           Executor fxThread, Consumer<Path> opener) {
        this.exports = exports;
        this.executor = executor;
        this.previews = previews;
        this.fxThread = fxThread;
        this.opener = opener;
        profile.addListener((p, before, now) -> {
            if (!settingDefaults && now != null) {
                profileChosen = true;
                budgetOf(now);
            }
        });
    }

    public ObjectProperty<PacketProfile> profileProperty() { return profile; }

    /** Replace the buyer's own emails and phone numbers in messages and captions (packet and kit). */
    public BooleanProperty hideContactProperty() { return hideContact; }

    public ObjectProperty<Language> languageProperty() { return language; }

    /** The upload kit action, or null where no kit service was given. */
    public KitViewModel kit() { return kit; }

    /** Adds the upload kit action, on the same executor as the export. */
    public ExportViewModel withKits(org.casefile.app.KitService kits) {
        this.kit = new KitViewModel(kits, executor, fxThread, opener);
        return this;
    }

    /** The size budget as typed: "2 MB", "1500 KB", "10MB"… (1 MB = 1,000,000 bytes). */
    public StringProperty maxSizeProperty() { return maxSize; }

    /** No size budget: the photos go in as they are (still stripped of EXIF and GPS). */
    public BooleanProperty originalsProperty() { return originals; }

    /** The page budget as typed; empty means none. */
    public StringProperty maxPagesProperty() { return maxPages; }

    public StringProperty maxSizeErrorProperty() { return maxSizeError; }

    public StringProperty maxPagesErrorProperty() { return maxPagesError; }

    public ObjectProperty<ExportPlan> planProperty() { return plan; }

    /** One line on what the packet will hold and about how big it will be. */
    public StringProperty planTextProperty() { return planText; }

    /** What the mediator will look for that this case does not have yet. */
    public ObservableList<String> missing() { return missing; }

    /** What the packet for the chosen route would leave unsaid or open to doubt (facts for the bank, and so on). */
    public ObservableList<String> doubtful() { return doubtful; }

    /** Why the chosen route is not open for this case and which are; empty when it is open. */
    public StringProperty closedRouteProperty() { return closedRoute; }

    /** The buyer chose to write the packet for a closed route all the same (the CLI's --route-closed-ok). */
    public BooleanProperty routeClosedOkProperty() { return routeClosedOk; }

    /** True when Export would write a letter for a route the case is not eligible for, not knowingly chosen. */
    public boolean blockedByClosedRoute() {
        return !closedRoute.get().isEmpty() && !routeClosedOk.get();
    }

    /** Switches to the route the case suits best (an open one), from the closed-route warning. */
    public void useSuggestedRoute() {
        ExportPlan planned = plan.get();
        if (planned != null && planned.suggested() != null) {
            profile.set(planned.suggested());
        }
    }

    /** The packet's pages, small, as the current settings would write them. */
    public ObservableList<BufferedImage> pages() { return pages; }

    public StringProperty previewTextProperty() { return previewText; }

    /** True while the pages are being drawn again; the old ones stay in view until then. */
    public BooleanProperty previewingProperty() { return previewing; }

    public BooleanProperty exportingProperty() { return exporting; }

    public DoubleProperty progressProperty() { return progress; }

    public StringProperty stageProperty() { return stage; }

    public ObjectProperty<ExportResult> resultProperty() { return result; }

    public StringProperty noticeProperty() { return notice; }

    /**
     * "Leave out IMG_0042.jpg and export" after an export stopped on a file missing or changed on disk; empty
     * otherwise.
     */
    public StringProperty leaveOutOfferProperty() { return leaveOutOffer; }

    /** Leaves the file the last export stopped on out of the packet and exports again to the same file. */
    public void leaveOutAndExport() {
        if (refused == null || lastOut == null) {
            return;
        }
        leftOut.add(refused.id());
        refused = null;
        leaveOutOffer.set("");
        export(lastOut);
    }

    /** Shows another case (or the same one read again); a new case starts from its suggested profile. */
    public void show(CaseDetails details) {
        if (kit != null && details != null) {
            kit.show(details.theCase());
        }
        Case now = details.theCase();
        if (shown == null || shown.id() != now.id()) {
            profileChosen = false;
            leftOut.clear();
            refused = null;
            leaveOutOffer.set("");
            if (!exporting.get()) {
                // A running export finishes and reports its file, whichever case is shown by then.
                result.set(null);
                notice.set("");
            }
            pages.clear();
            plan.set(null);
            missing.clear();
            doubtful.clear();
            closedRoute.set("");
            routeClosedOk.set(false);
            planText.set("");
            settingDefaults = true;
            profile.set(PacketProfile.PLATFORM);
            settingDefaults = false;
            budgetOf(PacketProfile.PLATFORM);
        }
        shown = now;
    }

    /** A file name that says what the packet is, for the save dialog. */
    public String suggestedName() {
        if (shown == null) {
            return "packet.pdf";
        }
        String name = "Casefile " + shown.facts().platform().label() + " " + shown.facts().orderNumber() + " "
                + profile.get().label();
        return name.replaceAll("[\\\\/:*?\"<>|]", "-") + ".pdf";
    }

    private void budgetOf(PacketProfile chosen) {
        ExportRequest defaults = ExportRequest.of(chosen);
        originals.set(defaults.originals());
        maxSize.set(defaults.originals() ? "" : megabytes(defaults.maxBytes()));
        maxPages.set(defaults.maxPages() == 0 ? "" : String.valueOf(defaults.maxPages()));
    }

    static String megabytes(long bytes) {
        if (bytes < 1_000_000) {
            return Math.max(1, Math.round(bytes / 1000.0)) + " KB";
        }
        if (bytes % 1_000_000 == 0) {
            return bytes / 1_000_000 + " MB";
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1_000_000.0);
    }

    /** The request as typed, or null with the problem shown beside its field. */
    public ExportRequest request() {
        maxSizeError.set("");
        maxPagesError.set("");
        long bytes = 0;
        if (!originals.get()) {
            try {
                String typed = maxSize.get() == null ? "" : maxSize.get().strip();
                if (typed.isEmpty()) {
                    throw new CasefileException("Type a size such as 2 MB, or tick Originals.");
                }
                bytes = ExportRequest.parseMaxSize(typed);
            } catch (CasefileException e) {
                maxSizeError.set(e.getMessage());
            }
        }
        int pageBudget = 0;
        String typedPages = maxPages.get() == null ? "" : maxPages.get().strip();
        if (!typedPages.isEmpty() && !typedPages.equalsIgnoreCase("none")) {
            try {
                pageBudget = Integer.parseInt(typedPages);
                if (pageBudget < 1 || pageBudget > 9999) {
                    maxPagesError.set("Type a number of pages from 1 to 9999, or leave it empty for no limit.");
                }
            } catch (NumberFormatException e) {
                maxPagesError.set("Type a number of pages, e.g. 17, or leave it empty for no limit.");
            }
        }
        if (!maxSizeError.get().isEmpty() || !maxPagesError.get().isEmpty()) {
            return null;
        }
        return new ExportRequest(profile.get(), bytes, pageBudget, hideContact.get()).leavingOut(leftOut)
                .inLanguage(language.get());
    }

    /** Stops drawing the preview (the tab was left or the window closed): its queue is free again at once. */
    public void stopPreview() {
        previewCancel.set(true);
        generation++;
        previewing.set(false);
    }

    /**
     * Reads the plan and renders the preview for the current settings. A newer refresh cancels an older one still
     * running, so typing in the budget never queues up stale previews.
     */
    public void refresh() {
        if (shown == null) {
            return;
        }
        ExportRequest request = request();
        previewCancel.set(true);
        if (request == null) {
            previewing.set(false);
            previewText.set("Correct the budget to see the pages.");
            return;
        }
        long caseId = shown.id();
        int asked = ++generation;
        AtomicBoolean stop = new AtomicBoolean();
        previewCancel = stop;
        executor.submit(() -> exports.plan(caseId, request), planned -> {
            if (asked != generation) {
                return;
            }
            showPlan(planned, request);
        }, failure -> {
            if (asked == generation) {
                planText.set(Messages.of(failure));
            }
        });
        previewText.set("Drawing the pages…");
        previewing.set(true);
        previews.submit(() -> preview(caseId, request, stop), rendered -> {
            if (asked != generation) {
                return;
            }
            previewing.set(false);
            pages.setAll(rendered);
            previewText.set(rendered.size() + " page" + (rendered.size() == 1 ? "" : "s") + " as they will be "
                    + "sent.");
        }, failure -> {
            if (asked == generation) {
                previewing.set(false);
                pages.clear();
                previewText.set(Messages.of(failure));
            }
        });
    }

    private void showPlan(ExportPlan planned, ExportRequest request) {
        plan.set(planned);
        if (!profileChosen && planned.suggested() != null && planned.suggested() != profile.get()) {
            // The plan knows the case's routes; follow its suggestion until the buyer picks a profile themselves.
            settingDefaults = true;
            profile.set(planned.suggested());
            settingDefaults = false;
            budgetOf(planned.suggested());
            refresh();
            return;
        }
        missing.setAll(planned.missing());
        doubtful.setAll(planned.doubtful());
        closedRoute.set(planned.closedRoute() == null ? "" : planned.closedRoute());
        planText.set(planned.exhibits() + " exhibit" + (planned.exhibits() == 1 ? "" : "s") + ", "
                + planned.pairs() + " pair" + (planned.pairs() == 1 ? "" : "s") + ", about "
                + megabytes(planned.estimatedBytes()) + (request.originals() ? " with the original pictures."
                : planned.fits() ? " (budget " + megabytes(request.maxBytes()) + ")."
                : ": more than the " + megabytes(request.maxBytes()) + " budget even with the smallest pictures. "
                + "Remove some evidence, or choose a larger budget."));
    }

    /** Writes the packet to a temporary file with the real export, renders its pages small, and deletes it. */
    private List<BufferedImage> preview(long caseId, ExportRequest request, AtomicBoolean stop) throws Exception {
        Path file = Files.createTempFile("casefile-preview", ".pdf");
        try {
            exports.export(caseId, request, file, (what, done, total) -> { }, stop::get);
            return PagePreview.render(file, PagePreview.DPI, stop::get);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** Writes the packet to {@code out}; a cancelled or failed export leaves no file there. */
    public void export(Path out) {
        if (out == null || shown == null || exporting.get()) {
            return;
        }
        ExportRequest request = request();
        if (request == null) {
            notice.set("Correct the budget first.");
            return;
        }
        if (blockedByClosedRoute()) {
            notice.set(closedRoute.get());
            return;
        }
        previewCancel.set(true);
        long caseId = shown.id();
        AtomicBoolean stop = new AtomicBoolean();
        exportCancel = stop;
        exporting.set(true);
        progress.set(-1);
        stage.set("Starting…");
        result.set(null);
        notice.set("");
        leaveOutOffer.set("");
        lastOut = out;
        executor.submit(() -> exports.export(caseId, request, out, (what, done, total) -> fxThread.execute(() -> {
            stage.set(what);
            progress.set(total <= 0 ? -1 : (double) done / total);
        }), stop::get), written -> {
            exporting.set(false);
            result.set(written);
            notice.set("Saved " + written.file().getFileName() + ": " + megabytes(written.bytes()) + ", "
                    + written.pages() + " page" + (written.pages() == 1 ? "" : "s") + ", " + written.images()
                    + " image" + (written.images() == 1 ? "" : "s") + (written.imageStep() == null ? ""
                    : " (" + written.imageStep() + ")") + ".");
        }, failure -> {
            exporting.set(false);
            notice.set(stop.get() ? "Export cancelled; no file was written." : Messages.of(failure));
            if (!stop.get() && failure instanceof org.casefile.evidence.EvidenceFileException problem) {
                refused = problem.evidence();
                leaveOutOffer.set("Leave out " + refused.originalName() + " and export");
            }
        });
    }

    public void cancel() {
        exportCancel.set(true);
    }

    public void open() {
        if (result.get() != null) {
            opener.accept(result.get().file());
        }
    }

    public void showInFolder() {
        if (result.get() != null) {
            opener.accept(result.get().file().toAbsolutePath().getParent());
        }
    }
}
