package org.casefile.cli;

import java.io.PrintWriter;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.Callable;
import org.casefile.app.PhoneService;
import org.casefile.app.Services;
import org.casefile.domain.CasefileException;
import org.casefile.domain.EvidenceKind;
import org.casefile.domain.ImportOutcome;
import org.casefile.library.Library;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "receive", description = "Serves a page on the local network that a phone's browser sends photos and "
        + "videos to; they are imported into the case. Prints 'url URL' first, then a line per file as import does; "
        + "stops after --minutes or on Ctrl+C. Plain HTTP: the link's random secret is the only key.")
final class ReceiveCommand implements Callable<Integer> {
    @ParentCommand CasefileCommand parent;
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "CASE", description = "The case id.") long caseId;
    @Option(names = "--kind", paramLabel = "KIND", description = "The kind chosen on the page at first (the phone can "
            + "change it); without it, guessed from each file's name.") String kind;
    @Option(names = "--minutes", paramLabel = "N", defaultValue = "10", description = "Stop after N minutes "
            + "(default ${DEFAULT-VALUE}).") int minutes;
    @Option(names = "--bind", paramLabel = "ADDRESS", description = "The IP address to listen on (default: this "
            + "computer's local-network address; 127.0.0.1 for this computer only).") String bind;
    @Option(names = "--port", paramLabel = "N", defaultValue = "0", description = "The port (default: any free one).")
    int port;

    @Override
    public Integer call() throws InterruptedException {
        if (minutes < 1 || minutes > 24 * 60) {
            throw new CasefileException("--minutes must be between 1 and 1440.");
        }
        if (port < 0 || port > 65535) {
            throw new CasefileException("--port must be between 0 and 65535.");
        }
        EvidenceKind evidenceKind = kind == null ? null : EvidenceKind.fromId(kind);
        PrintWriter out = spec.commandLine().getOut();
        AtomicBoolean rejected = new AtomicBoolean();
        CountDownLatch stopped = new CountDownLatch(1);
        try (Library library = parent.openLibrary();
             PhoneService.PhoneSession session = Services.of(library, parent.clock()).phone().open(caseId,
                     evidenceKind, bind, port, outcome -> {
                         synchronized (out) {
                             ImportCommand.print(out, outcome);
                         }
                         rejected.compareAndSet(false, outcome.status() == ImportOutcome.Status.REJECTED);
                     })) {
            Thread onCtrlC = new Thread(() -> {
                session.close();
                stopped.countDown();
            }, "casefile-receive-stop");
            Runtime.getRuntime().addShutdownHook(onCtrlC);
            if (session.listensEverywhere()) {
                spec.commandLine().getErr().println("Listening on every network of this computer, as asked.");
            }
            synchronized (out) {
                out.println("url " + session.url());
                out.flush();
            }
            try {
                stopped.await(minutes, TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt(); // stopped by whoever started us: close and report
            } finally {
                removeHook(onCtrlC);
            }
        }
        return rejected.get() ? Cli.SOME_REJECTED : Cli.DONE;
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // Ctrl+C: the hook is running
        }
    }
}
