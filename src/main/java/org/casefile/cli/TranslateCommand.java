package org.casefile.cli;

import java.util.concurrent.Callable;
import org.casefile.app.Services;
import org.casefile.library.Library;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "translate", description = "Sets or clears the buyer's translation of one message; the packet shows "
        + "it under the original, marked as the buyer's translation.")
final class TranslateCommand implements Callable<Integer> {
    @ParentCommand CasefileCommand parent;
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "CASE", description = "The case id.") long caseId;
    @Parameters(index = "1", paramLabel = "MESSAGE", description = "The message id (see show CASE --json).")
    long messageId;
    @ArgGroup(exclusive = true, multiplicity = "1") What what;

    static final class What {
        @Option(names = "--text", paramLabel = "TEXT", description = "The translation.") String text;
        @Option(names = "--clear", description = "Removes the translation.") boolean clear;
    }

    @Override
    public Integer call() {
        try (Library library = parent.openLibrary()) {
            Services.of(library, parent.clock()).messages().translate(caseId, messageId,
                    what.clear ? null : what.text);
        }
        spec.commandLine().getOut().println("message " + messageId + (what.clear ? " translation cleared"
                : " translated"));
        return Cli.DONE;
    }
}
