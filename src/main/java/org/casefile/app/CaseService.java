package org.casefile.app;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.casefile.domain.Case;
import org.casefile.domain.CaseFacts;
import org.casefile.domain.CaseFactsInput;
import org.casefile.domain.CaseStatus;
import org.casefile.domain.CaseSummary;
import org.casefile.domain.CasefileException;
import org.casefile.domain.Deadline;
import org.casefile.domain.DeadlineRules;
import org.casefile.domain.Evidence;
import org.casefile.domain.Message;
import org.casefile.domain.NextSteps;
import org.casefile.domain.Offer;
import org.casefile.domain.Outcome;
import org.casefile.domain.Route;
import org.casefile.domain.RouteRules;
import org.casefile.domain.StatusChange;
import org.casefile.domain.StatusFlags;
import org.casefile.domain.Warnings;
import org.casefile.domain.text.AsTyped;
import org.casefile.domain.text.Phrase;
import org.casefile.library.Library;
import org.casefile.store.CaseRepository;
import org.casefile.store.Database;

/** Creating, reading, changing and deleting cases: the use cases both the GUI and the CLI call. */
public final class CaseService {
    private final Library library;
    private final Database database;
    private final Clock clock;

    public CaseService(Library library, Clock clock) {
        this.library = library;
        this.database = library.database();
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public LocalDateTime now() {
        return LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
    }

    /** Checks the facts, makes the case folder and saves the case; on any failure nothing is left behind. */
    public Case create(CaseFactsInput input) {
        CaseFacts facts = input.parse(today());
        String folder = library.createCaseFolder(facts.orderedOn(), facts.platform().label(), facts.orderNumber());
        try {
            long id = database.write(session -> session.cases().insert(facts, folder, now()));
            return get(id);
        } catch (RuntimeException e) {
            library.removeEmptyCaseFolder(folder);
            throw e;
        }
    }

    public Case update(long id, CaseFactsInput input) {
        CaseFacts facts = input.parse(today());
        database.write(session -> {
            session.cases().update(id, facts, now());
            return null;
        });
        return get(id);
    }

    /** Records how the buyer tried to send the goods back (null forgets it); the order facts stay as they are. */
    public Case recordReturn(long id, org.casefile.domain.ReturnAttempt attempt) {
        if (attempt != null && attempt.sentOn() != null && attempt.sentOn().isAfter(today())) {
            throw new CasefileException(Phrase.of("Error.returnInFuture", new AsTyped(attempt.sentOn())));
        }
        if (attempt != null && attempt.sellerReceivedOn() != null && attempt.sellerReceivedOn().isAfter(today())) {
            throw new CasefileException(Phrase.of("Error.returnReceivedInFuture",
                    new AsTyped(attempt.sellerReceivedOn())));
        }
        database.write(session -> {
            session.cases().saveReturn(id, attempt, now());
            return null;
        });
        return get(id);
    }

    public Case changeStatus(long id, CaseStatus status, Outcome outcome, LocalDateTime at, String note) {
        LocalDateTime when = at == null ? now() : at.truncatedTo(ChronoUnit.SECONDS);
        StatusChange.checkedNote(note);
        if (outcome != null && status != CaseStatus.RESOLVED) {
            throw new CasefileException(Phrase.of("Error.outcomeOnlyResolved"));
        }
        database.write(session -> {
            // Closing a resolved case keeps how it ended: whether the buyer got their money decides what is left.
            Outcome kept = outcome == null && status == CaseStatus.CLOSED
                    ? session.cases().find(id).map(Case::outcome).orElse(null) : outcome;
            session.cases().changeStatus(id, status, kept, when, StatusChange.checkedNote(note));
            return null;
        });
        return get(id);
    }

    /** Deletes the case; its folder goes to the library's trash, never straight to oblivion. */
    public void delete(long id) {
        Case doomed = get(id);
        Path trashed = library.trash(doomed.folder(), now());
        try {
            database.write(session -> {
                session.cases().delete(id);
                return null;
            });
        } catch (RuntimeException e) {
            if (trashed != null) {
                library.untrash(trashed, doomed.folder());
            }
            throw e;
        }
    }

    public Case get(long id) {
        return database.read(session -> session.cases().find(id))
                .orElseThrow(() -> NotFound.caseOf(id));
    }

    public List<CaseSummary> list() {
        LocalDate today = today();
        return database.read(session -> {
            List<CaseSummary> summaries = new ArrayList<>();
            CasePass.everyCase(session, (c, deadlines) -> summaries.add(CasePass.row(c, deadlines, today)));
            return summaries;
        });
    }

    /** A number that changes whenever another process (e.g. the command line) has written to this library. */
    public long changesByOthers() {
        return database.changesByOthers();
    }

    public boolean isEmpty() {
        return database.read(session -> session.cases().count() == 0);
    }

    public CaseDetails details(long id) {
        return database.read(session -> {
            Case theCase = session.cases().find(id)
                    .orElseThrow(() -> NotFound.caseOf(id));
            List<StatusChange> history = session.cases().history(id);
            List<Message> messages = session.messages().forCase(id);
            CaseFacts facts = theCase.facts();
            List<Deadline> deadlines = DeadlineRules.derive(facts, theCase.status(), theCase.outcome(), history,
                    session.settings().deadlineSettings());
            LocalDate today = today();
            List<Route> routes = RouteRules.routes(facts, theCase.status(), theCase.outcome(), deadlines, today);
            List<Offer> offers = session.offers().forCase(id);
            List<Evidence> evidence = session.evidence().forCase(id);
            List<Phrase> flags = new ArrayList<>(StatusFlags.phrases(facts, history, messages, evidence));
            Warnings.aboutRequestedResolutionPhrase(facts).ifPresent(flags::add);
            return new CaseDetails(theCase, history, messages, deadlines, routes,
                    timeline(history, messages, offers, deadlines, evidence), session.discrepancies().forCase(id),
                    session.cases().description(id),
                    NextSteps.suggest(facts, theCase.status(), theCase.outcome(), deadlines, routes, today)
                            .orElse(null),
                    offers, Warnings.aboutConfirmingReceiptPhrase(theCase.status(), facts.claim()).orElse(null),
                    evidence,
                    session.messages().attachments(id), session.pairs().forCase(id), List.copyOf(flags),
                    session.emails().forCase(id), session.evidence().redactions(id));
        });
    }

    /** The case's story in order; a deadline stands at the end of its day, after what happened that day. */
    private static List<TimelineEntry> timeline(List<StatusChange> history, List<Message> messages, List<Offer> offers,
                                                List<Deadline> deadlines, List<Evidence> evidence) {
        List<TimelineEntry> entries = new ArrayList<>();
        for (Evidence item : evidence) {
            entries.add(TimelineEntry.said(item.importedAt(), "evidence",
                    Phrase.of("Timeline.evidence", item.kind().inline(), item.originalName())));
        }
        for (Offer offer : offers) {
            entries.add(TimelineEntry.said(offer.at(), "offer", offer.phrase()));
        }
        for (Deadline deadline : deadlines) {
            entries.add(TimelineEntry.said(deadline.date().atTime(23, 59, 59), "deadline", deadline.done()
                    ? Phrase.of("Timeline.deadline.done", deadline.kind().phrase(), deadline.doneTextPhrase())
                    : Phrase.of("Timeline.deadline", deadline.kind().phrase())));
        }
        for (StatusChange change : history) {
            entries.add(TimelineEntry.said(change.at(), "status", change.note() == null
                    ? Phrase.of("Timeline.status", change.status().phrase())
                    : CaseRepository.OPENED_NOTE.equals(change.note())
                    ? Phrase.of("Timeline.opened", change.status().phrase())
                    : Phrase.of("Timeline.status.note", change.status().phrase(), change.note())));
        }
        for (Message message : messages) {
            Object who = message.authorName() != null ? message.authorName() : message.author().phrase();
            entries.add(TimelineEntry.said(message.at(), "message", message.translation() == null
                    ? Phrase.of("Timeline.message", who, message.text())
                    : Phrase.of("Timeline.message.translated", who, message.text(), message.translation())));
        }
        entries.sort(Comparator.comparing(TimelineEntry::at));
        return entries;
    }
}
