package org.casefile.packet.pdf;

import java.text.Bidi;

/**
 * A line as the eye reads it: a PDF shows characters left to right in the order given, so a run of Arabic or Hebrew
 * (a seller's name, a quoted message) is reordered here, by the Unicode bidirectional algorithm, to read right to
 * left within the line. A line without right-to-left text is returned as it is.
 */
public final class VisualOrder {
    private VisualOrder() {
    }

    public static String of(String line) {
        if (!Bidi.requiresBidi(line.toCharArray(), 0, line.length())) {
            return line;
        }
        Bidi bidi = new Bidi(line, Bidi.DIRECTION_DEFAULT_LEFT_TO_RIGHT);
        int count = bidi.getRunCount();
        byte[] levels = new byte[count];
        String[] runs = new String[count];
        for (int i = 0; i < count; i++) {
            levels[i] = (byte) bidi.getRunLevel(i);
            String run = line.substring(bidi.getRunStart(i), bidi.getRunLimit(i));
            // An odd level runs right to left: its characters are laid down from the end, mirrored brackets swapped.
            runs[i] = levels[i] % 2 == 1 ? mirrored(new StringBuilder(run).reverse().toString()) : run;
        }
        Bidi.reorderVisually(levels, 0, runs, 0, count);
        return String.join("", runs);
    }

    private static String mirrored(String run) {
        StringBuilder out = new StringBuilder(run.length());
        for (char c : run.toCharArray()) {
            out.append(switch (c) {
                case '(' -> ')';
                case ')' -> '(';
                case '[' -> ']';
                case ']' -> '[';
                case '<' -> '>';
                case '>' -> '<';
                default -> c;
            });
        }
        return out.toString();
    }
}
