package org.casefile.packet;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.casefile.domain.ClaimType;
import org.casefile.domain.Evidence;
import org.casefile.domain.EvidenceKind;
import org.casefile.domain.text.Language;

/**
 * Puts the evidence in the order a reader checks it (the listing, then what arrived, then delivery and
 * paperwork) and gives each item its exhibit letter and a line on what it proves.
 */
public final class Exhibits {
    private static final List<EvidenceKind> ORDER = List.of(EvidenceKind.LISTING, EvidenceKind.RECEIVED,
            EvidenceKind.DAMAGE, EvidenceKind.LABEL, EvidenceKind.PACKAGING, EvidenceKind.VIDEO,
            EvidenceKind.TRACKING, EvidenceKind.CARRIER_INQUIRY, EvidenceKind.RECEIPT, EvidenceKind.CHAT,
            EvidenceKind.OTHER);

    private Exhibits() {
    }

    /** The exhibits in reading order; {@code durations} gives a video's length in seconds by evidence id. */
    public static List<CaseSnapshot.Exhibit> of(List<Evidence> evidence, ClaimType claim, Map<Long, Long> durations) {
        List<Evidence> sorted = new ArrayList<>(evidence);
        sorted.sort(Comparator.comparingInt((Evidence e) -> ORDER.indexOf(e.kind())).thenComparingLong(Evidence::id));
        List<CaseSnapshot.Exhibit> exhibits = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            Evidence item = sorted.get(i);
            exhibits.add(new CaseSnapshot.Exhibit(letter(i), item, proves(item, claim),
                    durations.getOrDefault(item.id(), 0L)));
        }
        return exhibits;
    }

    /** A, B, … Z, AA, AB, … like spreadsheet columns. */
    public static String letter(int index) {
        StringBuilder letters = new StringBuilder();
        int n = index + 1;
        while (n > 0) {
            n--;
            letters.insert(0, (char) ('A' + n % 26));
            n /= 26;
        }
        return letters.toString();
    }

    static String proves(Evidence item, ClaimType claim) {
        return proves(PacketText.of(Language.ENGLISH), item, claim);
    }

    /** What an exhibit proves, in the packet's language (the buyer's caption after it, as written). */
    static String proves(PacketText t, CaseSnapshot.Exhibit exhibit, ClaimType claim) {
        return t.language() == Language.ENGLISH ? exhibit.proves() : proves(t, exhibit.evidence(), claim);
    }

    private static String proves(PacketText t, Evidence item, ClaimType claim) {
        String key = "proves." + item.kind().name()
                + (item.kind() == EvidenceKind.RECEIVED && claim == ClaimType.NOT_AS_DESCRIBED ? ".compare" : "");
        String base = t.get(key);
        return item.caption() == null ? base : base + ": " + item.caption();
    }
}
