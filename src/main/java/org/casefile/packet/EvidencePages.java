package org.casefile.packet;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.IntConsumer;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.casefile.domain.Evidence;
import org.casefile.domain.EvidenceKind;
import org.casefile.packet.image.ImageJob;
import org.casefile.packet.image.ImagePreparer;
import org.casefile.packet.image.ImageStep;
import org.casefile.packet.image.PageImages;
import org.casefile.packet.image.PreparedImage;
import org.casefile.packet.pdf.PageFlow;
import org.casefile.packet.pdf.Texts;

/**
 * The pages with pictures: listing beside what arrived, other evidence by kind, tracking. Pictures are prepared and
 * embedded one at a time, in page order, through {@link ImagePreparer#prepareEach}, so a case with hundreds of photos
 * never holds more than a few in memory. A dry run lays out the same boxes without reading a single picture.
 */
final class EvidencePages {
    private static final float GAP = 14;

    private final CaseSnapshot snapshot;
    private final EvidenceFiles files;
    private final ImagePreparer preparer;
    private final PacketBuilder.Options options;
    private final BooleanSupplier cancelled;
    private final IntConsumer imageDone;

    final Map<String, Integer> exhibitPages = new LinkedHashMap<>();
    final Map<String, String> embeddedHashes = new LinkedHashMap<>();
    final Map<String, Long> embeddedBytes = new LinkedHashMap<>();
    int images;
    private int imagesSeen;

    EvidencePages(CaseSnapshot snapshot, EvidenceFiles files, ImagePreparer preparer, PacketBuilder.Options options,
                  BooleanSupplier cancelled, IntConsumer imageDone) {
        this.snapshot = snapshot;
        this.files = files;
        this.preparer = preparer;
        this.options = options;
        this.cancelled = cancelled;
        this.imageDone = imageDone;
    }

    /** A box on a page to fill with an exhibit's picture, or with a placeholder when it has none. */
    private abstract class Slot {
        final CaseSnapshot.Exhibit exhibit;
        final Optional<Path> picture;

        Slot(CaseSnapshot.Exhibit exhibit) {
            this.exhibit = exhibit;
            this.picture = options.dryRun() ? Optional.empty() : files.picture(exhibit);
        }

        /** The job to prepare, sized for the picture as drawn in the box at the profile's dpi. */
        ImageJob job() {
            int dpiEdge = options.maxDpi() <= 0 ? 0 : Math.max(1, (int) Math.floor(ExhibitBoxes.drawnLongEdge(
                    exhibit.evidence(), boxWidth(), boxHeight()) / 72f * options.maxDpi()));
            // A video's poster frame is written upright by ffmpeg; a photo's (or HEIC copy's) orientation still applies.
            Evidence e = exhibit.evidence();
            int orientation = e.uprightOrientation();
            return new ImageJob(picture.orElseThrow(), orientation, dpiEdge);
        }

        abstract float boxWidth();

        abstract float boxHeight();

        /** Places the box (and any heading before it), then draws {@code image}, or a placeholder when null. */
        abstract void draw(PDImageXObject image, PreparedImage prepared) throws IOException;
    }

    /** An exhibit's picture as embedded once, shared by every box that shows it. */
    private record Embedded(PDImageXObject image, PreparedImage prepared) {
    }

    private final Map<String, Embedded> embedded = new HashMap<>();
    /** Exhibits whose picture could not be prepared (letter → the buyer's reason): a placeholder and a note each. */
    final Map<String, String> failures = new LinkedHashMap<>();

