package org.casefile.ui.evidence;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.casefile.app.CaseDetails;
import org.casefile.app.EvidenceService;
import org.casefile.app.FileCheck;
import org.casefile.domain.Evidence;
import org.casefile.domain.EvidenceKind;
import org.casefile.domain.ImportOutcome;
import org.casefile.ui.common.Words;
import org.casefile.ui.common.BackgroundExecutor;
import org.casefile.ui.common.JobRunner;
import org.casefile.ui.common.Messages;

/** The evidence of the shown case, and imports into it with progress and cancel. */
public final class EvidenceViewModel {
    private final EvidenceService service;
    private final BackgroundExecutor executor;
    private final Path thumbnails;
    private final java.util.concurrent.Executor fxThread;
    private final ObservableList<Evidence> items = FXCollections.observableArrayList();
    /** Imports and checks of the files; its message is this view's notice. */
    private final JobRunner jobs;
    private final ObservableList<String> rejected = FXCollections.observableArrayList();
    private final ObservableList<org.casefile.domain.Checklist.Item> checklist = FXCollections.observableArrayList();
    private volatile long caseId;
    private Path folder;
    private org.casefile.app.FolderWatch watch;
    private Runnable onChanged = () -> { };
    private org.casefile.app.EmailService emails;
    private org.casefile.app.PhoneService phone;

    /**
     * {@code fxThread} is where an import's progress is shown ({@code Platform::runLater} in the app, the calling
     * thread in tests).
     */
    public EvidenceViewModel(EvidenceService service, BackgroundExecutor executor,
                             java.util.concurrent.Executor fxThread, Path thumbnails) {
        this.service = service;
        this.executor = executor;
        this.fxThread = fxThread;
        this.jobs = new JobRunner(executor, fxThread);
        this.thumbnails = thumbnails;
    }

    private org.casefile.app.RedactionService redactions;

    /** Lets the large preview hide parts of a picture. */
    public EvidenceViewModel withRedactions(org.casefile.app.RedactionService service) {
        this.redactions = service;
        return this;
    }

    /** The boxes of one picture for the preview to edit, loading; null where redaction is not offered. */
    public RedactionBoxesModel redactions(Evidence evidence) {
        if (redactions == null || evidence.isVideo()) {
            return null;
        }
        RedactionBoxesModel model = new RedactionBoxesModel(redactions, executor, evidence);
        model.load();
        return model;
    }

    public ObservableList<Evidence> items() {
        return items;
    }

    /** Counts the thumbnails made in the background: the grid redraws its tiles when it moves. */
    private final javafx.beans.property.IntegerProperty picturesMade = new javafx.beans.property.SimpleIntegerProperty();

    public javafx.beans.property.ReadOnlyIntegerProperty picturesMadeProperty() {
        return picturesMade;
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return jobs.progressProperty();
    }

    /** True while files are imported or checked. */
    public ReadOnlyBooleanProperty importingProperty() {
        return jobs.runningProperty();
    }

    public StringProperty noticeProperty() {
        return jobs.messageProperty();
    }

    /** The files of the last import that were refused, each with its reason. */
    public ObservableList<String> rejected() {
        return rejected;
    }

    /** What the mediator will look for, and whether this case has it yet. */
    public ObservableList<org.casefile.domain.Checklist.Item> checklist() {
        return checklist;
    }

    public void setOnChanged(Runnable onChanged) {
        this.onChanged = onChanged;
    }

    private org.casefile.domain.CaseFacts facts;

    /** A picture of what arrived taken before the order: the grid flags it, so the buyer can check it. */
    public boolean takenBeforeOrder(org.casefile.domain.Evidence item) {
        return facts != null && org.casefile.domain.EvidenceDates.takenBeforeOrder(item, facts);
    }

    /** Emails dropped or added here are filed through this (their text kept, attachments imported). */
    public void setEmails(org.casefile.app.EmailService emails) {
        this.emails = emails;
    }

    public void setPhone(org.casefile.app.PhoneService phone) {
        this.phone = phone;
    }

    /**
     * Starts the phone upload page for the shown case on this computer's local-network address; each file's outcome
     * goes to {@code arrived} on the FX thread, and the evidence shown is reloaded.
     */
    public org.casefile.app.PhoneService.PhoneSession openPhone(EvidenceKind kind,
                                                                java.util.function.Consumer<ImportOutcome> arrived) {
        return phone.open(caseId, kind, null, 0, outcome -> fxThread.execute(() -> {
            arrived.accept(outcome);
            onChanged.run();
            remakeMissingPictures();
        }));
    }

