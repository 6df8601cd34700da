package org.casefile.packet;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.casefile.domain.Evidence;
import org.casefile.domain.EvidenceKind;
import org.casefile.packet.pdf.PageFlow;
import org.casefile.packet.pdf.Texts;

/**
 * What the evidence pages write around an exhibit's picture: the caption under it, the placeholder in its place
 * when it has none, the heading of its kind, and the size it is drawn at.
 */
final class ExhibitBoxes {
    static final float CAPTION = 8;

    private ExhibitBoxes() {
    }

    /**
     * A shaded box saying what the exhibit is and where to find it: a video, a PDF, a picture that could not be
     * shown ({@code failure}: the buyer's reason and the whole fingerprint), or nothing available.
     */
    static void placeholder(PageFlow flow, PacketText t, CaseSnapshot.Exhibit exhibit, boolean dryRun, String failure,
                            float x, float bottom, float w, float h) throws IOException {
        Evidence e = exhibit.evidence();
        flow.fill(x, bottom, w, h, PageFlow.SHADE);
        flow.frame(x, bottom, w, h, PageFlow.RULE, 0.5f);
        List<String> lines = new ArrayList<>();
        if (e.kind() == EvidenceKind.VIDEO || e.isVideo()) {
            lines.add(t.get("placeholder.video", e.originalName()));
            if (exhibit.durationSeconds() > 0) {
                lines.add(t.get("placeholder.duration", Texts.duration(exhibit.durationSeconds())));
            }
        } else if (e.isPdf()) {
            lines.add(t.get("placeholder.pdf", e.originalName()));
        } else if (dryRun) {
            lines.add(e.originalName());
        } else if (failure != null) {
            lines.add(t.get("placeholder.failed", exhibit.letter(), e.originalName()));
        } else {
            lines.add(t.get("placeholder.none", e.originalName()));
        }
        if (failure != null) {
            // The whole fingerprint: whoever reads the packet can check the file the buyer sends separately.
            lines.add("SHA-256 " + e.sha256().substring(0, 32));
            lines.add(e.sha256().substring(32));
            lines.add(failure);
        } else {
            lines.add(Texts.size(e.size()) + " · SHA-256 " + e.sha256().substring(0, 12) + "…");
            lines.add(t.get("placeholder.listed", exhibit.letter()));
        }
        float size = 9;
        List<String> wrapped = new ArrayList<>();
        for (String line : lines) {
            wrapped.addAll(flow.wrap(line, size, false, w - 16));
        }
        float lead = PageFlow.leading(size);
        int room = Math.max(1, (int) ((h - 8) / lead));
        if (wrapped.size() > room) {
            wrapped = new ArrayList<>(wrapped.subList(0, room));
            wrapped.set(room - 1, fit(flow, wrapped.get(room - 1) + "…", w - 40, false));
        }
        float yLine = bottom + h / 2 + wrapped.size() * lead / 2 - size;
        for (int i = 0; i < wrapped.size(); i++) {
            String part = wrapped.get(i);
            boolean bold = i == 0;
            float width = flow.fonts().width(part, bold, size);
            flow.text(part, x + (w - width) / 2, yLine, size, bold, bold ? PageFlow.INK : PageFlow.MUTED);
            yLine -= lead;
        }
    }

    /** Up to four short lines under a picture: letter and kind, caption, file and capture time. */
    static void caption(PageFlow flow, PacketText t, CaseSnapshot.Exhibit exhibit, String role, float x, float top,
                        float width)
            throws IOException {
        Evidence e = exhibit.evidence();
        float lead = PageFlow.leading(CAPTION);
        float y = top - CAPTION;
        flow.text(fit(flow, exhibit.label(t) + " · " + role, width, true), x, y, CAPTION, true,
                PageFlow.INK);
        y -= lead;
        if (e.caption() != null) {
            List<String> lines = flow.wrap(e.caption(), CAPTION, false, width);
            for (int i = 0; i < Math.min(2, lines.size()); i++) {
                String line = i == 1 && lines.size() > 2 ? fit(flow, lines.get(i) + "…", width, false) : lines.get(i);
                flow.text(line, x, y, CAPTION, false, PageFlow.INK);
                y -= lead;
            }
        }
        String when = e.capturedAt() != null ? t.get("appendix.taken", e.capturedAt())
                : t.get("caption.added", e.importedAt());
        flow.text(fit(flow, e.originalName() + " · " + when, width, false), x, y, CAPTION, false, PageFlow.MUTED);
    }

    static String fit(PageFlow flow, String text, float width, boolean bold) {
        if (flow.fonts().width(text, bold, CAPTION) <= width) {
            return text;
        }
        String cut = text;
        while (cut.length() > 1 && flow.fonts().width(cut + "…", bold, CAPTION) > width) {
            cut = cut.substring(0, cut.length() - 1);
        }
        return cut + "…";
    }

    /**
     * The long edge in points of the picture fitted into a box: a tall picture in a wide box is drawn at the box's
     * height, not its width. A picture of unknown shape (a PDF's page) counts the box's shorter side.
     */
    static float drawnLongEdge(Evidence e, float boxWidth, float boxHeight) {
        if (e.width() == null || e.height() == null || e.width() <= 0 || e.height() <= 0) {
            return Math.min(boxWidth, boxHeight);
        }
        float aspect = aspect(e);
        float width = Math.min(boxWidth, boxHeight * aspect);
        return Math.max(width, width / aspect);
    }

    static float aspect(Evidence e) {
        return (float) e.uprightAspect();
    }
}
