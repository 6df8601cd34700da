package org.casefile.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.casefile.app.EmailService;
import org.casefile.app.Services;
import org.casefile.domain.ImportOutcome;
import org.casefile.library.Library;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "import-email", description = "Files emails (.eml, Outlook .msg) as evidence with their attachments. "
        + "Without --case, an order confirmation from AliExpress, Amazon, eBay or Temu opens a case ('case ID'), and "
        + "another email goes to the case whose order number it names. Then a line per file as import prints; parts "
        + "of an email that cannot be read are named on stderr. Exit code 3 when some files were rejected.")
final class ImportEmailCommand implements Callable<Integer> {
    @ParentCommand CasefileCommand parent;
    @Spec CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "The email files.") List<Path> files;
    @Option(names = "--case", paramLabel = "CASE", description = "The case the emails belong to.") Long caseId;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<ImportOutcome> all = new ArrayList<>();
        try (Library library = parent.openLibrary()) {
            Services.of(library, parent.clock()).emails().importEmails(files, caseId, (EmailService.EmailOutcome o) -> {
                if (o.openedCase() != null) {
                    out.println("case " + o.openedCase());
                }
                ImportCommand.print(out, o.email());
                o.attachments().forEach(attachment -> ImportCommand.print(out, attachment));
                o.skipped().forEach(part -> err.println(o.email().file() + ": skipped " + part));
                err.flush();
                all.add(o.email());
                all.addAll(o.attachments());
            });
        }
        return ImportCommand.exitCode(all);
    }
}
