package org.casefile.store;

import java.util.List;
import org.casefile.domain.Pair;

/** The listing-versus-received pairs of each case, in the order the buyer made them. */
public final class PairRepository {
    private final Session session;

    PairRepository(Session session) {
        this.session = session;
    }

    public long insert(Pair p) {
        return session.insert("INSERT INTO pairs (case_id, listing_id, received_id, caption, position) "
                        + "VALUES (?, ?, ?, ?, (SELECT coalesce(max(position), 0) + 1 FROM pairs WHERE case_id = ?))",
                p.caseId(), p.listingId(), p.receivedId(), p.caption(), p.caseId());
    }

    public void setCaption(long caseId, long id, String caption) {
        if (session.update("UPDATE pairs SET caption = ? WHERE id = ? AND case_id = ?", caption, id, caseId) == 0) {
            throw new StoreException("There is no pair " + id + " in case " + caseId + ".");
        }
    }

    public void delete(long caseId, long id) {
        if (session.update("DELETE FROM pairs WHERE id = ? AND case_id = ?", id, caseId) == 0) {
            throw new StoreException("There is no pair " + id + " in case " + caseId + ".");
        }
    }

    public boolean exists(long caseId, long listingId, long receivedId) {
        return session.queryLong("SELECT count(*) FROM pairs WHERE case_id = ? AND listing_id = ? AND received_id = ?",
                caseId, listingId, receivedId) > 0;
    }

    public List<Pair> forCase(long caseId) {
        return session.query("SELECT id, case_id, listing_id, received_id, caption FROM pairs WHERE case_id = ? "
                + "ORDER BY position, id", rows -> new Pair(rows.getLong(1), rows.getLong(2), rows.getLong(3),
                rows.getLong(4), rows.getString(5)), caseId);
    }
}
