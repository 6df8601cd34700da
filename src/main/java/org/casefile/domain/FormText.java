package org.casefile.domain;

/** Text for a claim form's box, which takes so many characters and no more. */
public final class FormText {
    private FormText() {
    }

    /**
     * {@code text} whole when it fits {@code limit} characters (0: no limit); otherwise cut at the last sentence or
     * word end that leaves room for "…", so the form takes it as it is.
     */
    public static String cut(String text, int limit) {
        String whole = text == null ? "" : text.strip();
        if (limit <= 0 || whole.codePointCount(0, whole.length()) <= limit) {
            return whole;
        }
        int room = whole.offsetByCodePoints(0, Math.max(0, limit - 1));
        String head = whole.substring(0, room);
        int sentence = Math.max(head.lastIndexOf(". "), Math.max(head.lastIndexOf(".\n"), head.lastIndexOf("\n\n")));
        if (sentence >= room / 2) {
            return head.substring(0, sentence + 1).strip();
        }
        int word = head.lastIndexOf(' ');
        String cut = word >= room / 2 ? head.substring(0, word) : head;
        return cut.strip() + "…";
    }
}
