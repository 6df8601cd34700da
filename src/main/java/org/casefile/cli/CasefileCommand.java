package org.casefile.cli;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import org.casefile.app.AppVersion;
import org.casefile.library.Library;
import org.casefile.library.LibraryLocation;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Option;

// INHERIT: every command takes -h/--help too ("casefile new-case --help"), as the messages that point there promise.
@Command(name = "casefile", mixinStandardHelpOptions = true, scope = picocli.CommandLine.ScopeType.INHERIT,
        versionProvider = CasefileCommand.Version.class,
        description = "Keeps the evidence of an online order that went wrong and exports a claim-ready packet.%n"
                + "With no command, opens the Casefile window.",
        footer = {"", "The library is --library DIR, else $CASEFILE_LIBRARY, else your data folder "
                + "(~/.local/share/casefile on Linux).",
                "Exit codes: 0 done, 1 user error, 2 usage, 3 some files rejected, 4 verify found problems."})
public final class CasefileCommand implements Callable<Integer> {
    /** Every command, in the order the help lists them. */
    static final List<Class<?>> COMMANDS = List.of(NewCaseCommand.class, ListCommand.class, ShowCommand.class,
            StatusCommand.class, ImportCommand.class, VerifyCommand.class, MessageCommand.class,
            ImportChatCommand.class, OfferCommand.class, DiscrepancyCommand.class, PairCommand.class,
            PairImageCommand.class, ExportCommand.class, DeadlinesCommand.class, SearchCommand.class,
            SampleCommand.class, BackupCommand.class, RestoreCommand.class, ExportCaseCommand.class,
            ImportCaseCommand.class, EditCommand.class, ReturnCommand.class, TranslateCommand.class,
            ReceiveCommand.class, ImportEmailCommand.class, RedactCommand.class, KitCommand.class);

    private final Clock clock;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--library", paramLabel = "DIR", scope = picocli.CommandLine.ScopeType.INHERIT,
            description = "The library folder to use.")
    String library;

    CasefileCommand(Clock clock) {
        this.clock = clock;
    }

    /** Only reached when a script passes options but no command: the GUI is the launcher's business. */
    @Override
    public Integer call() {
        spec.commandLine().getErr().println("Name a command, e.g. 'casefile list'. 'casefile --help' lists them.");
        return Cli.USAGE;
    }

    Library openLibrary() {
        return Library.open(libraryRoot());
    }

    /** For commands that only read: a folder holding no library is refused (exit 1) and nothing is created. */
    Library openExistingLibrary() {
        return Library.openExisting(libraryRoot());
    }

    java.nio.file.Path libraryRoot() {
        return LibraryLocation.resolve(library);
    }

    Clock clock() {
        return clock;
    }

    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"Casefile " + AppVersion.get()};
        }
    }
}
