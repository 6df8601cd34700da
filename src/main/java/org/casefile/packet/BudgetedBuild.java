package org.casefile.packet;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import org.casefile.domain.text.Phrase;
import org.casefile.domain.text.RuleText;
import org.casefile.packet.image.ImagePreparer;
import org.casefile.packet.image.ImageStep;
import org.casefile.packet.pdf.Texts;

/**
 * Meets a packet's budgets: lays the pages out without pictures to count them (and tightens the picture layout until
 * they fit the page budget), then walks {@link ImageStep#ladder()} down until the file fits the size budget, skipping
 * steps the estimate already rules out and confirming each with the real file. Never silently over: when even the
 * smallest step is too big, it says which exhibits weigh most.
 */
public final class BudgetedBuild {
    /** Told what is happening: a stage and, while pictures go in, how many of how many. */
    @FunctionalInterface
    public interface Progress {
        void update(Phrase stage, int done, int total);
    }

    /**
     * The packet as written: its size, the step its pictures were shrunk to, and the exhibits shown as placeholders
     * because their picture could not be prepared (letter → reason).
     */
    public record Outcome(long bytes, int pages, int images, ImageStep step, PictureLayout layout, int maxDpi,
                          Map<String, String> failures) {
        public String stepLabel() {
            return RuleText.english(stepPhrase());
        }

        /** "originals" or "1600 px, quality 78%", with ", at most 200 dpi" under a resolution cap. */
        public Phrase stepPhrase() {
            Phrase label = step.keepsOriginals() ? Phrase.of("Step.originals")
                    : Phrase.of("Step.shrunk", step.maxLongEdge(), Math.round(step.jpegQuality() * 100));
            return maxDpi > 0 ? Phrase.of("Step.capped", label, maxDpi) : label;
        }
    }

    private final PacketBuilder builder;

    public BudgetedBuild(ImagePreparer preparer) {
        this.builder = new PacketBuilder(preparer);
    }

    /**
     * Writes the packet to {@code target} (overwritten at each attempt). {@code maxBytes} 0 keeps the original
     * pictures; {@code maxPages} 0 sets no page budget; {@code maxDpi} 0 sets no resolution cap.
     */
    public Outcome write(CaseSnapshot snapshot, EvidenceFiles files, long maxBytes, int maxPages, int maxDpi,
                         Path target, Progress progress, BooleanSupplier cancelled) {
        return write(snapshot, files, maxBytes, maxPages, maxDpi, target, progress, cancelled, () -> { });
    }

    /**
     * As above; {@code picturesReady} is run once the pages are laid out without pictures and before the first
     * picture is asked of {@code files}: the export checks the evidence files on other threads meanwhile, and waits
     * for that check there.
     */
    public Outcome write(CaseSnapshot snapshot, EvidenceFiles files, long maxBytes, int maxPages, int maxDpi,
                         Path target, Progress progress, BooleanSupplier cancelled, Runnable picturesReady) {
        progress.update(Phrase.of("Job.layingOut"), 0, 0);
        PacketBuilder.Options options = null;
        PacketBuilder.Built dry = null;
        for (PictureLayout layout : PictureLayout.ladder()) {
            options = new PacketBuilder.Options(ImageStep.ORIGINAL, maxDpi, layout, true, Map.of());
            if (maxPages <= 0 && maxBytes <= 0) {
                // No budget: the dry run is only for the index's page numbers, known once the pictures are placed.
                dry = new PacketBuilder.Built(0, 0, 0, builder.exhibitPages(snapshot, files, options, cancelled),
                        Map.of(), Map.of());
                break;
            }
            // The text's size only matters to a size budget; without one the dry run saves nothing.
            CountingStream counter = new CountingStream();
            dry = builder.build(snapshot, files, options, maxBytes > 0 ? counter : null, cancelled, n -> { });
            dry = new PacketBuilder.Built(dry.pages(), 0, counter.count, dry.exhibitPages(), Map.of(), Map.of());
            if (maxPages <= 0 || dry.pages() <= maxPages) {
                break;
            }
        }
        picturesReady.run();
        if (maxPages > 0 && dry.pages() > maxPages) {
            throw new PacketException("The packet needs " + dry.pages() + " pages even with the pictures small, and "
                    + "the limit is " + maxPages + ". " + whatToRemove(snapshot, dry.pages() - maxPages)
                    + ", or raise the limit (--max-pages).");
        }
        options = options.dry(false).withPages(dry.exhibitPages());
        long overhead = dry.imageBytes();
        int total = (int) snapshot.exhibits().stream().filter(e -> files.picture(e).isPresent()).count();

        if (maxBytes <= 0) {
            return attempt(snapshot, files, options, target, progress, cancelled, total);
        }
        List<ImageStep> ladder = ImageStep.ladder();
        double correction = 1.0;
        int start = 0;
        Outcome last = null;
        PacketBuilder.Built lastBuilt = null;
        while (start < ladder.size()) {
            int chosen = ladder.size() - 1;
            for (int i = start; i < ladder.size(); i++) {
                long estimate = overhead + Math.round(correction * pictures(snapshot, files, ladder.get(i), options));
                if (estimate <= maxBytes * 0.97) {
                    chosen = i;
                    break;
                }
            }
            ImageStep step = ladder.get(chosen);
            PacketBuilder.Options stepOptions = options.withStep(step);
            Outcome outcome = attempt(snapshot, files, stepOptions, target, progress, cancelled, total);
            if (outcome.bytes() <= maxBytes) {
                return outcome;
            }
            last = outcome;
            lastBuilt = lastBuilt();
            long estimated = pictures(snapshot, files, step, options);
            long actualPictures = Math.max(1, outcome.bytes() - overhead);
            correction = Math.max(correction, (double) actualPictures / Math.max(1, estimated));
            start = chosen + 1;
        }
        throw new PacketException("Even with every picture at " + last.stepLabel() + " the packet is "
                + Texts.size(last.bytes()) + ", over the " + Texts.size(maxBytes) + " limit. Remove some of the "
                + "largest exhibits (" + largest(snapshot, lastBuilt) + "), or raise the limit (--max-size).");
    }

