package org.casefile.ui.export;

import java.nio.file.Path;
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
import org.casefile.app.KitResult;
import org.casefile.app.KitService;
import org.casefile.domain.Case;
import org.casefile.domain.UploadDestination;
import org.casefile.ui.common.BackgroundExecutor;
import org.casefile.ui.common.Messages;

/**
 * The "Upload kit…" action of the Export view: where the files go (the case's platform until the buyer picks
 * another), the kit made off the FX thread with progress and cancel, and what it holds or why it was not written.
 */
public final class KitViewModel {
    private final KitService kits;
    private final BackgroundExecutor executor;
    private final Executor fxThread;
    private final Consumer<Path> opener;

    private final ObjectProperty<UploadDestination> destination = new SimpleObjectProperty<>(
            UploadDestination.ALIEXPRESS);
    private final BooleanProperty running = new SimpleBooleanProperty();
    private final DoubleProperty progress = new SimpleDoubleProperty();
    private final StringProperty notice = new SimpleStringProperty("");
    private final ObjectProperty<KitResult> result = new SimpleObjectProperty<>();
    private Case shown;
    private AtomicBoolean cancel = new AtomicBoolean();

    public KitViewModel(KitService kits, BackgroundExecutor executor, Executor fxThread, Consumer<Path> opener) {
        this.kits = kits;
        this.executor = executor;
        this.fxThread = fxThread;
        this.opener = opener;
    }

    public ObjectProperty<UploadDestination> destinationProperty() { return destination; }

    public BooleanProperty runningProperty() { return running; }

    public DoubleProperty progressProperty() { return progress; }

    public StringProperty noticeProperty() { return notice; }

    public ObjectProperty<KitResult> resultProperty() { return result; }

    /** Shows {@code theCase}: its marketplace's form is the first guess. */
    public void show(Case theCase) {
        if (theCase != null && (shown == null || shown.id() != theCase.id())) {
            destination.set(switch (theCase.facts().platform()) {
                case EBAY -> UploadDestination.EBAY;
                case AMAZON -> UploadDestination.AMAZON;
                default -> UploadDestination.ALIEXPRESS;
            });
            notice.set("");
            result.set(null);
        }
        shown = theCase;
    }

    /** A folder name that says what the kit is for. */
    public String suggestedName() {
        String order = shown == null ? "" : " " + shown.facts().orderNumber();
        return ("Upload kit " + destination.get().label() + order).replaceAll("[\\\\/:*?\"<>|()]", "-");
    }

    /** Writes the kit into the new folder {@code out}; a kit the form would refuse is not written. */
    public void make(Path out, boolean hideContact) {
        if (out == null || shown == null || running.get()) {
            return;
        }
        long caseId = shown.id();
        UploadDestination to = destination.get();
        AtomicBoolean stop = new AtomicBoolean();
        cancel = stop;
        running.set(true);
        progress.set(-1);
        result.set(null);
        notice.set("");
        executor.submit(() -> kits.make(caseId, to, out, hideContact, (what, done, total) -> fxThread.execute(
                () -> progress.set(total <= 0 ? -1 : (double) done / total)), stop::get), kit -> {
            running.set(false);
            result.set(kit);
            StringBuilder text = new StringBuilder("Kit for " + to.label() + " in " + kit.folder().getFileName()
                    + ": " + (kit.uploads().isEmpty() ? "the text to paste (this form takes no files)"
                    : kit.uploads().size() + " file" + (kit.uploads().size() == 1 ? "" : "s") + " to upload")
                    + ", each checked against the form's rules. UPLOAD.txt says what goes where.");
            kit.notes().forEach(note -> text.append("\n• ").append(note));
            notice.set(text.toString());
        }, failure -> {
            running.set(false);
            notice.set(stop.get() ? "Cancelled; no kit was written." : Messages.of(failure));
        });
    }

    public void cancel() {
        cancel.set(true);
    }

    public void openFolder() {
        if (result.get() != null) {
            opener.accept(result.get().folder());
        }
    }
}
