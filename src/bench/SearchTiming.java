import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.casefile.app.SearchService;
import org.casefile.library.Library;

/**
 * In-app search speed: what the case list filter costs once the app is running (warm JVM, open library).
 * Usage: java -cp target/casefile.jar:CLASSES SearchTiming LIBRARY [QUERY...]
 */
public class SearchTiming {
    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    public static void main(String[] args) {
        List<String> queries = args.length > 1 ? List.of(args).subList(1, args.length)
                : List.of("resend", "2TB yunda", "亲", "退款", "PO-211", "dispute-opened aliexpress", "xyzzy", "a");
        try (Library library = Library.open(Path.of(args[0]))) {
            SearchService search = new SearchService(library.database());
            for (int i = 0; i < 20; i++) {          // warm up, as a running app is
                queries.forEach(q -> search.matchingCases(q));
            }
            System.out.println("query                        cases    case-list filter   search with snippets");
            for (String query : queries) {
                List<Long> filter = new ArrayList<>();
                List<Long> hits = new ArrayList<>();
                int found = 0;
                for (int i = 0; i < 15; i++) {
                    long start = System.nanoTime();
                    found = search.matchingCases(query).size();
                    long middle = System.nanoTime();
                    search.search(query, 50);
                    filter.add(middle - start);
                    hits.add(System.nanoTime() - middle);
                }
                System.out.printf("%-28s %6d   %10.1f ms   %12.1f ms%n", "'" + query + "'", found,
                        median(filter) / 1e6, median(hits) / 1e6);
            }
        }
    }
}
