package org.casefile.app;

import java.util.List;
import java.util.Set;
import org.casefile.domain.SearchHit;
import org.casefile.domain.SearchQuery;
import org.casefile.store.Database;

/** Finds cases by any word: item, order number, seller, platform, claim, status, messages and captions. */
public final class SearchService {
    private final Database database;

    public SearchService(Database database) {
        this.database = database;
    }

    public List<SearchHit> search(String text, int limit) {
        SearchQuery query = SearchQuery.parse(text);
        return database.read(session -> session.search().search(query, limit));
    }

    /** Ids of the cases in which every word of {@code text} occurs; null when the text has no words at all. */
    public Set<Long> matchingCases(String text) {
        SearchQuery query = SearchQuery.parse(text);
        return query.isEmpty() ? null : database.read(session -> session.search().matchingCases(query));
    }
}
