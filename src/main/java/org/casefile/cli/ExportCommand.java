package org.casefile.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import org.casefile.app.JobProgress;
import org.casefile.app.CaseDetails;
import org.casefile.app.ExportRequest;
import org.casefile.app.ExportResult;
import org.casefile.app.ExportService;
import org.casefile.app.Services;
import org.casefile.library.Library;
import org.casefile.library.LibraryLocation;
import org.casefile.domain.PacketProfile;
import org.casefile.domain.text.Language;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "export", description = "Writes the case's evidence packet (PDF/A) for a dispute route, within its "
        + "size and page budget; prints the file, its size and pages.")
final class ExportCommand implements Callable<Integer> {
    @ParentCommand CasefileCommand parent;
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "CASE", description = "The case id.") long caseId;
    @Option(names = "--profile", required = true, paramLabel = "PROFILE",
            description = "Who it is for: platform, paypal, chargeback or section75.") String profile;
    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The PDF to write.") Path out;
    @Option(names = "--max-size", paramLabel = "SIZE|none",
            description = "Size budget, e.g. 2MB, 500KB (1 MB = 1,000,000 bytes); none keeps the original pictures. "
                    + "Default: the profile's (chargeback 2MB, others 10MB).") String maxSize;
    @Option(names = "--max-pages", paramLabel = "N", description = "Page budget (default: chargeback 17, others none).")
    Integer maxPages;
    @Option(names = "--route-closed-ok", description = "Write the packet even when the case is not eligible for the "
            + "route (e.g. Section 75 under £100).") boolean routeClosedOk;
    @Option(names = "--leave-out", paramLabel = "EVIDENCE", split = ",",
            description = "Leave this evidence out of the packet (e.g. a file missing or changed on disk); "
                    + "repeat it or separate ids with commas.") List<Long> leaveOut;
    @Option(names = "--language", paramLabel = "en|ko|es|fr|de|pt", converter = LanguageCode.class,
            description = "The packet's language (default en); a Section 75 letter is always English.")
    Language language;
    @Option(names = "--hide-contact", description = "Replaces your own email addresses and phone numbers in messages "
            + "and captions with [buyer's email] and [buyer's phone].") boolean hideContact;

    /** "ko" → Korean; any other code is a usage error that lists the codes. */
    static final class LanguageCode implements CommandLine.ITypeConverter<Language> {
        @Override
        public Language convert(String code) {
            return Language.ofCode(code).orElseThrow(() -> new CommandLine.TypeConversionException(
                    "'" + code + "' is not a packet language. Use one of: " + Language.codes() + "."));
        }
    }

    /** What one export line asks, as read by picocli or by {@link DirectRun}. */
    record Line(long caseId, String profile, Path out, String maxSize, Integer maxPages, boolean routeClosedOk,
                List<Long> leaveOut, Language language, boolean hideContact) {
    }

    @Override
    public Integer call() {
        return run(parent.library, parent.clock(), new Line(caseId, profile, out, maxSize, maxPages, routeClosedOk,
                leaveOut, language, hideContact), spec.commandLine().getOut(), spec.commandLine().getErr());
    }

    /**
     * The export itself, also reached without picocli by {@link DirectRun} for its plainest command lines: given the
     * --library option and the clock rather than the root command, whose class names every command (loading them).
     */
    static int run(String libraryOption, Clock clock, Line line, PrintWriter out, PrintWriter err) {
        PacketProfile chosen = PacketProfile.fromId(line.profile());
        long bytes = line.maxSize() == null ? chosen.maxBytes() : ExportRequest.parseMaxSize(line.maxSize());
        if (line.maxPages() != null && line.maxPages() < 1) {
            throw new org.casefile.domain.CasefileException("--max-pages must be at least 1.");
        }
        ExportRequest request = new ExportRequest(chosen, bytes,
                line.maxPages() == null ? chosen.maxPages() : line.maxPages(), line.hideContact())
                .leavingOut(line.leaveOut() == null ? List.of() : line.leaveOut()).inLanguage(line.language());
        if (line.language() != null && line.language() != Language.ENGLISH && chosen == PacketProfile.SECTION75) {
            err.println("The Section 75 letter is written in English (UK law, UK banks), whatever --language asks.");
        }
        ExportResult result;
        try (Library library = Library.openExisting(LibraryLocation.resolve(libraryOption))) {
            Services services = Services.of(library, clock);
            // Read once, for the route, the gaps and the packet.
            CaseDetails details = services.cases().details(line.caseId());
            var closed = ExportService.closedRoute(details, chosen);
            if (closed.isPresent() && !line.routeClosedOk()) {
                throw new org.casefile.domain.CasefileException(closed.get() + " Nothing was written; add "
                        + "--route-closed-ok to write it anyway.");
            }
            // Said before writing, so the buyer can fill the gaps and export again.
            ExportService.gaps(details, chosen).forEach(gap -> err.println("missing or doubtful: " + gap));
            result = services.exports().export(details, request, line.out(), JobProgress.NONE, () -> false);
        } catch (org.casefile.evidence.EvidenceFileException e) {
            throw e.withAdvice("To export without it: --leave-out " + e.evidence().id() + ".");
        }
        out.printf("wrote %s (%s, %d pages, %d pictures, %s)%n", result.file(),
                org.casefile.packet.pdf.Texts.size(result.bytes()), result.pages(), result.images(),
                result.imageStep());
        result.notes().forEach(err::println);
        return Cli.DONE;
    }
}
