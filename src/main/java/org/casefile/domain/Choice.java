package org.casefile.domain;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.casefile.domain.text.Phrase;
import org.casefile.domain.text.RuleText;

/** A closed set of values with a stable id (what the CLI and the database use) and a label for people. */
public interface Choice {
    /** The constant's name in kebab case: NOT_AS_DESCRIBED is "not-as-described". */
    default String id() {
        return ((Enum<?>) this).name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The label before it is said in a language: the rules' bundle key "ClaimType.NOT_RECEIVED". */
    default Phrase phrase() {
        Enum<?> constant = (Enum<?>) this;
        return Phrase.of(constant.getDeclaringClass().getSimpleName() + "." + constant.name());
    }

    /**
     * The name as it reads inside a sentence ("paid by credit card", "decided: rejected"): lower case in English,
     * as each language writes it mid-sentence. Only the choices that sentences name have it in the bundles.
     */
    default Phrase inline() {
        return Phrase.of(phrase().key() + ".inline");
    }

    /** The English label: what the command line prints and reads back. */
    default String label() {
        return RuleText.english(phrase());
    }

    /** Finds the value whose id or label matches {@code text}, ignoring case; otherwise says what is allowed. */
    static <E extends Enum<E> & Choice> E parse(Class<E> type, String text, String what) {
        Object found = text == null ? null : find(Lookup.BY_ID.get(type), text);
        if (found == null && text != null) {
            found = find(Lookup.BY_NAME.get(type), text);
        }
        if (found != null) {
            return type.cast(found);
        }
        String article = "aeiou".indexOf(what.charAt(0)) >= 0 ? "an " : "a ";
        // The choices are typed on the command line, so the name of what is asked for stays as the caller wrote it.
        throw new CasefileException(Phrase.of("Choice.unknown", text == null ? "" : text.trim(), article + what,
                ids(type)));
    }

    private static Object find(Map<String, Object> names, String text) {
        Object found = names.get(text);
        return found != null ? found : names.get(text.trim().toLowerCase(Locale.ROOT));
    }

    /**
     * Each enum's ids, and its ids with its lower-case labels, built once: rows from the database are parsed by the
     * thousand.
     */
    final class Lookup {
        /**
         * Ids alone: what scripts and the database use, found without the labels' phrase book (reading it cost a
         * command line a fiftieth of a second before its work began).
         */
        static final ClassValue<Map<String, Object>> BY_ID = new ClassValue<>() {
            @Override
            protected Map<String, Object> computeValue(Class<?> type) {
                Map<String, Object> ids = new HashMap<>();
                for (Object constant : type.getEnumConstants()) {
                    ids.put(((Choice) constant).id(), constant);
                }
                return Map.copyOf(ids);
            }
        };
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
