package org.casefile.app;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.casefile.domain.CasefileException;
import org.casefile.domain.DescriptionWriter;
import org.casefile.domain.Discrepancy;
import org.casefile.domain.Evidence;
import org.casefile.domain.Pair;
import org.casefile.domain.text.Phrase;
import org.casefile.store.Database;

/** What the buyer tells the mediator: the discrepancy rows and the written description. */
public final class ClaimService {

    private final Database database;
    private final CaseService cases;
    private final Clock clock;

    public ClaimService(Database database, CaseService cases, Clock clock) {
        this.database = database;
        this.cases = cases;
        this.clock = clock;
    }

    public Discrepancy addDiscrepancy(long caseId, String attribute, String advertised, String received) {
        cases.get(caseId);
        Discrepancy row = new Discrepancy(0, caseId, attribute, advertised, received);
        long id = database.write(session -> session.discrepancies().insert(row));
        return new Discrepancy(id, caseId, row.attribute(), row.advertised(), row.received());
    }

    public void updateDiscrepancy(Discrepancy row) {
        database.write(session -> {
            session.discrepancies().update(row);
            return null;
        });
    }

    public void removeDiscrepancy(long caseId, long id) {
        database.write(session -> {
            session.discrepancies().delete(caseId, id);
            return null;
        });
    }

    public List<Discrepancy> discrepancies(long caseId) {
        return database.read(session -> session.discrepancies().forCase(caseId));
    }

    /** Pairs a listing screenshot with a photo of what arrived; the same two files are never paired twice. */
    public Pair addPair(long caseId, long listingId, long receivedId, String caption) {
        return database.write(session -> {
            Evidence listing = session.evidence().find(caseId, listingId).orElseThrow(() -> NotFound.evidence(caseId,
                    listingId));
            Evidence received = session.evidence().find(caseId, receivedId).orElseThrow(() -> NotFound.evidence(caseId,
                    receivedId));
            Pair pair = Pair.of(caseId, listing, received, caption);
            if (session.pairs().exists(caseId, listingId, receivedId)) {
                throw new CasefileException(Phrase.of("Pair.already", String.valueOf(listingId),
                        String.valueOf(receivedId)));
            }
            long id = session.pairs().insert(pair);
            return new Pair(id, caseId, listingId, receivedId, pair.caption());
        });
    }

    public void captionPair(long caseId, long pairId, String caption) {
        Pair checked = new Pair(pairId, caseId, 0, 1, caption);
        database.write(session -> {
            session.pairs().setCaption(caseId, pairId, checked.caption());
            return null;
        });
    }

    public void removePair(long caseId, long pairId) {
        database.write(session -> {
            session.pairs().delete(caseId, pairId);
            return null;
        });
    }

    /** The case's order facts: which numbers in its texts are its own (order, tracking) and not a card's. */
    public org.casefile.domain.CaseFacts caseFacts(long caseId) {
        return cases.get(caseId).facts();
    }

    public List<Pair> pairs(long caseId) {
        return database.read(session -> session.pairs().forCase(caseId));
    }

    /** A fresh draft from the case as it stands; the saved description is left alone. */
    public String draftDescription(long caseId) {
        CaseDetails details = cases.details(caseId);
        return DescriptionWriter.draft(details.theCase().facts(), details.discrepancies(), details.history(),
                DescriptionWriter.kindsOf(details.evidence()));
    }

    public void saveDescription(long caseId, String text) {
        String value = DescriptionWriter.checked(text);
        LocalDateTime now = LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
        database.write(session -> {
            session.cases().saveDescription(caseId, value, now);
            return null;
        });
    }
}
