package org.casefile.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** A closed set of values with a stable id (what the CLI and the database use) and a label for people. */
public interface Choice {
    String id();

    String label();

    /** Finds the value whose id or label matches {@code text}, ignoring case; otherwise says what is allowed. */
    static <E extends Enum<E> & Choice> E parse(Class<E> type, String text, String what) {
        String wanted = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        for (E value : type.getEnumConstants()) {
            if (value.id().equals(wanted) || value.label().toLowerCase(Locale.ROOT).equals(wanted)) {
                return value;
            }
        }
        throw new CasefileException("'" + (text == null ? "" : text.trim()) + "' is not a " + what + ". Use one of: "
                + ids(type) + ".");
    }

    static <E extends Enum<E> & Choice> String ids(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Choice::id).collect(Collectors.joining(", "));
    }
}
