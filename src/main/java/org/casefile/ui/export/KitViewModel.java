package org.casefile.ui.export;

import java.nio.file.Path;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.StringProperty;
import org.casefile.app.KitResult;
import org.casefile.app.KitService;
import org.casefile.domain.Case;
import org.casefile.domain.UploadDestination;
import org.casefile.domain.text.Language;
import org.casefile.ui.common.BackgroundExecutor;
import org.casefile.ui.common.JobRunner;
import org.casefile.ui.common.Words;

/**
 * The "Upload kit…" action of the Export view: where the files go (the case's platform until the buyer picks
 * another), the kit made off the FX thread with progress and cancel, and what it holds or why it was not written.
 */
public final class KitViewModel {
    private final KitService kits;
    private final JobRunner jobs;
    private final Consumer<Path> opener;

    private final ObjectProperty<UploadDestination> destination = new SimpleObjectProperty<>(
            UploadDestination.ALIEXPRESS);
    private final ObjectProperty<KitResult> result = new SimpleObjectProperty<>();
    private Case shown;

    public KitViewModel(KitService kits, BackgroundExecutor executor, Executor fxThread, Consumer<Path> opener) {
        this.kits = kits;
        this.jobs = new JobRunner(executor, fxThread);
        this.opener = opener;
    }

    public ObjectProperty<UploadDestination> destinationProperty() { return destination; }

    public ReadOnlyBooleanProperty runningProperty() { return jobs.runningProperty(); }

    public ReadOnlyDoubleProperty progressProperty() { return jobs.progressProperty(); }

    public StringProperty noticeProperty() { return jobs.messageProperty(); }

    public ObjectProperty<KitResult> resultProperty() { return result; }

    /** Shows {@code theCase}: its marketplace's form is the first guess. */
    public void show(Case theCase) {
        if (theCase != null && (shown == null || shown.id() != theCase.id())) {
            destination.set(switch (theCase.facts().platform()) {
                case EBAY -> UploadDestination.EBAY;
                case AMAZON -> UploadDestination.AMAZON;
                default -> UploadDestination.ALIEXPRESS;
            });
            jobs.messageProperty().set("");
            result.set(null);
        }
        shown = theCase;
    }

    /** A folder name that says what the kit is for. */
    public String suggestedName() {
        String order = shown == null ? "" : " " + shown.facts().orderNumber();
        return (Words.get("kit.folderName", Words.label(destination.get()) + order)).replaceAll("[\\\\/:*?\"<>|()]", "-");
    }

    /**
     * Writes the kit into the new folder {@code out}, its words (UPLOAD.txt, the pair pictures, the packet) in
     * {@code language}; a kit the form would refuse is not written.
     */
    public void make(Path out, boolean hideContact, Language language) {
        if (out == null || shown == null || jobs.isRunning()) {
            return;
        }
        long caseId = shown.id();
        UploadDestination to = destination.get();
        result.set(null);
        jobs.start("", (progress, cancelled) -> kits.make(caseId, to, out, hideContact, language, progress, cancelled),
                kit -> {
                    StringBuilder text = new StringBuilder(Words.get(kit.uploads().isEmpty() ? "kit.doneText"
                            : "kit.doneFiles", Words.label(to), kit.folder().getFileName().toString(),
                            kit.uploads().size()));
                    kit.notePhrases().forEach(note -> text.append("\n• ").append(Words.get(note)));
                    return text.toString();
                }, Words.get("kit.cancelled"), result::set);
    }

    public void cancel() {
        jobs.cancel();
    }

    public void openFolder() {
        if (result.get() != null) {
            opener.accept(result.get().folder());
        }
    }
}
