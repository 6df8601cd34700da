package org.casefile.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.casefile.app.AgendaItem;
import org.casefile.app.AgendaService;
import org.casefile.app.CalendarFile;
import org.casefile.app.Services;
import org.casefile.library.Library;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "deadlines", description = "Lists every deadline still to act on across all open cases, soonest "
        + "first; --ics writes them as a calendar file with reminders a week and a day before.")
final class DeadlinesCommand implements Callable<Integer> {
    @ParentCommand CasefileCommand parent;
    @Spec CommandSpec spec;

    @Option(names = "--json", description = "Print JSON for scripts.") boolean json;
    @Option(names = "--ics", paramLabel = "FILE", description = "Write an iCalendar file for your calendar app.")
    Path ics;

    record Row(long caseId, String kind, String date, String state, String platform, String orderNumber,
               String action) {
    }

    @Override
    public Integer call() {
        List<AgendaItem> items;
        int written = 0;
        try (Library library = parent.openExistingLibrary()) {
            AgendaService agenda = Services.of(library, parent.clock()).agenda();
            items = agenda.pending();
            if (ics != null) {
                written = CalendarFile.write(items, agenda.libraryId(), agenda.today(), agenda.now(), ics);
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(Json.write(items.stream().map(i -> new Row(i.caseId(), i.deadline().kind().id(),
                    Json.date(i.deadline().date()), i.state().id(), i.platform().id(), i.orderNumber(),
                    i.action() + " " + i.deadline().date())).toList()));
        } else if (ics == null) {
            if (items.isEmpty()) {
                spec.commandLine().getErr().println("No deadlines: add the buyer-protection end date to a case, "
                        + "or record its status.");
            }
            for (AgendaItem i : items) {
                out.printf("%s  %-9s  case %-5d %s %s%n", i.deadline().date(), i.state().id(), i.caseId(),
                        i.action(), i.deadline().date());
            }
        }
        if (ics != null) {
            spec.commandLine().getErr().println("Wrote " + written + " upcoming deadline" + (written == 1 ? "" : "s")
                    + " to " + ics.toAbsolutePath() + ".");
        }
        return Cli.DONE;
    }
}