    /** Imports a picture from the clipboard (a screenshot just taken) as evidence of {@code kind}. */
    public void pastePicture(org.casefile.app.Picture picture, EvidenceKind kind) {
        long target = caseId;
        rejected.clear();
        noticeProperty().set(Words.get("evidence.pasting"));
        executor.submit(() -> List.of(service.importPicture(target, kind, picture,
                java.time.LocalDateTime.now().withNano(0))), outcomes -> {
                    noticeProperty().set(summary(outcomes, false));
                    onChanged.run();
                    remakeMissingPictures();
                }, failure -> noticeProperty().set(Messages.of(failure)));
    }

    public void show(CaseDetails details) {
        boolean another = caseId != details.theCase().id();
        if (another) {
            noticeProperty().set("");
            rejected.clear();
        }
        caseId = details.theCase().id();
        facts = details.theCase().facts();
        folder = service.caseFolder(details.theCase());
        items.setAll(details.evidence());
        checklist.setAll(org.casefile.domain.Checklist.forCase(details.theCase().facts(), details.evidence(),
                details.messages(), details.history()));
        if (another) {
            // Last: with a direct executor the adoption reloads this view before show returns.
            if (watch != null) {
                watch.watch(folder);
            }
            adopt();
            remakeMissingPictures();
        }
    }

    /**
     * Thumbnails and display copies not there yet (an import leaves photos' thumbnails for later, a cleared cache)
     * are made in the background, then shown; the grid shows a placeholder meanwhile.
     */
    private void remakeMissingPictures() {
        long target = caseId;
        java.util.concurrent.atomic.AtomicInteger made = new java.util.concurrent.atomic.AtomicInteger();
        // Every 16 thumbnails the grid is shown again, so a big case does not wait for its last one.
        Runnable eachMade = () -> {
            if (made.incrementAndGet() % 16 == 0) {
                fxThread.execute(() -> {
                    if (target == caseId) {
                        picturesMade.set(picturesMade.get() + 1);
                        onChanged.run();
                    }
                });
            }
        };
        executor.submit(() -> service.remakeMissingPictures(target, eachMade), remade -> {
            if (target != caseId) {
                return;
            }
            // Redrawn even when this run made none: the run started when the case was shown may have made the
            // thumbnails of an import still adding its rows then, so that the grid had no tiles to redraw.
            picturesMade.set(picturesMade.get() + 1);
            if (remade > 0) {
                onChanged.run();
            }
        }, failure -> noticeProperty().set(Messages.of(failure)));
    }

    /** The case's evidence folder on disk, for the file manager. */
    public Path caseFolder() {
        return folder;
    }

    /**
     * From now on, files the user puts into the shown case's folder with their file manager become evidence while
     * the window is open (a watch on the folder, off the FX thread).
     */
    public void watchFolders() {
        if (watch == null) {
            watch = new org.casefile.app.FolderWatch(this::adopt);
            if (folder != null) {
                watch.watch(folder);
            }
        }
    }

    public void stopWatching() {
        if (watch != null) {
            watch.close();
            watch = null;
        }
    }

    /**
     * Takes the files found in the shown case's folder unrecorded as evidence; tells the user once about each one
     * that stays where it is. Called when a case is shown and by the folder watch (from its own thread).
     */
    public void adopt() {
        long target = caseId;
        if (target == 0) {
            return;
        }
        executor.submit(() -> service.adoptUnrecorded(target), adoption -> {
            org.casefile.app.FolderWatch current = watch;
            if (!adoption.waiting().isEmpty() && current != null) {
                current.recheckIn(EvidenceService.SETTLE);
            }
            if (adoption.outcomes().isEmpty() || target != caseId) {
                return;
            }
            adoption.leftAlone().forEach(o -> rejected.add(Words.get("evidence.inCaseFolder",
                    o.file().getFileName().toString(), Words.get(o.reasonPhrase()))));
            long imported = adoption.imported();
            noticeProperty().set(Words.get(adoption.leftAlone().isEmpty() ? "evidence.found" : "evidence.foundLeft",
                    adoption.outcomes().size(), imported, adoption.leftAlone().size()));
            if (imported > 0) {
                onChanged.run();
            }
        }, failure -> noticeProperty().set(Messages.of(failure)));
    }

    public Path thumbnail(Evidence evidence) {
        return thumbnails.resolve(evidence.sha256() + ".jpg");
    }

    /** The evidence as a picture at most {@code maxSide} pixels long, decoded in the background. */
    public void picture(Evidence evidence, int maxSide,
                        java.util.function.Consumer<java.util.Optional<org.casefile.app.Picture>> done,
                        java.util.function.Consumer<Throwable> failed) {
        executor.submit(() -> service.picture(evidence, maxSide), done, failed);
    }

