package org.casefile.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.casefile.app.JobProgress;
import org.casefile.app.Services;
import org.casefile.library.Library;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "import-case", description = "Imports a case bundle made with 'export-case' as a new case, all or "
        + "nothing: a damaged or altered bundle changes nothing. Prints the new case's id.")
final class ImportCaseCommand implements Callable<Integer> {
    @ParentCommand CasefileCommand parent;
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The case bundle (zip).") Path file;

    @Override
    public Integer call() {
        long id;
        try (Library library = parent.openLibrary()) {
            id = Services.of(library, parent.clock()).bundles().importCase(file, JobProgress.NONE, () -> false);
        }
        spec.commandLine().getOut().println(id);
        return Cli.DONE;
    }
}
