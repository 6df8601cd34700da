package org.casefile.app;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.casefile.domain.CasefileException;
import org.casefile.domain.DescriptionWriter;
import org.casefile.domain.Discrepancy;
import org.casefile.store.Database;

/** What the buyer tells the mediator: the discrepancy rows and the written description. */
public final class ClaimService {
    public static final int MAX_DESCRIPTION = 5000;

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

    /** A fresh draft from the case as it stands; the saved description is left alone. */
    public String draftDescription(long caseId) {
        CaseDetails details = cases.details(caseId);
        return DescriptionWriter.draft(details.theCase().facts(), details.discrepancies(), details.history());
    }

    public void saveDescription(long caseId, String text) {
        String value = text == null || text.isBlank() ? null : text.strip();
        if (value != null && value.length() > MAX_DESCRIPTION) {
            throw new CasefileException("Keep the description under " + MAX_DESCRIPTION
                    + " characters; dispute forms cut longer text.");
        }
        LocalDateTime now = LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
        database.write(session -> {
            session.cases().saveDescription(caseId, value, now);
            return null;
        });
    }
}
