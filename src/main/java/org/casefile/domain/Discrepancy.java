package org.casefile.domain;

import org.casefile.domain.text.Phrase;
import org.casefile.domain.text.RuleText;

/** One way what arrived differs from the listing: "Capacity: 2TB advertised, 512GB received". */
public record Discrepancy(long id, long caseId, String attribute, String advertised, String received) {
    public static final int MAX_LENGTH = 200;

    public Discrepancy {
        attribute = required(attribute, "attribute");
        advertised = required(advertised, "advertised");
        received = required(received, "received");
    }

    /**
     * One sentence however the buyer wrote the values, a word ("512GB") or a phrase ("Copying fails after
     * 476 GB"): "Capacity: the listing says 2TB; what arrived: copying fails after 476 GB." The bundle gets the
     * received value both lowered for mid-sentence ({2}) and as written ({3}: German keeps its capital nouns), and
     * the full stop ({4}) only when the buyer did not end with one.
     */
    public Phrase phrase() {
        return Phrase.of("Discrepancy.sentence", attribute, advertised, lowerFirst(received), received,
                received.matches(".*[.!?]$") ? "" : ".");
    }

    /** The English sentence, as the command line prints it. */
    public String sentence() {
        return RuleText.english(phrase());
    }

    /** "Seal: it should be intact; it arrived torn.", the line a damage description gives each row. */
    public Phrase damagePhrase() {
        return Phrase.of("Discrepancy.damage", attribute, advertised, received);
    }

    /** "Copying fails" reads on in a sentence as "copying fails"; "USB-C" and "2TB" stay as they are. */
    static String lowerFirst(String text) {
        if (text.length() > 1 && Character.isUpperCase(text.charAt(0)) && Character.isLowerCase(text.charAt(1))) {
            return Character.toLowerCase(text.charAt(0)) + text.substring(1);
        }
        return text;
    }

    private static String required(String text, String what) {
        String value = text == null ? "" : text.strip().replaceAll("\\p{Cntrl}", " ");
        if (value.isEmpty()) {
            throw new CasefileException(Phrase.of("Discrepancy." + what + ".missing"));
        }
        if (value.length() > MAX_LENGTH) {
            throw new CasefileException(Phrase.of("Discrepancy." + what + ".tooLong", MAX_LENGTH));
        }
        return value;
    }
}
