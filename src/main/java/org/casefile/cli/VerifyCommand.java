package org.casefile.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.casefile.app.FileCheck;
import org.casefile.app.Services;
import org.casefile.evidence.Verifier;
import org.casefile.library.Library;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "verify", description = "Re-hashes every evidence file of a case (or of the library) and names each "
        + "one that changed, is missing, or is in a case folder without being recorded. Exit code 4 on problems.")
final class VerifyCommand implements Callable<Integer> {
    @ParentCommand CasefileCommand parent;
    @Spec CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "CASE", description = "The case id (default: all).")
    Long caseId;

    @Override
    public Integer call() {
        Verifier.Report report;
        try (Library library = parent.openExistingLibrary()) {
            report = Services.of(library, parent.clock()).evidence().verify(caseId);
        }
        PrintWriter out = spec.commandLine().getOut();
        FileCheck.of(report).problems().forEach(out::println);
        if (report.ok()) {
            out.println("All " + report.checked() + " evidence file" + (report.checked() == 1 ? "" : "s")
                    + " match what was imported.");
            return Cli.DONE;
        }
        return Cli.VERIFY_PROBLEMS;
    }
}
