package org.casefile.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import org.casefile.app.Services;
import org.casefile.domain.SearchHit;
import org.casefile.library.Library;
import org.casefile.library.LibraryLocation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "search", description = "Finds every word in items, order numbers, sellers, messages and captions "
        + "(Chinese too); prints where, with the match in [brackets].")
final class SearchCommand implements Callable<Integer> {
    static final int LIMIT = 50;

    @ParentCommand CasefileCommand parent;
    @Spec CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "QUERY", description = "The words to find.") List<String> words;
    @Option(names = "--json", description = "Print JSON for scripts.") boolean json;

    @Override
    public Integer call() {
        return run(parent.library, parent.clock(), words, json, spec.commandLine().getOut(),
                spec.commandLine().getErr());
    }

    /**
     * The search itself, also reached without picocli by {@link DirectRun} for its plainest command lines: given the
     * --library option and the clock rather than the root command, whose class names every command (loading them).
     */
    static int run(String libraryOption, Clock clock, List<String> words, boolean json, PrintWriter out,
                   PrintWriter err) {
        List<SearchHit> hits;
        try (Library library = Library.openExisting(LibraryLocation.resolve(libraryOption))) {
            hits = Services.of(library, clock).search().search(String.join(" ", words), LIMIT);
        }
        if (json) {
            out.println(Json.write(hits));
            return Cli.DONE;
        }
        if (hits.isEmpty()) {
            err.println("Nothing found for: " + String.join(" ", words));
        }
        for (SearchHit hit : hits) {
            out.printf("case %-5d %-8s %s%n", hit.caseId(), hit.field(), hit.snippet().replace('\n', ' '));
        }
        return Cli.DONE;
    }
}
