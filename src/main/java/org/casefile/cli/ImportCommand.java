package org.casefile.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import org.casefile.app.Services;
import org.casefile.domain.EvidenceKind;
import org.casefile.domain.ImportOutcome;
import org.casefile.library.Library;
import org.casefile.library.LibraryLocation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "import", description = "Copies photos, screenshots, PDFs and videos into the case's evidence folder "
        + "(the originals are never changed). Exit code 3 when some files were rejected.")
final class ImportCommand implements Callable<Integer> {
    @ParentCommand CasefileCommand parent;
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "CASE", description = "The case id.") long caseId;
    @Parameters(index = "1..*", arity = "1..*", paramLabel = "FILE", description = "The files to import; a folder "
            + "stands for the files in it and its folders (hidden ones left out).")
    List<Path> files;
    @Option(names = "--kind", required = true, paramLabel = "KIND", description = "listing, received, damage, "
            + "packaging, label, tracking, carrier-inquiry, chat, receipt, video or other.") String kind;

    @Override
    public Integer call() {
        return run(parent.library, parent.clock(), caseId, kind, files, spec.commandLine().getOut());
    }

    /**
     * The import itself, also reached without picocli by {@link DirectRun} for its plainest command lines: given the
     * --library option and the clock rather than the root command, whose class names every command (loading them).
     */
    static int run(String libraryOption, Clock clock, long caseId, String kind, List<Path> files, PrintWriter out) {
        EvidenceKind evidenceKind = EvidenceKind.fromId(kind);
        List<ImportOutcome> outcomes;
        try (Library library = Library.open(LibraryLocation.resolve(libraryOption))) {
            var evidence = Services.of(library, clock).evidence();
            outcomes = evidence.importFiles(caseId, evidenceKind, files,
                    outcome -> print(out, outcome, evidence, caseId), () -> false);
        }
        return exitCode(outcomes);
    }

    /** The contract's line for one file: "imported ID FILE", "duplicate ID FILE" or "rejected FILE: REASON". */
    static void print(PrintWriter out, ImportOutcome outcome) {
        print(out, outcome, "");
    }

    /** As {@link #print(PrintWriter, ImportOutcome)}, with "(taken DATE, before the order)" for such a picture. */
    static void print(PrintWriter out, ImportOutcome outcome, org.casefile.app.EvidenceService evidence, long caseId) {
        print(out, outcome, outcome.status() != ImportOutcome.Status.IMPORTED ? ""
                : evidence.takenBeforeOrder(caseId, outcome.evidenceId())
                .map(day -> " (taken " + day + ", before the order)").orElse(""));
    }

    private static void print(PrintWriter out, ImportOutcome outcome, String note) {
        switch (outcome.status()) {
            case IMPORTED -> out.println("imported " + outcome.evidenceId() + " " + outcome.file() + note);
            case DUPLICATE -> out.println("duplicate " + outcome.evidenceId() + " " + outcome.file());
            case REJECTED -> out.println("rejected " + outcome.file() + ": " + outcome.reason());
        }
        out.flush();
    }

    static int exitCode(List<ImportOutcome> outcomes) {
        return outcomes.stream().anyMatch(o -> o.status() == ImportOutcome.Status.REJECTED) ? Cli.SOME_REJECTED
                : Cli.DONE;
    }
}
