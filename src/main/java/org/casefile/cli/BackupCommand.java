package org.casefile.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.casefile.app.BackupService;
import org.casefile.app.JobProgress;
import org.casefile.app.Services;
import org.casefile.library.Library;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "backup", description = "Writes the whole library (a consistent copy of the database and every "
        + "evidence file, with their SHA-256) to one zip file. Safe while the window is open.")
final class BackupCommand implements Callable<Integer> {
    @ParentCommand CasefileCommand parent;
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The zip file to write, outside the library.")
    Path file;

    @Override
    public Integer call() {
        BackupService.BackupResult result;
        try (Library library = parent.openExistingLibrary()) {
            result = Services.of(library, parent.clock()).backups().backup(file, JobProgress.NONE, () -> false);
        }
        PrintWriter out = spec.commandLine().getOut();
        for (String missing : result.missing()) {
            spec.commandLine().getErr().println("missing " + missing + ": recorded but not in the library, not backed "
                    + "up");
        }
        for (String changed : result.changed()) {
            spec.commandLine().getErr().println("changed " + changed + ": not the bytes recorded at import; backed up "
                    + "as it is now (run verify)");
        }
        out.println("backed up " + result.cases() + " case" + (result.cases() == 1 ? "" : "s") + " and "
                + result.files() + " evidence file" + (result.files() == 1 ? "" : "s") + " to " + result.file()
                + " (" + result.bytes() + " bytes)");
        return result.complete() ? Cli.DONE : Cli.VERIFY_PROBLEMS;
    }
}
