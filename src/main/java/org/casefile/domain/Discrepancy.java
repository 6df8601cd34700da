package org.casefile.domain;

/** One way what arrived differs from the listing: "Capacity: 2TB advertised, 512GB received". */
public record Discrepancy(long id, long caseId, String attribute, String advertised, String received) {
    public static final int MAX_LENGTH = 200;

    public Discrepancy {
        attribute = required(attribute, "attribute");
        advertised = required(advertised, "advertised value");
        received = required(received, "received value");
    }

    /**
     * One English sentence however the buyer wrote the values, a word ("512GB") or a phrase ("Copying fails after
     * 476 GB"): "Capacity: the listing says 2TB; what arrived: copying fails after 476 GB."
     */
    public String sentence() {
        return attribute + ": the listing says " + advertised + "; what arrived: " + lowerFirst(received)
                + (received.matches(".*[.!?]$") ? "" : ".");
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
            throw new CasefileException("The " + what + " is missing.");
        }
        if (value.length() > MAX_LENGTH) {
            throw new CasefileException("Keep the " + what + " under " + MAX_LENGTH + " characters.");
        }
        return value;
    }
}
