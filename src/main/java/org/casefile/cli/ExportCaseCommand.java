package org.casefile.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.casefile.app.CaseBundleService;
import org.casefile.app.JobProgress;
import org.casefile.app.Services;
import org.casefile.library.Library;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "export-case", description = "Writes one case as a portable zip (case.json and its evidence files) "
        + "that 'import-case' reads into another library.")
final class ExportCaseCommand implements Callable<Integer> {
    @ParentCommand CasefileCommand parent;
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "CASE", description = "The case id.") long caseId;
    @Parameters(index = "1", paramLabel = "FILE", description = "The zip file to write.") Path file;

    @Override
    public Integer call() {
        CaseBundleService.ExportResult result;
        try (Library library = parent.openExistingLibrary()) {
            result = Services.of(library, parent.clock()).bundles().exportCase(caseId, file, JobProgress.NONE,
                    () -> false);
        }
        spec.commandLine().getOut().println("exported case " + caseId + " with " + result.files() + " evidence file"
                + (result.files() == 1 ? "" : "s") + " to " + result.file() + " (" + result.bytes() + " bytes)");
        return Cli.DONE;
    }
}
