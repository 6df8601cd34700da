package org.casefile.domain;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** A closed set of values with a stable id (what the CLI and the database use) and a label for people. */
public interface Choice {
    /** The constant's name in kebab case: NOT_AS_DESCRIBED is "not-as-described". */
    default String id() {
        return ((Enum<?>) this).name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    String label();

    /** Finds the value whose id or label matches {@code text}, ignoring case; otherwise says what is allowed. */
    static <E extends Enum<E> & Choice> E parse(Class<E> type, String text, String what) {
        Object found = text == null ? null : Lookup.BY_NAME.get(type).get(text);
        if (found == null && text != null) {
            found = Lookup.BY_NAME.get(type).get(text.trim().toLowerCase(Locale.ROOT));
        }
        if (found != null) {
            return type.cast(found);
        }
        String article = "aeiou".indexOf(what.charAt(0)) >= 0 ? "an " : "a ";
        throw new CasefileException("'" + (text == null ? "" : text.trim()) + "' is not " + article + what + ". Use one of: "
                + ids(type) + ".");
    }

    /** Ids and lower-case labels of each enum, built once: rows from the database are parsed by the thousand. */
    final class Lookup {
        static final ClassValue<Map<String, Object>> BY_NAME = new ClassValue<>() {
            @Override
            protected Map<String, Object> computeValue(Class<?> type) {
                Map<String, Object> names = new HashMap<>();
                for (Object constant : type.getEnumConstants()) {
                    Choice choice = (Choice) constant;
                    names.put(choice.label().toLowerCase(Locale.ROOT), constant);
                    names.put(choice.id(), constant);
                }
                return Map.copyOf(names);
            }
        };

        private Lookup() {
        }
    }

    static <E extends Enum<E> & Choice> String ids(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Choice::id).collect(Collectors.joining(", "));
    }
}
