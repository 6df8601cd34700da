package org.casefile.packet;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.casefile.domain.Evidence;
import org.casefile.packet.pdf.PageFlow;
import org.casefile.packet.pdf.Texts;

/** Every exhibit's file: name, kind, size, capture time, and the SHA-256 of the original and of what is embedded. */
final class Appendix {
    private Appendix() {
    }

    static void write(PageFlow flow, CaseSnapshot snapshot, Map<String, String> embeddedHashes) throws IOException {
        flow.startSection(220);
        PacketText t = snapshot.text();
        flow.title(t.get("appendix.title"));
        flow.paragraph(t.get("appendix.intro"), 9, false, PageFlow.MUTED, 0);
        flow.down(6);
        for (CaseSnapshot.Exhibit exhibit : snapshot.exhibits()) {
            Evidence e = exhibit.evidence();
            List<String> facts = new ArrayList<>();
            facts.add(t.label(e.kind()));
            facts.add(Texts.size(e.size()));
            if (e.mediaType() != null) {
                facts.add(e.mime());
            }
            if (e.width() != null && e.height() != null) {
                facts.add(e.width() + " × " + e.height() + " px");
            }
            if (exhibit.durationSeconds() > 0) {
                facts.add(Texts.duration(exhibit.durationSeconds()));
            }
            facts.add(e.capturedAt() != null ? t.get("appendix.taken", e.capturedAt())
                    : t.get("appendix.imported", e.importedAt()));
            float lead = PageFlow.leading(8);
            flow.ensure(PageFlow.leading(9) + 4 * lead + 6);
            flow.paragraph(exhibit.label(t) + "   " + e.originalName(), 9, true, PageFlow.INK, 0);
            flow.paragraph(String.join(" · ", facts), 8, false, PageFlow.MUTED, 14);
            flow.paragraph(t.get("appendix.original", e.sha256()), 8, false, PageFlow.INK, 14);
            String embedded = embeddedHashes.get(exhibit.letter());
            if (exhibit.redactions() > 0) {
                // Why the two fingerprints differ: the buyer hid personal details, nothing else was changed.
                flow.paragraph(t.get("appendix.redacted", exhibit.redactions()), 8, true, PageFlow.INK, 14);
            }
            flow.paragraph(embedded == null ? t.get("appendix.notEmbedded")
                    : t.get(exhibit.redactions() > 0 ? "appendix.sent" : "appendix.embedded", embedded), 8,
                    false, PageFlow.MUTED, 14);
            flow.down(5);
        }
    }
}
