package org.casefile.app;

import java.time.Clock;
import org.casefile.library.Library;

/** The use cases of one open library, wired in one place for both front ends. */
public record Services(CaseService cases, ClaimService claims, MessageService messages, EvidenceService evidence,
                       AgendaService agenda, SearchService search, SampleCases samples,
                       ExportService exports, BackupService backups, CaseBundleService bundles,
                       PhoneService phone, EmailService emails, RedactionService redactions, KitService kits) {

    public static Services of(Library library, Clock clock) {
        // The only place that builds services: one clock for all, and the PATH probed for helper programs once.
        CaseService cases = new CaseService(library, clock);
        EvidenceService evidence = new EvidenceService(library, cases, clock);
        RedactionService redactions = new RedactionService(library, evidence);
        ClaimService claims = new ClaimService(library.database(), cases, clock);
        MessageService messages = new MessageService(library.database(), cases, clock);
        ExportService exports = new ExportService(library, cases, evidence, redactions, clock);
        KitService kits = new KitService(cases, exports, new PairImages(claims, evidence, exports), clock);
        return new Services(cases, claims, messages, evidence,
                new AgendaService(library.database(), clock), new SearchService(library.database()),
                new SampleCases(library, cases, evidence, claims, clock), exports,
                new BackupService(library, evidence, clock), new CaseBundleService(library, cases, evidence,
                        redactions, clock),
                new PhoneService(library, cases, evidence),
                new EmailService(library, cases, evidence, messages, clock), redactions, kits);
    }
}
