package org.casefile.store;

import java.util.List;
import org.casefile.domain.Discrepancy;

/** The "advertised versus received" rows of each case, in the order the buyer added them. */
public final class DiscrepancyRepository {
    private final Session session;

    DiscrepancyRepository(Session session) {
        this.session = session;
    }

    public long insert(Discrepancy d) {
        return session.insert("INSERT INTO discrepancies (case_id, attribute, advertised, received, position) "
                        + "VALUES (?, ?, ?, ?, (SELECT coalesce(max(position), 0) + 1 FROM discrepancies "
                        + "WHERE case_id = ?))", d.caseId(), d.attribute(), d.advertised(), d.received(),
                d.caseId());
    }

    public void update(Discrepancy d) {
        int rows = session.update("UPDATE discrepancies SET attribute = ?, advertised = ?, received = ? "
                + "WHERE id = ? AND case_id = ?", d.attribute(), d.advertised(), d.received(), d.id(), d.caseId());
        if (rows == 0) {
            throw new StoreException("There is no discrepancy " + d.id() + " in case " + d.caseId() + ".");
        }
    }

    public void delete(long caseId, long id) {
        if (session.update("DELETE FROM discrepancies WHERE id = ? AND case_id = ?", id, caseId) == 0) {
            throw new StoreException("There is no discrepancy " + id + " in case " + caseId + ".");
        }
    }

    public List<Discrepancy> forCase(long caseId) {
        return session.query("SELECT id, case_id, attribute, advertised, received FROM discrepancies "
                + "WHERE case_id = ? ORDER BY position, id", rows -> new Discrepancy(rows.getLong(1),
                rows.getLong(2), rows.getString(3), rows.getString(4), rows.getString(5)), caseId);
    }
}
