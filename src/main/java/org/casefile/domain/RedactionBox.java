package org.casefile.domain;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.casefile.domain.text.Phrase;

/**
 * A box to hide on one evidence picture before it leaves the library (an address, a phone number, a card), in
 * pixels of the upright picture: {@code x, y} its top-left corner, {@code w, h} its size.
 */
public record RedactionBox(int x, int y, int w, int h) {
    private static final Pattern TEXT = Pattern.compile("\\s*(-?\\d{1,9})\\s*,\\s*(-?\\d{1,9})\\s*,\\s*(-?\\d{1,9})"
            + "\\s*,\\s*(-?\\d{1,9})\\s*");
    /** More boxes than anyone draws on one picture; a script gone wrong is stopped here. */
    public static final int MAX_BOXES = 100;

    public RedactionBox {
        if (x < 0 || y < 0) {
            throw new CasefileException(Phrase.of("RedactionBox.outsideStart", x, y));
        }
        if (w <= 0 || h <= 0) {
            throw new CasefileException(Phrase.of("RedactionBox.tooSmall", w, h));
        }
    }

    /** Reads "X,Y,W,H" as the command line gives it. */
    public static RedactionBox parse(String text) {
        Matcher m = TEXT.matcher(text == null ? "" : text);
        if (!m.matches()) {
            throw new CasefileException(Phrase.of("RedactionBox.notABox", String.valueOf(text)));
        }
        return new RedactionBox(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)));
    }

    /** Refuses boxes that reach outside a picture {@code width × height} pixels, and too many of them. */
    public static List<RedactionBox> within(List<RedactionBox> boxes, int width, int height) {
        if (boxes.size() > MAX_BOXES) {
            throw new CasefileException(Phrase.of("RedactionBox.tooMany", boxes.size(), MAX_BOXES));
        }
        for (RedactionBox box : boxes) {
            if ((long) box.x + box.w > width || (long) box.y + box.h > height) {
                throw new CasefileException(Phrase.of("RedactionBox.outsidePicture", box.text(), width, height));
            }
        }
        return List.copyOf(boxes);
    }

    /** The box as "X,Y,W,H". */
    public String text() {
        return x + "," + y + "," + w + "," + h;
    }
}
