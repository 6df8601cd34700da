package org.casefile.domain;

/** One way what arrived differs from the listing: "Capacity: 2TB advertised, 512GB received". */
public record Discrepancy(long id, long caseId, String attribute, String advertised, String received) {
    public static final int MAX_LENGTH = 200;

    public Discrepancy {
        attribute = required(attribute, "attribute");
        advertised = required(advertised, "advertised value");
        received = required(received, "received value");
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
