package org.casefile.ui.export;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
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
import org.casefile.app.JobProgress;
import org.casefile.app.RefusedFile;
import org.casefile.domain.Case;
import org.casefile.domain.CasefileException;
import org.casefile.domain.PacketProfile;
import org.casefile.domain.text.Language;
import org.casefile.ui.common.BackgroundExecutor;
import org.casefile.ui.common.JobRunner;
import org.casefile.ui.common.Messages;
import org.casefile.ui.common.Words;

/**
 * The Export view of the shown case: the route's profile (the plan's suggestion until the buyer picks another), the
 * budget as typed (checked beside each field), the plan (estimated size, what the checklist still misses), a preview
 * of the real pages, and the export itself with progress, cancel and its result.
 */
public final class ExportViewModel {
    private final ExportService exports;
    private final BackgroundExecutor executor;
    /** The export, on the same queue as imports and saves. */
    private final JobRunner exportJob;
    /** The page preview, on a queue of its own: a newer one replaces an older one still drawing. */
    private final JobRunner previewJob;
    private final Executor fxThread;
    private final Consumer<Path> opener;

    private final ObjectProperty<PacketProfile> profile = new SimpleObjectProperty<>();
    private final StringProperty maxSize = new SimpleStringProperty("");
    private final BooleanProperty originals = new SimpleBooleanProperty();
    private final BooleanProperty hideContact = new SimpleBooleanProperty();
    /** The packet's language; the computer's until the window's language setting takes over this default. */
    private final ObjectProperty<Language> language = new SimpleObjectProperty<>(Words.language());
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
    private final ObjectProperty<ExportResult> result = new SimpleObjectProperty<>();
    private final StringProperty leaveOutOffer = new SimpleStringProperty("");
    /** Evidence the buyer chose to leave out of this case's packet (its file is missing or changed on disk). */
    private final java.util.Set<Long> leftOut = new java.util.HashSet<>();
    private org.casefile.domain.Evidence refused;
    private Path lastOut;

    private Case shown;
    private boolean profileChosen;
    private boolean settingDefaults;
    /** Counts the plans asked for: an older one's answer is dropped. */
    private int generation;

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
        this.exportJob = new JobRunner(executor, fxThread);
        this.previewJob = new JobRunner(previews, fxThread);
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

    public StringProperty previewTextProperty() { return previewJob.messageProperty(); }

    /** True while the pages are being drawn again; the old ones stay in view until then. */
    public ReadOnlyBooleanProperty previewingProperty() { return previewJob.runningProperty(); }

    public ReadOnlyBooleanProperty exportingProperty() { return exportJob.runningProperty(); }

    public ReadOnlyDoubleProperty progressProperty() { return exportJob.progressProperty(); }

    public ReadOnlyStringProperty stageProperty() { return exportJob.stageProperty(); }

    public ObjectProperty<ExportResult> resultProperty() { return result; }

    public StringProperty noticeProperty() { return exportJob.messageProperty(); }

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
            if (!exportJob.isRunning()) {
                // A running export finishes and reports its file, whichever case is shown by then.
                result.set(null);
                noticeProperty().set("");
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
        // The platform's and route's names in the window's language, as the buyer will look for the file.
        String name = "Casefile " + Words.label(shown.facts().platform()) + " " + shown.facts().orderNumber() + " "
                + Words.label(profile.get());
        return name.replaceAll("[\\\\/:*?\"<>|]", "-") + ".pdf";
    }

    private void budgetOf(PacketProfile chosen) {
        ExportRequest defaults = ExportRequest.of(chosen);
        originals.set(defaults.originals());
        maxSize.set(defaults.originals() ? "" : megabytes(defaults.maxBytes()));
        maxPages.set(defaults.maxPages() == 0 ? "" : String.valueOf(defaults.maxPages()));
    }

    static String megabytes(long bytes) {
        return BudgetText.megabytes(bytes);
    }

