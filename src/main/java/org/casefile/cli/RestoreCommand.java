package org.casefile.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.casefile.app.BackupService;
import org.casefile.app.JobProgress;
import org.casefile.evidence.Verifier;
import org.casefile.library.LibraryLock;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "restore", description = "Restores a backup made with 'backup' into an empty library (choose a new "
        + "folder with --library), checking every file's SHA-256 first and verifying the library afterwards.")
final class RestoreCommand implements Callable<Integer> {
    @ParentCommand CasefileCommand parent;
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The backup zip.")
    Path file;

    @Override
    public Integer call() {
        BackupService.RestoreResult result;
        // The database file is replaced: no window may have the library open meanwhile.
        try (LibraryLock lock = LibraryLock.acquire(parent.libraryRoot())) {
            result = BackupService.restore(parent.libraryRoot(), file, parent.clock(), JobProgress.NONE, () -> false);
        }
        PrintWriter out = spec.commandLine().getOut();
        for (Verifier.Problem problem : result.verified().problems()) {
            out.println(problem.kind().name().toLowerCase(Locale.ROOT) + " " + problem.path() + ": "
                    + problem.detail());
        }
        out.println("restored " + result.cases() + " case" + (result.cases() == 1 ? "" : "s") + " and "
                + result.files() + " evidence file" + (result.files() == 1 ? "" : "s") + "; "
                + (result.verified().ok() ? "every file matches." : "some files do not match."));
        return result.verified().ok() ? Cli.DONE : Cli.VERIFY_PROBLEMS;
    }
}
