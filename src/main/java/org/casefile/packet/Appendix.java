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
        flow.title("Evidence appendix");
        flow.paragraph("The SHA-256 fingerprint of each original file identifies it exactly: anyone holding the file "
                + "can check it (e.g. 'sha256sum FILE'). Pictures in this packet had their camera and location data "
                + "removed and may be resized, so they have fingerprints of their own.", 9, false, PageFlow.MUTED, 0);
        flow.down(6);
        for (CaseSnapshot.Exhibit exhibit : snapshot.exhibits()) {
            Evidence e = exhibit.evidence();
            List<String> facts = new ArrayList<>();
            facts.add(e.kind().label());
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
            facts.add(e.capturedAt() != null ? "taken " + Texts.time(e.capturedAt())
                    : "imported " + Texts.time(e.importedAt()));
            float lead = PageFlow.leading(8);
            flow.ensure(PageFlow.leading(9) + 4 * lead + 6);
            flow.paragraph("Exhibit " + exhibit.letter() + "   " + e.originalName(), 9, true, PageFlow.INK, 0);
            flow.paragraph(String.join(" · ", facts), 8, false, PageFlow.MUTED, 14);
            flow.paragraph("Original SHA-256: " + e.sha256(), 8, false, PageFlow.INK, 14);
            String embedded = embeddedHashes.get(exhibit.letter());
            if (exhibit.redactions() > 0) {
                // Why the two fingerprints differ: the buyer hid personal details, nothing else was changed.
                flow.paragraph("Redacted before sending: " + exhibit.redactions() + (exhibit.redactions() == 1
                        ? " area" : " areas") + " blacked out (personal details)", 8, true, PageFlow.INK, 14);
            }
            flow.paragraph(embedded == null ? "Not embedded as a picture (shown as a description)"
                    : (exhibit.redactions() > 0 ? "Sent copy SHA-256: " : "Embedded SHA-256: ") + embedded, 8,
                    false, PageFlow.MUTED, 14);
            flow.down(5);
        }
    }
}
