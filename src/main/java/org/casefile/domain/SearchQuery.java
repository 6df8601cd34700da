package org.casefile.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * What a person typed into a search box, as words that must all be found. Any text is a valid query: quotes,
 * operators, brackets and SQL are only characters to look for.
 */
public record SearchQuery(List<String> words) {
    /** Words of this length or more use the trigram index; shorter ones are looked for with a plain scan. */
    public static final int INDEXED_LENGTH = 3;
    static final int MAX_WORDS = 8;
    static final int MAX_WORD_LENGTH = 100;

    public SearchQuery {
        words = List.copyOf(words);
    }

    public static SearchQuery parse(String text) {
        List<String> words = new ArrayList<>();
        if (text != null) {
            for (String word : text.strip().split("[\\s\\p{Cntrl}]+")) {
                if (!word.isEmpty() && words.size() < MAX_WORDS) {
                    words.add(word.length() > MAX_WORD_LENGTH ? word.substring(0, MAX_WORD_LENGTH) : word);
                }
            }
        }
        return new SearchQuery(words);
    }

    public boolean isEmpty() {
        return words.isEmpty();
    }

    public List<String> indexedWords() {
        return words.stream().filter(w -> w.codePointCount(0, w.length()) >= INDEXED_LENGTH).toList();
    }

    public List<String> shortWords() {
        return words.stream().filter(w -> w.codePointCount(0, w.length()) < INDEXED_LENGTH).toList();
    }
}