    /**
     * Runs the slots in order: pictures through the preparer, placeholders in between. An exhibit shown in several
     * boxes (a listing compared with two photos) is prepared and embedded once, sized for its largest box; a picture
     * that cannot be prepared becomes a placeholder saying why, and the rest goes on.
     */
    private void run(PageFlow flow, List<Slot> slots) {
        Map<String, Slot> firsts = new LinkedHashMap<>();
        Map<String, Integer> edges = new HashMap<>();
        for (Slot slot : slots) {
            String letter = slot.exhibit.letter();
            if (slot.picture.isEmpty() || embedded.containsKey(letter) || failures.containsKey(letter)) {
                continue;
            }
            firsts.putIfAbsent(letter, slot);
            // Without a resolution cap, sized for its largest box; with one, for its smallest, so that no box
            // shows it above the cap.
            edges.merge(letter, slot.job().maxLongEdge(), (a, b) -> a == 0 || b == 0 ? 0
                    : options.maxDpi() > 0 ? Math.min(a, b) : Math.max(a, b));
        }
        List<Slot> first = List.copyOf(firsts.values());
        List<ImageJob> jobs = first.stream().map(slot -> {
            ImageJob job = slot.job();
            return new ImageJob(job.file(), job.orientation(), edges.get(slot.exhibit.letter()));
        }).toList();
        Map<Slot, Integer> position = new java.util.IdentityHashMap<>();
        for (int i = 0; i < slots.size(); i++) {
            position.put(slots.get(i), i);
        }
        int[] next = {0};
        IntConsumer drawUntil = until -> {
            while (next[0] < until) {
                Slot slot = slots.get(next[0]++);
                Embedded shown = embedded.get(slot.exhibit.letter());
                try {
                    slot.draw(shown == null ? null : shown.image(), shown == null ? null : shown.prepared());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        };
        int[] done = {0};
        try {
            preparer.prepareEach(jobs, options.step(), prepared -> {
                Slot slot = first.get(done[0]++);
                String letter = slot.exhibit.letter();
                try {
                    embedded.put(letter, new Embedded(PageImages.embed(flow.document(), prepared), prepared));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                images++;
                files.embedded(slot.exhibit, prepared);
                embeddedHashes.putIfAbsent(letter, prepared.sha256());
                embeddedBytes.merge(letter, prepared.size(), Long::sum);
                drawUntil.accept(position.get(slot) + 1);
                imageDone.accept(++imagesSeen);
            }, (job, e) -> {
                Slot slot = first.get(done[0]++);
                failures.put(slot.exhibit.letter(), e.getMessage());
                drawUntil.accept(position.get(slot) + 1);
                imageDone.accept(++imagesSeen);
            }, cancelled);
        } catch (UncheckedIOException e) {
            Slot failed = done[0] > 0 && done[0] <= first.size() ? first.get(done[0] - 1) : null;
            throw new PacketException("Could not put " + (failed == null ? "a picture"
                    : "exhibit " + failed.exhibit.letter() + " (" + failed.exhibit.evidence().originalName() + ")")
                    + " in the packet: " + e.getCause().getMessage(), e);
        }
        if (cancelled.getAsBoolean()) {
            throw new PacketCancelledException();
        }
        drawUntil.accept(slots.size());
    }

    // ---- listing versus received ----

    void pairs(PageFlow flow) throws IOException {
        if (snapshot.pairs().isEmpty()) {
            return;
        }
        flow.newPage();
        flow.title(snapshot.text().get("pairs.title"));
        PictureLayout layout = options.layout();
        float blockHeight = (PageFlow.TOP - PageFlow.BOTTOM - 50) / layout.pairsPerPage();
        float imageHeight = Math.min(layout.pairImageHeight(), blockHeight - 70);
        List<Slot> slots = new ArrayList<>();
        int number = 0;
        for (CaseSnapshot.PairView pair : snapshot.pairs()) {
            number++;
            PairBlock block = new PairBlock(pair, number, imageHeight, blockHeight);
            slots.add(block.left);
            slots.add(block.right);
        }
        run(flow, slots);
    }

    /**
     * One comparison: its caption prominent above, then the listing and what arrived side by side at the same height,
     * together filling the text width (each about half, in proportion to its shape), then letters, captions and
     * capture times under each.
     */
    private final class PairBlock {
        private static final float CAPTION_SIZE = 13;
        final CaseSnapshot.PairView pair;
        final int number;
        final float height;
        final float leftWidth;
        final float rightWidth;
        float top;
        final Slot left;
        final Slot right;

        PairBlock(CaseSnapshot.PairView pair, int number, float maxHeight, float blockHeight) {
            this.pair = pair;
            this.number = number;
            float aspectL = ExhibitBoxes.aspect(pair.listing().evidence());
            float aspectR = ExhibitBoxes.aspect(pair.received().evidence());
            // Same height for both, and the two widths plus the gap make the text width; the page's height caps it.
            float fill = (PageFlow.WIDTH - GAP) / (aspectL + aspectR);
            this.height = Math.min(maxHeight, fill);
            float spare = PageFlow.WIDTH - GAP - height * (aspectL + aspectR);
            // What is left when the height is capped goes to both boxes equally (pictures stay centred in them).
            this.leftWidth = height * aspectL + Math.max(0, spare) / 2;
            this.rightWidth = PageFlow.WIDTH - GAP - leftWidth;
            this.left = new Slot(pair.listing()) {
                float boxWidth() {
                    return leftWidth;
                }

                float boxHeight() {
                    return height;
                }

                void draw(PDImageXObject image, PreparedImage prepared) throws IOException {
                    start();
                    picture(image, prepared, exhibit, PageFlow.MARGIN, top - height, leftWidth, height);
                    ExhibitBoxes.caption(flowRef, snapshot.text(), exhibit, snapshot.text().get("pairs.listing"),
                            PageFlow.MARGIN, top - height - 6, leftWidth);
                }
            };
            this.right = new Slot(pair.received()) {
                float boxWidth() {
                    return rightWidth;
                }

                float boxHeight() {
                    return height;
                }

                void draw(PDImageXObject image, PreparedImage prepared) throws IOException {
                    float x0 = PageFlow.MARGIN + leftWidth + GAP;
                    picture(image, prepared, exhibit, x0, top - height, rightWidth, height);
                    ExhibitBoxes.caption(flowRef, snapshot.text(), exhibit, snapshot.text().get("pairs.received"), x0,
                            top - height - 6, rightWidth);
                    flowRef.moveTo(top - height - 6 - 4 * PageFlow.leading(ExhibitBoxes.CAPTION) - 18);
                }
            };
        }

        private void start() throws IOException {
            PageFlow flow = flowRef;
            PacketText t = snapshot.text();
            String headline = pair.caption() != null ? pair.caption()
                    : t.get("pairs.against", pair.listing().letter(), pair.received().letter());
            float headlineHeight = flow.wrap(headline, CAPTION_SIZE, true, PageFlow.WIDTH).size()
                    * PageFlow.leading(CAPTION_SIZE);
            flow.ensure(headlineHeight + PageFlow.leading(9) + 6 + height + 6
                    + 4 * PageFlow.leading(ExhibitBoxes.CAPTION) + 18);
            flow.paragraph(t.get("pairs.comparison", number, pair.listing().letter(), pair.received().letter()), 9,
                    true, PageFlow.ACCENT, 0);
            flow.paragraph(headline, CAPTION_SIZE, true, PageFlow.INK, 0);
            flow.down(6);
            top = flow.y();
        }
    }

    private PageFlow flowRef;

    void bind(PageFlow flow) {
        this.flowRef = flow;
    }

    /** Draws the picture into the box, or a placeholder saying what the exhibit is and where to find it. */
    private void picture(PDImageXObject image, PreparedImage prepared, CaseSnapshot.Exhibit exhibit, float x,
                         float bottom, float w, float h) throws IOException {
        PageFlow flow = flowRef;
        exhibitPages.putIfAbsent(exhibit.letter(), flow.pageNumber());
        if (image != null) {
            float[] drawn = PageImages.draw(flow.content(), image, prepared.orientation(), x, bottom, w, h);
            flow.frame(drawn[0], drawn[1], drawn[2], drawn[3], PageFlow.RULE, 0.5f);
            return;
        }
        ExhibitBoxes.placeholder(flow, snapshot.text(), exhibit, options.dryRun(), options.dryRun() ? null
                : failures.get(exhibit.letter()), x, bottom, w, h);
    }

    // ---- galleries: other evidence, tracking ----

    /** A grid of exhibits in groups by kind, under {@code title}; returns false when there was nothing to show. */
    boolean gallery(PageFlow flow, String title, String intro, List<CaseSnapshot.Exhibit> exhibits, int columns,
                    float imageHeight) throws IOException {
        if (exhibits.isEmpty() && intro == null) {
            return false;
        }
        if (exhibits.isEmpty()) {
            flow.startSection(120);
        } else {
            flow.newPage();
        }
        flow.title(title);
        if (intro != null) {
            flow.paragraph(intro);
        }
        Grid grid = new Grid(columns, imageHeight);
        List<Slot> slots = new ArrayList<>();
        EvidenceKind previous = null;
        for (CaseSnapshot.Exhibit exhibit : exhibits) {
            EvidenceKind kind = exhibit.evidence().kind();
            // Headings by kind in the roomy layout; a tight one saves the rows they would start.
            boolean heading = kind != previous && options.layout() == PictureLayout.ROOMY;
            previous = kind;
            slots.add(grid.slot(exhibit, heading ? snapshot.text().get("gallery.kind." + kind.name()) : null));
        }
        run(flow, slots);
        grid.finish();
        return true;
    }

    private final class Grid {
        final int columns;
        final float imageHeight;
        final float cellWidth;
        final float cellHeight;
        int column;
        float rowTop;
        boolean rowStarted;

        Grid(int columns, float imageHeight) {
            this.columns = columns;
            this.imageHeight = imageHeight;
            this.cellWidth = (PageFlow.WIDTH - (columns - 1) * GAP) / columns;
            this.cellHeight = imageHeight + 6 + 4 * PageFlow.leading(ExhibitBoxes.CAPTION) + 10;
            this.column = columns;
        }

        Slot slot(CaseSnapshot.Exhibit exhibit, String heading) {
            return new Slot(exhibit) {
                float boxWidth() {
                    return cellWidth;
                }

                float boxHeight() {
                    return imageHeight;
                }

                void draw(PDImageXObject image, PreparedImage prepared) throws IOException {
                    PageFlow flow = flowRef;
                    if (heading != null || column >= columns) {
                        if (rowStarted) {
                            flow.moveTo(rowTop - cellHeight);
                        }
                        column = 0;
                        rowStarted = true;
                        float needed = cellHeight + (heading == null ? 0 : 30);
                        flow.ensure(needed);
                        if (heading != null) {
                            flow.subheading(heading);
                        }
                        rowTop = flow.y();
                    }
                    float x = PageFlow.MARGIN + column * (cellWidth + GAP);
                    picture(image, prepared, exhibit, x, rowTop - imageHeight, cellWidth, imageHeight);
                    ExhibitBoxes.caption(flowRef, snapshot.text(), exhibit,
                            snapshot.text().label(exhibit.evidence().kind()), x, rowTop - imageHeight - 6, cellWidth);
                    column++;
                }
            };
        }

        void finish() {
            if (rowStarted) {
                flowRef.moveTo(rowTop - cellHeight);
            }
        }
    }
}
