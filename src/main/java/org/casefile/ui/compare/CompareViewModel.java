package org.casefile.ui.compare;

import org.casefile.ui.common.Words;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.casefile.app.CaseDetails;
import org.casefile.app.ClaimService;
import org.casefile.app.PairImages;
import org.casefile.domain.Discrepancy;
import org.casefile.domain.Evidence;
import org.casefile.domain.EvidenceKind;
import org.casefile.domain.Pair;
import org.casefile.ui.common.BackgroundExecutor;
import org.casefile.ui.common.Messages;

/**
 * The listing-versus-received pairs of the shown case: make one from two pictures, caption it, remove it. The
 * pictures to choose from are offered by role, so only a listing can go left and only a photo of what arrived right.
 */
public final class CompareViewModel {
    /** One pair with its two pictures, as the view shows it. */
    public record Row(Pair pair, Evidence listing, Evidence received) {
    }

    private final ClaimService claims;
    private final PairImages images;
    private final BackgroundExecutor executor;
    private final Path thumbnails;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ObservableList<Evidence> listings = FXCollections.observableArrayList();
    private final ObservableList<Evidence> arrivals = FXCollections.observableArrayList();
    private final ObservableList<Discrepancy> discrepancies = FXCollections.observableArrayList();
    private final StringProperty notice = new SimpleStringProperty("");
    private final BooleanProperty canPair = new SimpleBooleanProperty();
    private Map<Long, Evidence> evidence = Map.of();
    private long caseId;
    private Runnable onChanged = () -> { };

    public CompareViewModel(ClaimService claims, PairImages images, BackgroundExecutor executor, Path thumbnails) {
        this.claims = claims;
        this.images = images;
        this.executor = executor;
        this.thumbnails = thumbnails;
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    /** Pictures that may go on the left: listing screenshots. */
    public ObservableList<Evidence> listings() {
        return listings;
    }

    /** Pictures that may go on the right: what arrived, damage, packaging, label. */
    public ObservableList<Evidence> arrivals() {
        return arrivals;
    }

    /** The "advertised versus received" rows, shown read-only above the pairs. */
    public ObservableList<Discrepancy> discrepancies() {
        return discrepancies;
    }

    public StringProperty noticeProperty() {
        return notice;
    }

    /** True when the case has at least one picture for each side. */
    public BooleanProperty canPairProperty() {
        return canPair;
    }

    /** Told after a pair was added, captioned or removed, so the case (timeline, checklist) is read again. */
    public void setOnChanged(Runnable onChanged) {
        this.onChanged = onChanged;
    }

    public long caseId() {
        return caseId;
    }

    public void show(CaseDetails details) {
        if (caseId != details.theCase().id()) {
            notice.set("");
        }
        caseId = details.theCase().id();
        evidence = details.evidence().stream().collect(Collectors.toMap(Evidence::id, Function.identity()));
        listings.setAll(details.evidence().stream().filter(e -> e.isImage() && e.kind() == EvidenceKind.LISTING)
                .toList());
        arrivals.setAll(details.evidence().stream().filter(e -> e.isImage() && e.kind().showsWhatArrived())
                .toList());
        canPair.set(!listings.isEmpty() && !arrivals.isEmpty());
        discrepancies.setAll(details.discrepancies());
        showPairs(details.pairs());
    }

    /** What the empty Compare tab says: why pairs matter, and what is missing before one can be made. */
    public String emptyText() {
        String why = Words.get("compare.why");
        if (listings.isEmpty() && arrivals.isEmpty()) {
            return why + "\n\n" + Words.get("compare.firstBoth");
        }
        if (listings.isEmpty()) {
            return why + "\n\n" + Words.get("compare.firstListing");
        }
        if (arrivals.isEmpty()) {
            return why + "\n\n" + Words.get("compare.firstArrived");
        }
        return why + "\n\n" + Words.get("compare.clickNewPair");
    }

    public Path thumbnail(Evidence item) {
        return thumbnails.resolve(item.sha256() + ".jpg");
    }

    public void add(Evidence listing, Evidence received, String caption) {
        if (listing == null || received == null) {
            notice.set(Words.get("compare.choose"));
            return;
        }
        long target = caseId;
        act(() -> claims.addPair(target, listing.id(), received.id(), caption), Words.get("compare.added",
                listing.originalName(), received.originalName()));
    }

    public void caption(Row row, String caption) {
        long target = caseId;
        act(() -> claims.captionPair(target, row.pair().id(), caption), Words.get("compare.captionSaved"));
    }

    public void remove(Row row) {
        long target = caseId;
        act(() -> claims.removePair(target, row.pair().id()), Words.get("compare.removed"));
    }

    /** A file name for the pair saved as one picture: what it shows, readable in an upload form. */
    public String imageName(Row row) {
        String received = row.received().originalName().replaceAll("\\.[^.]*$", "");
        return Words.get("compare.imageName", received).replaceAll("[\\\\/:*?\"<>|]", "-");
    }

    /** Saves the pair as one JPEG at {@code out} (null: the buyer cancelled the dialog). */
    public void saveImage(Row row, Path out) {
        if (out == null) {
            return;
        }
        long target = caseId;
        executor.submit(() -> images.save(target, row.pair().id(), out), bytes -> notice.set(Words.get(
                "compare.imageSaved", out.getFileName().toString(), bytes / 1_000_000.0)), failure -> notice.set(
                Messages.of(failure)));
    }

    private void act(Runnable work, String done) {
        long target = caseId;
        executor.submit(() -> {
            work.run();
            return claims.pairs(target);
        }, pairs -> {
            if (target == caseId) {
                showPairs(pairs);
                notice.set(done);
            }
            onChanged.run();
        }, failure -> notice.set(Messages.of(failure)));
    }

    private void showPairs(List<Pair> pairs) {
        rows.setAll(pairs.stream().filter(p -> evidence.containsKey(p.listingId())
                && evidence.containsKey(p.receivedId()))
                .map(p -> new Row(p, evidence.get(p.listingId()), evidence.get(p.receivedId()))).toList());
    }
}
