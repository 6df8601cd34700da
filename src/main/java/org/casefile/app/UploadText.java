package org.casefile.app;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.casefile.domain.UploadDestination;
import org.casefile.domain.text.Language;
import org.casefile.packet.CaseSnapshot;
import org.casefile.packet.PacketText;
import org.casefile.packet.pdf.Texts;

/**
 * The kit's UPLOAD.txt: where to go, what to paste, what to upload in which order, and the rules it was checked by,
 * in the kit's language (the packet bundles' {@code kit.} keys).
 */
final class UploadText {
    private static final String NL = System.lineSeparator();

    private UploadText() {
    }

    static String of(CaseSnapshot snapshot, UploadDestination to, List<KitFile> uploads, String description,
                     List<String> notes, LocalDateTime made, PacketText t) {
        StringBuilder text = new StringBuilder();
        text.append(t.get("kit.title", name(t, to))).append(NL);
        text.append(t.get("kit.case", t.label(snapshot.facts().platform()), snapshot.facts().orderNumber(),
                snapshot.facts().item())).append(NL);
        // English keeps the kit's long-standing "2026-11-26 10:00".
        text.append(t.get("kit.made", t.language() == Language.ENGLISH
                ? made.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")) : t.time(made))).append(NL).append(NL);
        int step = 1;
        text.append(t.get("kit.todo")).append(NL);
        text.append(step++).append(". ").append(t.get("kit.where." + to.name())).append(NL);
        text.append(step++).append(". ").append(t.get("kit.paste", description.length(),
                to.maxTextCharacters() > 0 ? t.get("kit.formTakes", to.maxTextCharacters()) : "")).append(NL);
        if (!to.takesFiles()) {
            text.append(step).append(". ").append(t.get("kit.textOnly")).append(NL);
        } else {
            text.append(step).append(". ").append(t.get("kit.uploadThese")).append(NL);
            for (KitFile file : uploads) {
                text.append("   ").append(file.name()).append("  (").append(Texts.size(file.bytes())).append(") - ")
                        .append(file.what()).append(NL);
            }
        }
        if (!notes.isEmpty()) {
            text.append(NL).append(t.get("kit.goodToKnow")).append(NL);
            for (String note : notes) {
                text.append("- ").append(note).append(NL);
            }
        }
        text.append(NL).append(t.get("kit.checked", name(t, to), to.checked(), to.source())).append(NL);
        return text.toString();
    }

    /** "AliExpress dispute form" in the kit's language. */
    static String name(PacketText t, UploadDestination to) {
        return t.get("kit.to." + to.name());
    }
}
