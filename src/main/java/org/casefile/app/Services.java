package org.casefile.app;

import java.time.Clock;
import org.casefile.library.Library;

/** The use cases of one open library, wired in one place for both front ends. */
public record Services(CaseService cases, ClaimService claims, MessageService messages, EvidenceService evidence,
                       AgendaService agenda, SearchService search, SampleCases samples,
                       ExportService exports, BackupService backups, CaseBundleService bundles,
                       RedactionService redactions) {

    public static Services of(Library library, Clock clock) {
        CaseService cases = new CaseService(library, clock);
        EvidenceService evidence = new EvidenceService(library, cases, clock);
        RedactionService redactions = new RedactionService(library, evidence);
        return new Services(cases, new ClaimService(library.database(), cases, clock),
                new MessageService(library.database(), cases, clock), evidence,
                new AgendaService(library.database(), clock), new SearchService(library.database()),
                new SampleCases(library, clock), new ExportService(library, cases, evidence, redactions, clock),
                new BackupService(library, clock), new CaseBundleService(library, cases, clock), redactions);
    }
}
