package org.casefile.app;

import java.time.Clock;
import org.casefile.library.Library;

/**
 * The use cases of one open library, wired in one place for both front ends. Each service is made the first time it
 * is asked for, with one clock for all, and is the same object after that: a command uses one or two of them, and
 * making the rest (the export's, the sample data's, the phone page's…) cost a CLI search a tenth of its start.
 */
public final class Services {
    private final Library library;
    private final Clock clock;
    private CaseService cases;
    private ClaimService claims;
    private MessageService messages;
    private EvidenceService evidence;
    private AgendaService agenda;
    private SearchService search;
    private SampleCases samples;
    private ExportService exports;
    private BackupService backups;
    private CaseBundleService bundles;
    private PhoneService phone;
    private EmailService emails;
    private RedactionService redactions;
    private KitService kits;

    private Services(Library library, Clock clock) {
        this.library = library;
        this.clock = clock;
    }

    public static Services of(Library library, Clock clock) {
        return new Services(library, clock);
    }

    public synchronized CaseService cases() {
        return cases != null ? cases : (cases = new CaseService(library, clock));
    }

    public synchronized ClaimService claims() {
        return claims != null ? claims : (claims = new ClaimService(library.database(), cases(), clock));
    }

    public synchronized MessageService messages() {
        return messages != null ? messages : (messages = new MessageService(library.database(), cases(), clock));
    }

    public synchronized EvidenceService evidence() {
        return evidence != null ? evidence : (evidence = new EvidenceService(library, cases(), clock));
    }

    public synchronized AgendaService agenda() {
        return agenda != null ? agenda : (agenda = new AgendaService(library.database(), clock));
    }

    public synchronized SearchService search() {
        return search != null ? search : (search = new SearchService(library.database()));
    }

    public synchronized SampleCases samples() {
        return samples != null ? samples : (samples = new SampleCases(library, cases(), evidence(), claims(), clock));
    }

    public synchronized ExportService exports() {
        return exports != null ? exports
                : (exports = new ExportService(library, cases(), evidence(), redactions(), clock));
    }

    public synchronized BackupService backups() {
        return backups != null ? backups : (backups = new BackupService(library, evidence(), clock));
    }

    public synchronized CaseBundleService bundles() {
        return bundles != null ? bundles
                : (bundles = new CaseBundleService(library, cases(), evidence(), redactions(), clock));
    }

    public synchronized PhoneService phone() {
        return phone != null ? phone : (phone = new PhoneService(library, cases(), evidence()));
    }

    public synchronized EmailService emails() {
        return emails != null ? emails
                : (emails = new EmailService(library, cases(), evidence(), messages(), clock));
    }

    public synchronized RedactionService redactions() {
        return redactions != null ? redactions : (redactions = new RedactionService(library, evidence()));
    }

    public synchronized KitService kits() {
        return kits != null ? kits
                : (kits = new KitService(cases(), exports(), new PairImages(claims(), evidence(), exports()), clock));
    }
}
