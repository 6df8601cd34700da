package org.casefile.packet;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.IntConsumer;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageFitWidthDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.PageMode;
import org.casefile.domain.EvidenceKind;
import org.casefile.packet.image.ImagePreparer;
import org.casefile.packet.image.ImageStep;
import org.casefile.packet.pdf.PacketFonts;
import org.casefile.packet.pdf.PageFlow;
import org.casefile.packet.pdf.PdfA;

/**
 * {@link CaseSnapshot} + the evidence pictures → the evidence packet, a PDF/A-2b file. No clock and no database: the
 * same snapshot, files and options give the same bytes.
 */
public final class PacketBuilder {
    private final ImagePreparer preparer;

    public PacketBuilder(ImagePreparer preparer) {
        this.preparer = preparer;
    }

    /**
     * How to build: the image step, the dpi cap of the profile (0 for none), the picture layout, and whether this is
     * a dry run that lays out every page with placeholders instead of pictures (for page counts and the size of the
     * text). {@code exhibitPages} (letter → page) fills the index's page column, from an earlier run.
     */
    public record Options(ImageStep step, int maxDpi, PictureLayout layout, boolean dryRun,
                          Map<String, Integer> exhibitPages) {
        public Options {
            exhibitPages = Map.copyOf(exhibitPages);
        }

        public Options withPages(Map<String, Integer> pages) {
            return new Options(step, maxDpi, layout, dryRun, pages);
        }

        public Options withStep(ImageStep newStep) {
            return new Options(newStep, maxDpi, layout, dryRun, exhibitPages);
        }

        public Options dry(boolean dry) {
            return new Options(step, maxDpi, layout, dry, exhibitPages);
        }
    }

    /**
     * What was built: pages, pictures embedded and their bytes, where each exhibit is shown, and the exhibits whose
     * picture could not be prepared (letter → reason; each shown as a placeholder).
     */
    public record Built(int pages, int images, long imageBytes, Map<String, Integer> exhibitPages,
                        Map<String, Long> bytesByExhibit, Map<String, String> failures) {
    }

    /** Builds the packet into {@code out}; a null {@code out} lays the pages out and saves nothing (page counts). */
    public Built build(CaseSnapshot snapshot, EvidenceFiles files, Options options, OutputStream out,
                       BooleanSupplier cancelled, IntConsumer imageDone) {
        return build(snapshot, files, options, out, cancelled, imageDone, false);
    }

    /**
     * The page of each exhibit's picture, from a dry run that stops after the last gallery: with no page or size
     * budget the index's page column is all a dry run is for, and what follows the pictures (the emails, the
     * transcript, the appendix, the metadata) cannot move them.
     */
    public Map<String, Integer> exhibitPages(CaseSnapshot snapshot, EvidenceFiles files, Options options,
                                             BooleanSupplier cancelled) {
        if (!options.dryRun()) {
            throw new IllegalArgumentException("exhibit pages come from a dry run");
        }
        return build(snapshot, files, options, null, cancelled, n -> { }, true).exhibitPages();
    }

