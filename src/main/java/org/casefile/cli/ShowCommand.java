package org.casefile.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.casefile.app.CaseDetails;
import org.casefile.app.CaseService;
import org.casefile.app.Services;
import org.casefile.domain.Case;
import org.casefile.domain.CaseFacts;
import org.casefile.domain.Deadline;
import org.casefile.domain.Route;
import org.casefile.library.Library;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "show", description = "Shows one case: order facts, deadlines, routes and its story so far.")
final class ShowCommand implements Callable<Integer> {
    @ParentCommand CasefileCommand parent;
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "CASE", description = "The case id.") long caseId;
    @Option(names = "--json", description = "Print JSON for scripts.") boolean json;

    @Override
    public Integer call() {
        CaseDetails details;
        LocalDate today;
        try (Library library = parent.openExistingLibrary()) {
            CaseService cases = Services.of(library, parent.clock()).cases();
            details = cases.details(caseId);
            today = cases.today();
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(Json.write(CaseJson.of(details, today)));
        } else {
            print(details, today, out);
        }
        return Cli.DONE;
    }

    private static void print(CaseDetails details, LocalDate today, PrintWriter out) {
        Case c = details.theCase();
        CaseFacts f = c.facts();
        out.printf("Case %d: %s%n", c.id(), f.item());
        line(out, "Platform", f.platform().label());
        line(out, "Order", f.orderNumber());
        line(out, "Seller", f.seller());
        line(out, "Claim", f.claim().label());
        line(out, "Asking for", f.resolution().label() + (f.refundAsked() == null ? "" : " of " + f.refundAsked()));
        line(out, "Status", c.status().label() + (c.outcome() == null ? "" : " (" + c.outcome().label() + ")"));
        line(out, "Ordered", f.orderedOn());
        line(out, "Paid", f.paid() + " by " + f.payment().label().toLowerCase());
        line(out, "Country", f.country());
        line(out, "Tracking", f.trackingNumber() == null ? null
                : f.trackingNumber() + (f.carrier() == null ? "" : " (" + f.carrier() + ")"));
        line(out, "Expected by", f.expectedDelivery());
        line(out, "Protection", f.protectionEnds() == null ? null : "ends " + f.protectionEnds());
        line(out, "Listing", f.listingUrl());
        line(out, "Folder", c.folder());
        if (details.nextStep() != null) {
            out.println();
            out.println("Next step: " + details.nextStep().action()
                    + (details.nextStep().by() == null ? "" : " (by " + details.nextStep().by() + ")"));
            out.println("  Source: " + details.nextStep().source().label());
        }
        details.flags().forEach(flag -> out.println("Note: " + flag));
        if (details.reminder() != null) {
            out.println("Reminder: " + details.reminder());
        }
        List<Deadline> deadlines = details.deadlines();
        if (!deadlines.isEmpty()) {
            out.println();
            out.println("Deadlines");
            for (Deadline d : deadlines) {
                out.printf("  %s  %-32s %-9s %s%n", d.date(), d.kind().label(), d.state(today).id(), d.source());
            }
        }
        if (!details.discrepancies().isEmpty()) {
            out.println();
            out.println("Advertised versus received");
            details.discrepancies().forEach(d -> out.printf("  %s: %s / %s%n", d.attribute(), d.advertised(),
                    d.received()));
        }
        out.println();
        out.println("Routes to a refund");
        for (Route r : details.routes()) {
            out.printf("  %-3s %-20s %s (source: %s)%n", r.eligible() ? "yes" : "no", r.route().label(), r.reason(),
                    r.source().label());
        }
        out.println();
        out.println("Timeline");
        details.timeline().forEach(e -> out.printf("  %s  %s%n", Json.time(e.at()).replace('T', ' '), e.text()));
    }

    private static void line(PrintWriter out, String label, Object value) {
        if (value != null) {
            out.printf("  %-12s %s%n", label, value);
        }
    }
}