    /** The request as typed, or null with the problem shown beside its field. */
    public ExportRequest request() {
        maxSizeError.set("");
        maxPagesError.set("");
        long bytes = 0;
        if (!originals.get()) {
            try {
                bytes = BudgetText.size(maxSize.get());
            } catch (CasefileException e) {
                maxSizeError.set(e.getMessage());
            }
        }
        int pageBudget = 0;
        try {
            pageBudget = BudgetText.pages(maxPages.get());
        } catch (CasefileException e) {
            maxPagesError.set(e.getMessage());
        }
        if (!maxSizeError.get().isEmpty() || !maxPagesError.get().isEmpty()) {
            return null;
        }
        return new ExportRequest(profile.get(), bytes, pageBudget, hideContact.get()).leavingOut(leftOut)
                .inLanguage(language.get());
    }

    /** Stops drawing the preview (the tab was left or the window closed): its queue is free again at once. */
    public void stopPreview() {
        generation++;
        previewJob.forget();
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
        if (request == null) {
            previewJob.forget();
            previewTextProperty().set(Words.get("export.correctBudgetPreview"));
            return;
        }
        long caseId = shown.id();
        int asked = ++generation;
        executor.submit(() -> exports.plan(caseId, request), planned -> {
            if (asked == generation) {
                showPlan(planned, request);
            }
        }, failure -> {
            if (asked == generation) {
                planText.set(Messages.of(failure));
            }
        });
        previewJob.replace(Words.get("export.drawing"), (progress, cancelled) -> preview(caseId, request, cancelled),
                rendered -> Words.get("export.pagesDrawn", rendered.size()),
                pages::setAll, failure -> pages.clear());
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
        missing.setAll(planned.missing().stream().map(Words::get).toList());
        doubtful.setAll(planned.doubtful().stream().map(Words::get).toList());
        closedRoute.set(planned.closedRoute() == null ? "" : Words.get(planned.closedRoute()));
        String counts = Words.get("export.plan.counts", planned.exhibits(), planned.pairs(),
                megabytes(planned.estimatedBytes()));
        planText.set(request.originals() ? Words.get("export.plan.originals", counts)
                : Words.get(planned.fits() ? "export.plan.fits" : "export.plan.over", counts,
                megabytes(request.maxBytes())));
    }

    /** The real export's pages, drawn small (the export service writes and deletes the file). */
    private List<BufferedImage> preview(long caseId, ExportRequest request, BooleanSupplier cancelled)
            throws Exception {
        return exports.previewPages(caseId, request, PagePreview.DPI, cancelled);
    }

    /** Writes the packet to {@code out}; a cancelled or failed export leaves no file there. */
    public void export(Path out) {
        if (out == null || shown == null || exportJob.isRunning()) {
            return;
        }
        ExportRequest request = request();
        if (request == null) {
            noticeProperty().set(Words.get("export.correctBudget"));
            return;
        }
        if (blockedByClosedRoute()) {
            noticeProperty().set(closedRoute.get());
            return;
        }
        previewJob.cancel();
        long caseId = shown.id();
        result.set(null);
        leaveOutOffer.set("");
        lastOut = out;
        exportJob.start("", (progress, cancelled) -> {
            progress.update(Words.get("export.starting"), 0, 0);
            return exports.export(caseId, request, out, progress, cancelled);
        }, written -> Words.get(written.imageStepPhrase() == null ? "export.saved" : "export.savedShrunk",
                written.file().getFileName().toString(), megabytes(written.bytes()), written.pages(), written.images(),
                written.imageStepPhrase()), Words.get("export.cancelled"), result::set,
                failure -> RefusedFile.of(failure).ifPresent(evidence -> {
                    refused = evidence;
                    leaveOutOffer.set(Words.get("export.leaveOut", evidence.originalName()));
                }));
    }

    public void cancel() {
        exportJob.cancel();
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