    private Built build(CaseSnapshot snapshot, EvidenceFiles files, Options options, OutputStream out,
                        BooleanSupplier cancelled, IntConsumer imageDone, boolean exhibitsOnly) {
        try (PDDocument document = new PDDocument(IOUtils.createTempFileOnlyStreamCache());
             PacketFonts fonts = new PacketFonts(document)) {
            List<Section> sections = new ArrayList<>();
            EvidencePages evidence = new EvidencePages(snapshot, files, preparer, options, cancelled, imageDone);
            TextSections text = new TextSections(snapshot);
            PacketText t = snapshot.text();
            if (t.language() != org.casefile.domain.text.Language.ENGLISH) {
                fonts.noteIn(t.language().locale(), t.get("note.emoji"), writing -> t.get("note.writing", writing));
            }
            CoverLetter cover = new CoverLetter(snapshot, options.exhibitPages(), options.dryRun());
            try (PageFlow flow = new PageFlow(document, fonts, t.language().locale())) {
                evidence.bind(flow);
                section(sections, t.get("outline.cover", cover.heading()), flow, () -> cover.write(flow));
                section(sections, t.get("summary.title"), flow, () -> text.summary(flow));
                section(sections, t.get("index.title"), flow, () -> text.exhibitIndex(flow, options.exhibitPages()));
                if (!snapshot.discrepancies().isEmpty()) {
                    section(sections, t.get("discrepancies.title"), flow, () -> text.discrepancies(flow));
                }
                section(sections, t.get("pairs.title"), flow, () -> evidence.pairs(flow));
                List<CaseSnapshot.Exhibit> paired = new ArrayList<>();
                snapshot.pairs().forEach(p -> {
                    paired.add(p.listing());
                    paired.add(p.received());
                });
                List<CaseSnapshot.Exhibit> emails = snapshot.emailExhibits();
                List<CaseSnapshot.Exhibit> others = snapshot.exhibits().stream()
                        .filter(e -> !paired.contains(e) && !emails.contains(e) && !isDelivery(e.evidence().kind()))
                        .toList();
                section(sections, t.get("gallery.other"), flow, () -> evidence.gallery(flow, t.get("gallery.other"), null,
                        others,
                        options.layout().columns(), options.layout().cellImageHeight()));
                List<CaseSnapshot.Exhibit> delivery = snapshot.exhibits().stream()
                        .filter(e -> isDelivery(e.evidence().kind()) && !emails.contains(e)).toList();
                section(sections, t.get("gallery.delivery"), flow, () -> evidence.gallery(flow,
                        t.get("gallery.delivery"), deliveryIntro(snapshot), delivery,
                        Math.min(2, options.layout().columns()), options.layout().cellImageHeight() + 60));
                if (exhibitsOnly) {
                    return new Built(document.getNumberOfPages(), 0, 0, evidence.exhibitPages, Map.of(), Map.of());
                }
                if (!emails.isEmpty()) {
                    section(sections, t.get("emails.title"), flow, () -> text.emails(flow));
                }
                if (!snapshot.messages().isEmpty()) {
                    section(sections, t.get("transcript.title"), flow, () -> text.transcript(flow));
                }
                section(sections, t.get("appendix.title"), flow, () -> Appendix.write(flow, snapshot,
                        evidence.embeddedHashes));
                section(sections, t.get("declaration.title"), flow, () -> text.declaration(flow));
            }
            footers(document, fonts, snapshot);
            outline(document, sections);
            PdfA.apply(document, snapshot.title(), cover.heading() + " — " + snapshot.facts().item(),
                    snapshot.generated(), snapshot.documentId());
            if (cancelled.getAsBoolean()) {
                throw new PacketCancelledException();
            }
            if (out != null) {
                // Without object streams: PDFBox 3 then writes a trailer /Size that matches its objects (qpdf --check
                // warned about the compressed form); pictures, the bulk of a packet, are compressed either way.
                document.save(out, org.apache.pdfbox.pdfwriter.compress.CompressParameters.NO_COMPRESSION);
            }
            long imageBytes = evidence.embeddedBytes.values().stream().mapToLong(Long::longValue).sum();
            return new Built(document.getNumberOfPages(), evidence.images, imageBytes, evidence.exhibitPages,
                    evidence.embeddedBytes, evidence.failures);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record Section(String title, PDPage page) {
    }

    private interface SectionWriter {
        void write() throws IOException;
    }

    /** Writes one section and, when it wrote a title, adds it to the outline at the title's page. */
    private static void section(List<Section> sections, String title, PageFlow flow, SectionWriter writer)
            throws IOException {
        int titles = flow.titles();
        writer.write();
        if (flow.titles() > titles) {
            sections.add(new Section(title, flow.titlePage()));
        }
    }

    static boolean isDelivery(EvidenceKind kind) {
        return kind == EvidenceKind.TRACKING || kind == EvidenceKind.CARRIER_INQUIRY;
    }

    private static String deliveryIntro(CaseSnapshot snapshot) {
        var f = snapshot.facts();
        if (f.trackingNumber() == null && f.expectedDelivery() == null) {
            return null;
        }
        PacketText t = snapshot.text();
        List<String> text = new ArrayList<>();
        if (f.trackingNumber() != null) {
            text.add(f.carrier() == null ? t.get("delivery.intro.tracking", f.trackingNumber())
                    : t.get("delivery.intro.trackingWith", f.trackingNumber(), f.carrier()));
        }
        if (f.expectedDelivery() != null) {
            text.add(t.get("delivery.intro.expected", f.expectedDelivery()));
        }
        return String.join(" ", text);
    }

    /** "Page n of N" and the document's title on every page, written once the page count is known. */
    private static void footers(PDDocument document, PacketFonts fonts, CaseSnapshot snapshot) throws IOException {
        int total = document.getNumberOfPages();
        PacketText t = snapshot.text();
        String left = t.get("footer", t.label(snapshot.facts().platform()), snapshot.facts().orderNumber(),
                t.label(snapshot.profile()));
        for (int i = 0; i < total; i++) {
            PDPage page = document.getPage(i);
            try (PDPageContentStream content = new PDPageContentStream(document, page,
                    PDPageContentStream.AppendMode.APPEND, true, true)) {
                float y = 30;
                content.setStrokingColor(PageFlow.RULE[0], PageFlow.RULE[1], PageFlow.RULE[2]);
                content.setLineWidth(0.5f);
                content.moveTo(PageFlow.MARGIN, y + 12);
                content.lineTo(PageFlow.MARGIN + PageFlow.WIDTH, y + 12);
                content.stroke();
                draw(content, fonts, left, PageFlow.MARGIN, y, false);
                String right = t.get("footer.page", i + 1, total);
                draw(content, fonts, right, PageFlow.MARGIN + PageFlow.WIDTH - fonts.width(right, true, 8), y, true);
            }
        }
    }

    private static void draw(PDPageContentStream content, PacketFonts fonts, String text, float x, float y,
                             boolean bold) throws IOException {
        content.setNonStrokingColor(PageFlow.MUTED[0], PageFlow.MUTED[1], PageFlow.MUTED[2]);
        content.beginText();
        content.newLineAtOffset(x, y);
        for (PacketFonts.Run run : fonts.runs(text, bold)) {
            content.setFont(run.font(), 8);
            content.showText(run.text());
        }
        content.endText();
    }

    private static void outline(PDDocument document, List<Section> sections) {
        PDDocumentOutline outline = new PDDocumentOutline();
        for (Section section : sections) {
            PDPageFitWidthDestination destination = new PDPageFitWidthDestination();
            destination.setPage(section.page());
            destination.setTop((int) PageFlow.SIZE.getHeight());
            PDOutlineItem item = new PDOutlineItem();
            item.setTitle(section.title());
            item.setDestination(destination);
            outline.addLast(item);
        }
        outline.openNode();
        document.getDocumentCatalog().setDocumentOutline(outline);
        document.getDocumentCatalog().setPageMode(PageMode.USE_OUTLINES);
    }
}
