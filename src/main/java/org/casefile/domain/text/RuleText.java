package org.casefile.domain.text;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The domain rules' own phrasebook ({@code rules.properties} and its five translations): what the deadline rules,
 * routes, next steps, checklist, warnings and labels say. The English sentence is what the command line prints.
 */
public final class RuleText {
    public static final String BUNDLE = "org.casefile.domain.text.rules";
    private static final Map<Language, Phrasebook> BOOKS = new EnumMap<>(Language.class);
    /** English labels without values, said once: lists and tables ask for the same labels thousands of times. */
    private static final Map<String, String> ENGLISH_LABELS = new ConcurrentHashMap<>();

    private RuleText() {
    }

    /** The rules said in one language (built once per language: bundles are read once). */
    public static synchronized Phrasebook in(Language language) {
        return BOOKS.computeIfAbsent(language, l -> Phrasebook.of(l, BUNDLE));
    }

    /** The English sentence of a phrase: the words the command line and the English window have always used. */
    public static String english(Phrase phrase) {
        if (phrase == null) {
            return null;
        }
        return phrase.values().isEmpty()
                ? ENGLISH_LABELS.computeIfAbsent(phrase.key(), key -> in(Language.ENGLISH).get(key))
                : in(Language.ENGLISH).get(phrase);
    }

    /** Text that is not a rule (a file name, an error from outside the domain), said as it was written. */
    public static Phrase asWritten(String text) {
        return Phrase.of("asWritten", text);
    }
}