    private PacketBuilder.Built built;

    private PacketBuilder.Built lastBuilt() {
        return built;
    }

    private Outcome attempt(CaseSnapshot snapshot, EvidenceFiles files, PacketBuilder.Options options, Path target,
                            Progress progress, BooleanSupplier cancelled, int total) {
        Phrase stage = options.step().keepsOriginals() ? Phrase.of("Job.addingPictures")
                : Phrase.of("Job.addingPicturesAt", options.step().maxLongEdge());
        progress.update(stage, 0, total);
        // Buffered: PDFBox writes a few KB at a time, and a packet of photos is hundreds of MB.
        try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(target), 256 * 1024)) {
            built = builder.build(snapshot, files, options, out, cancelled, n -> progress.update(stage, n, total));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            return new Outcome(Files.size(target), built.pages(), built.images(), options.step(), options.layout(),
                    options.maxDpi(), built.failures());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long pictures(CaseSnapshot snapshot, EvidenceFiles files, ImageStep step,
                                 PacketBuilder.Options options) {
        long sum = 0;
        for (CaseSnapshot.Exhibit exhibit : snapshot.exhibits()) {
            if (files.picture(exhibit).isPresent()) {
                PictureLayout layout = options.layout();
                float box = Math.max(layout.pairImageHeight(), Math.max(layout.cellImageHeight(),
                        org.casefile.packet.pdf.PageFlow.WIDTH / layout.columns()));
                int cap = options.maxDpi() <= 0 ? 0 : Math.round(box / 72f * options.maxDpi());
                sum += SizeEstimate.picture(exhibit.evidence(), step, cap);
            }
        }
        return sum;
    }

    private static String largest(CaseSnapshot snapshot, PacketBuilder.Built built) {
        if (built == null || built.bytesByExhibit().isEmpty()) {
            return "the videos and PDFs are listed only";
        }
        return built.bytesByExhibit().entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(3)
                .map(entry -> "exhibit " + entry.getKey() + " " + name(snapshot, entry.getKey()) + ", "
                        + Texts.size(entry.getValue()))
                .collect(Collectors.joining("; "));
    }

    private static String name(CaseSnapshot snapshot, String letter) {
        return snapshot.exhibits().stream().filter(e -> e.letter().equals(letter)).findFirst()
                .map(e -> e.evidence().originalName()).orElse("");
    }

    /**
     * What to remove to save {@code pagesOver} pages: photos (about twelve to a page when small) while the case has
     * more than that, never more photos than it has; otherwise it is the text that fills the pages.
     */
    static String whatToRemove(CaseSnapshot snapshot, int pagesOver) {
        long photos = snapshot.exhibits().stream().filter(e -> !PacketBuilder.isDelivery(e.evidence().kind())).count();
        long needed = Math.max(1, pagesOver * 12L);
        int messages = snapshot.messages().size();
        if (needed < photos) {
            return "Remove about " + needed + " of the " + photos + " photos" + (messages > 40
                    ? " or messages that add nothing (" + messages + " in the transcript)" : "");
        }
        long photoPages = (photos + 11) / 12;
        return "Removing photos cannot make it fit: " + (photos == 0 ? "there are none"
                : "the " + photos + " photo" + (photos == 1 ? "" : "s") + " take only about " + photoPages + " page"
                + (photoPages == 1 ? "" : "s")) + ". Remove messages that add nothing (" + messages + " in the "
                + "transcript) or shorten the description";
    }

    /** Counts what a dry run would write, keeping nothing. */
    private static final class CountingStream extends OutputStream {
        long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }
}
