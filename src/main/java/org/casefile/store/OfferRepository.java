package org.casefile.store;

import java.util.List;
import org.casefile.domain.Money;
import org.casefile.domain.Offer;
import org.casefile.domain.OfferDecision;

/** The seller's offers of each case. */
public final class OfferRepository {
    private final Session session;

    OfferRepository(Session session) {
        this.session = session;
    }

    public long insert(Offer offer) {
        return session.insert("INSERT INTO offers (case_id, at, amount, currency, decision, reason) "
                        + "VALUES (?, ?, ?, ?, ?, ?)", offer.caseId(), offer.at(),
                offer.amount().amount().toPlainString(), offer.amount().currency().getCurrencyCode(),
                offer.decision(), offer.reason());
    }

    public void decide(long caseId, long id, OfferDecision decision, String reason) {
        if (session.update("UPDATE offers SET decision = ?, reason = ? WHERE id = ? AND case_id = ?", decision,
                reason, id, caseId) == 0) {
            throw new StoreException("There is no offer " + id + " in case " + caseId + ".");
        }
    }

    public List<Offer> forCase(long caseId) {
        return session.query("SELECT id, case_id, at, amount, currency, decision, reason FROM offers "
                + "WHERE case_id = ? ORDER BY at, id", rows -> new Offer(rows.getLong(1), rows.getLong(2),
                IsoText.time(rows.getString(3)), Money.of(rows.getString(4), rows.getString(5)),
                org.casefile.domain.Choice.parse(OfferDecision.class, rows.getString(6), "decision"),
                rows.getString(7)), caseId);
    }
}
