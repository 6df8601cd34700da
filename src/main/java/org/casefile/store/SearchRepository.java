package org.casefile.store;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.StringJoiner;
import java.util.stream.Collectors;
import org.casefile.domain.SearchHit;
import org.casefile.domain.SearchQuery;

/**
 * Full-text search over the search_index table (migration 003). Every word the user typed is passed as a bound
 * parameter: as a quoted FTS5 phrase for words of three or more characters, as an escaped LIKE pattern for shorter
 * ones, so no input can change the query's meaning.
 */
public final class SearchRepository {
    private static final int SNIPPET_TOKENS = 40;
    private static final int SNIPPET_CONTEXT = 30;

    private final Session session;

    SearchRepository(Session session) {
        this.session = session;
    }

    /**
     * The fields that matched, in the cases where every word occurs somewhere (one word in the item, another in the
     * seller's name is a match), best matches first. One statement: the cases holding every word are a subquery (one
     * per word, intersected), not ids read into Java and sent back (10,000 of them for a common word); a single word
     * needs no such filter, as every field it matches is in a case that holds it.
     */
    public List<SearchHit> search(SearchQuery query, int limit) {
        if (query.isEmpty()) {
            return List.of();
        }
        List<Object> values = new ArrayList<>();
        StringJoiner cases = new StringJoiner(" INTERSECT ", " AND case_id IN (", ")").setEmptyValue("");
        if (query.words().size() > 1) {
            for (String word : query.words()) {
                WordTest test = WordTest.of(word);
                cases.add("SELECT case_id FROM search_index WHERE " + test.where());
                values.add(test.value());
            }
        }
        if (!query.indexedWords().isEmpty()) {
            values.add(0, anyOf(query.indexedWords()));
            values.add(limit);
            return session.query("SELECT case_id, field, snippet(search_index, 2, '[', ']', '…', " + SNIPPET_TOKENS
                            + ") FROM search_index WHERE search_index MATCH ?" + cases + " ORDER BY rank LIMIT ?",
                    rows -> new SearchHit(rows.getLong(1), rows.getString(2), rows.getString(3)), values.toArray());
        }
        String word = query.shortWords().get(0);
        values.add(0, likePattern(word));
        values.add(limit);
        return session.query("SELECT case_id, field, text FROM search_index WHERE text LIKE ? ESCAPE '\\'" + cases
                        + " ORDER BY case_id DESC LIMIT ?",
                rows -> new SearchHit(rows.getLong(1), rows.getString(2), around(rows.getString(3), word)),
                values.toArray());
    }

    /** Cases in which every word occurs somewhere (one word in the item, another in a message is a match). */
    public Set<Long> matchingCases(SearchQuery query) {
        Set<Long> cases = null;
        for (String word : query.words()) {
            WordTest test = WordTest.of(word);
            List<Long> found = session.query("SELECT DISTINCT case_id FROM search_index WHERE " + test.where(),
                    rows -> rows.getLong(1), test.value());
            if (cases == null) {
                cases = new HashSet<>(found);
            } else {
                cases.retainAll(found);
            }
            if (cases.isEmpty()) {
                break;
            }
        }
        return cases == null ? Set.of() : cases;
    }

    /** How one word is looked for: the condition on search_index and the one value bound to it. */
    private record WordTest(String where, Object value) {
        static WordTest of(String word) {
            if (word.codePointCount(0, word.length()) >= SearchQuery.INDEXED_LENGTH) {
                return new WordTest("search_index MATCH ?", matchExpression(List.of(word)));
            }
            if (hasNoCase(word)) {
                // Chinese, digits, symbols: a plain substring test, quicker than a LIKE pattern over every row.
                return new WordTest("instr(text, ?) > 0", word);
            }
            return new WordTest("text LIKE ? ESCAPE '\\'", likePattern(word));
        }
    }

    /** Each word as a quoted phrase, any of them: the fields worth showing in a case that matched them all. */
    static String anyOf(List<String> words) {
        return words.stream().map(word -> matchExpression(List.of(word))).collect(Collectors.joining(" OR "));
    }

    /** Each word as a quoted phrase (quotes doubled), all required: operators and brackets stay literal. */
    static String matchExpression(List<String> words) {
        StringBuilder expression = new StringBuilder();
        for (String word : words) {
            expression.append(expression.length() == 0 ? "" : " ").append('"').append(word.replace("\"", "\"\""))
                    .append('"');
        }
        return expression.toString();
    }

    static boolean hasNoCase(String word) {
        return word.equals(word.toLowerCase(Locale.ROOT)) && word.equals(word.toUpperCase(Locale.ROOT));
    }

    static String likePattern(String word) {
        return "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    /** A snippet for a match the index could not highlight: the words around it, the match in brackets. */
    static String around(String text, String word) {
        int at = text.toLowerCase(Locale.ROOT).indexOf(word.toLowerCase(Locale.ROOT));
        if (at < 0) {
            return text.length() <= 2 * SNIPPET_CONTEXT ? text : text.substring(0, 2 * SNIPPET_CONTEXT) + "…";
        }
        int from = Math.max(0, at - SNIPPET_CONTEXT);
        int to = Math.min(text.length(), at + word.length() + SNIPPET_CONTEXT);
        return (from > 0 ? "…" : "") + text.substring(from, at) + "[" + text.substring(at, at + word.length()) + "]"
                + text.substring(at + word.length(), to) + (to < text.length() ? "…" : "");
    }
}