    public Path file(Evidence evidence) {
        return service.file(evidence);
    }

    /** Imports in the background; {@code kind} null means "guess from each name, else what arrived". */
    public void importFiles(List<Path> files, EvidenceKind kind) {
        if (files.isEmpty() || jobs.isRunning()) {
            return;
        }
        long target = caseId;
        rejected.clear();
        jobs.start(files.stream().anyMatch(java.nio.file.Files::isDirectory)
                ? Words.get("evidence.importingFolder") : Words.get("evidence.importingFiles", files.size()),
                (progress, cancelled) -> importNow(target, files, kind, progress, cancelled),
                filed -> summary(filed.outcomes(), filed.stopped()), null, filed -> {
                    onChanged.run();
                    remakeMissingPictures(); // the import left the photos' thumbnails to be made off its path
                }, failure -> {
                    // Each file is recorded on its own: what came in before the failure stays (the grid shows it).
                    if (!(failure instanceof org.casefile.domain.CasefileException)) {
                        noticeProperty().set(Words.get("evidence.importStopped", String.valueOf(failure)));
                    }
                    onChanged.run();
                });
    }

    /** What an import filed, and whether the buyer stopped it before the end. */
    private record Filed(List<ImportOutcome> outcomes, boolean stopped) {
    }

    private Filed importNow(long target, List<Path> files, EvidenceKind kind, org.casefile.app.JobProgress progress,
                            java.util.function.BooleanSupplier cancelled) {
        List<Path> mail = emails == null ? List.of() : files.stream().filter(
                org.casefile.app.EmailService::isEmailFile).toList();
        List<ImportOutcome> filed = new java.util.ArrayList<>();
        if (!mail.isEmpty()) {
            emails.importEmails(mail, target, o -> {
                filed.add(o.email());
                filed.addAll(o.attachments());
            });
        }
        List<Path> others = files.stream().filter(f -> !mail.contains(f)).toList();
        if (!others.isEmpty()) {
            // A dropped folder stands for its files, each of a kind guessed from its own name; listed once, off
            // the FX thread (a folder may hold thousands).
            List<Path> all = EvidenceService.filesToImport(others); // the service takes these as they are
            AtomicInteger done = new AtomicInteger();
            String importing = Words.get("evidence.importing");
            progress.update(importing, 0, all.size());
            filed.addAll(service.importFiles(target, kind, all,
                    outcome -> progress.update(importing, done.incrementAndGet(), all.size()), cancelled));
        }
        return new Filed(filed, cancelled.getAsBoolean());
    }

    /** Says how an import went: how many came in, were there already, and each refusal with its reason. */
    private String summary(List<ImportOutcome> outcomes, boolean stopped) {
        long imported = outcomes.stream().filter(o -> o.status() == ImportOutcome.Status.IMPORTED).count();
        long duplicates = outcomes.stream().filter(o -> o.status() == ImportOutcome.Status.DUPLICATE).count();
        outcomes.stream().filter(o -> o.status() == ImportOutcome.Status.REJECTED)
                .forEach(o -> rejected.add(Words.get("evidence.refusedFile", o.file().getFileName().toString(),
                        Words.get(o.reasonPhrase()))));
        String summary = Words.get("evidence.importSummary", imported, duplicates, rejected.size());
        return stopped ? Words.get("evidence.stoppedPrefix", summary) : summary;
    }

    public void caption(Evidence item, String caption) {
        act(() -> service.caption(caseId, item.id(), caption), Words.get("evidence.captionSaved"));
    }

    public void changeKind(Evidence item, EvidenceKind kind) {
        act(() -> service.changeKind(caseId, item.id(), kind), Words.get("evidence.movedTo",
                item.originalName(), Words.label(kind)));
    }

    public void remove(Evidence item) {
        act(() -> service.remove(caseId, item.id()), Words.get("evidence.trashed",
                item.originalName()));
    }

    /** Re-hashes this case's files; the answer goes to the notice, each problem to the list below it. */
    public void check() {
        long target = caseId;
        jobs.start(Words.get("evidence.checking"),
                (progress, cancelled) -> FileCheck.of(service.verify(target, cancelled)), report -> {
                    rejected.setAll(report.problems());
                    return report.ok() ? Words.get("evidence.allMatch", report.checked())
                            : Words.get("evidence.problems", report.problems().size());
                }, Words.get("evidence.checkStopped"), null);
    }

    private void act(Runnable work, String done) {
        executor.submit(() -> {
            work.run();
            return done;
        }, message -> {
            noticeProperty().set(message);
            onChanged.run();
        }, failure -> noticeProperty().set(Messages.of(failure)));
    }

    public void cancel() {
        jobs.cancel();
    }
}
