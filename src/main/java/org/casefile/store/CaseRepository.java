package org.casefile.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.casefile.domain.BankFacts;
import org.casefile.domain.Case;
import org.casefile.domain.CaseFacts;
import org.casefile.domain.CaseStatus;
import org.casefile.domain.ClaimType;
import org.casefile.domain.Money;
import org.casefile.domain.Outcome;
import org.casefile.domain.PaymentMethod;
import org.casefile.domain.Platform;
import org.casefile.domain.Resolution;
import org.casefile.domain.ReturnAttempt;
import org.casefile.domain.StatusChange;

/** Cases and their status history. */
public final class CaseRepository {
    private static final String COLUMNS = "id, platform, order_number, seller, item, listing_url, ordered_on, "
            + "paid_amount, paid_currency, payment, country, tracking_number, carrier, expected_delivery, "
            + "protection_ends, claim, resolution, refund_asked, status, outcome, folder, created_at, buyer_name, "
            + "delivery_address, card_last4, statement_name, charged_on, received_on, return_kind, return_sent, "
            + "return_carrier, return_tracking, return_received";
    /** The columns the case list and the deadlines need: see {@link #eachForList}. */
    private static final String LIST_CASES = "SELECT id, platform, order_number, seller, item, ordered_on, payment, "
            + "country, expected_delivery, protection_ends, claim, status, outcome FROM cases ORDER BY id";
    private static final String LIST_HISTORY = "SELECT case_id, at, status FROM status_changes "
            + "ORDER BY case_id, at, id";

    /** The note of a case's first status change: Casefile's own words, said in the window's language there. */
    public static final String OPENED_NOTE = "Case opened in Casefile";

    private final Session session;

    CaseRepository(Session session) {
        this.session = session;
    }

    /** Adds a case in status "new" and records that as its first status change. */
    public long insert(CaseFacts facts, String folder, LocalDateTime now) {
        refuseDuplicateOrder(facts, 0);
        long id = session.insert("INSERT INTO cases (platform, order_number, seller, item, listing_url, ordered_on, "
                        + "paid_amount, paid_currency, payment, country, tracking_number, carrier, expected_delivery, "
                        + "protection_ends, claim, resolution, refund_asked, status, folder, created_at, updated_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'new', ?, ?, ?)",
                factValues(facts, folder, now, now));
        session.update("INSERT INTO status_changes (case_id, at, status, note) VALUES (?, ?, 'new', ?)",
                id, now, OPENED_NOTE);
        saveBankFacts(id, facts);
        return id;
    }

    /**
     * Adds a case brought in from a case bundle with its whole story: status, outcome, description, creation time
     * and every status change as recorded where it came from.
     */
    public long insertImported(CaseFacts facts, CaseStatus status, Outcome outcome, String description,
                               String folder, LocalDateTime createdAt, LocalDateTime now,
                               List<StatusChange> history) {
        refuseDuplicateOrder(facts, 0);
        List<Object> values = new ArrayList<>(Arrays.asList(values(facts, status, outcome, description, folder,
                createdAt, now)));
        long id = session.insert("INSERT INTO cases (platform, order_number, seller, item, listing_url, ordered_on, "
                        + "paid_amount, paid_currency, payment, country, tracking_number, carrier, expected_delivery, "
                        + "protection_ends, claim, resolution, refund_asked, status, outcome, description, folder, "
                        + "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                        + "?, ?, ?)", values.toArray());
        for (StatusChange change : history) {
            session.update("INSERT INTO status_changes (case_id, at, status, note) VALUES (?, ?, ?, ?)",
                    id, change.at(), change.status(), change.note());
        }
        saveBankFacts(id, facts);
        saveReturn(id, facts.returned(), now);
        return id;
    }

    /** The case recorded for this order, if any: a bundle of an order that is already here is refused. */
    public Optional<Long> findByOrder(Platform platform, String orderNumber) {
        long id = session.queryLong("SELECT id FROM cases WHERE platform = ? AND order_number = ?", platform,
                orderNumber);
        return id == 0 ? Optional.empty() : Optional.of(id);
    }

    public void update(long id, CaseFacts facts, LocalDateTime now) {
        refuseDuplicateOrder(facts, id);
        int changed = session.update("UPDATE cases SET platform = ?, order_number = ?, seller = ?, item = ?, "
                + "listing_url = ?, ordered_on = ?, paid_amount = ?, paid_currency = ?, payment = ?, country = ?, "
                + "tracking_number = ?, carrier = ?, expected_delivery = ?, protection_ends = ?, claim = ?, "
                + "resolution = ?, refund_asked = ?, updated_at = ? WHERE id = ?",
                values(facts, now, id));
        requireChanged(changed, id);
        saveBankFacts(id, facts);
    }

    /** The facts for the bank, kept beside the order facts (the return attempt has its own command). */
    private void saveBankFacts(long id, CaseFacts facts) {
        BankFacts b = facts.bank();
        session.update("UPDATE cases SET buyer_name = ?, delivery_address = ?, card_last4 = ?, statement_name = ?, "
                + "charged_on = ?, received_on = ? WHERE id = ?", b.buyerName(), b.deliveryAddress(), b.cardLast4(),
                b.statementName(), b.chargedOn(), b.receivedOn(), id);
    }

    /** Records how the buyer tried to send the goods back; null forgets it. */
    public void saveReturn(long id, ReturnAttempt attempt, LocalDateTime now) {
        requireChanged(session.update("UPDATE cases SET return_kind = ?, return_sent = ?, return_carrier = ?, "
                + "return_tracking = ?, return_received = ?, updated_at = ? WHERE id = ?",
                attempt == null ? null : attempt.kind().id(), attempt == null ? null : attempt.sentOn(),
                attempt == null ? null : attempt.carrier(), attempt == null ? null : attempt.tracking(),
                attempt == null ? null : attempt.sellerReceivedOn(), now, id), id);
    }

    /** Moves the case to {@code status}, keeping the change, its time and note in the history. */
    public void changeStatus(long id, CaseStatus status, Outcome outcome, LocalDateTime at, String note) {
        int changed = session.update("UPDATE cases SET status = ?, outcome = ?, updated_at = ? WHERE id = ?",
                status, outcome, at, id);
        requireChanged(changed, id);
        session.update("INSERT INTO status_changes (case_id, at, status, note) VALUES (?, ?, ?, ?)",
                id, at, status, note);
    }

    public void saveDescription(long id, String description, LocalDateTime now) {
        requireChanged(session.update("UPDATE cases SET description = ?, updated_at = ? WHERE id = ?",
                description, now, id), id);
    }

    public String description(long id) {
        List<String> found = session.query("SELECT description FROM cases WHERE id = ?", rows -> rows.getString(1),
                id);
        return found.isEmpty() ? null : found.get(0);
    }

    /** Removes the case and, through the foreign keys, everything recorded about it. */
    public void delete(long id) {
        requireChanged(session.update("DELETE FROM cases WHERE id = ?", id), id);
    }

    public Optional<Case> find(long id) {
        return session.query("SELECT " + COLUMNS + " FROM cases WHERE id = ?", CaseRepository::toCase, id)
                .stream().findFirst();
    }

    public List<Case> all() {
        return session.query("SELECT " + COLUMNS + " FROM cases ORDER BY id", CaseRepository::toCase);
    }

    public int count() {
        return session.queryInt("SELECT count(*) FROM cases");
    }

    public List<StatusChange> history(long id) {
        return session.query("SELECT at, status, note FROM status_changes WHERE case_id = ? ORDER BY at, id",
                CaseRepository::toStatusChange, id);
    }

    /**
     * Every case, in id order, with only what its row in the case list and its deadlines need, handed to
     * {@code visitor} one at a time as the rows are read: the window's start-up read of 10,000 cases holds no list
     * of whole cases (issue 19). The facts carry platform, order number, seller, item, order date, payment, country,
     * expected delivery, protection end and claim; the rest is null. The history leaves out the notes.
     */
    public void eachForList(ListVisitor visitor) {
        try (ResultSet changes = session.bind(LIST_HISTORY).executeQuery()) {
            HistoryCursor histories = new HistoryCursor(changes);
            session.eachRow(LIST_CASES, rows -> {
                long id = rows.getLong(1);
                String outcome = rows.getString(13);
                CaseFacts facts = new CaseFacts(Platform.fromId(rows.getString(2)), rows.getString(3),
                        rows.getString(4), rows.getString(5), null, IsoText.date(rows.getString(6)), null,
                        PaymentMethod.fromId(rows.getString(7)), rows.getString(8), null, null,
                        IsoText.date(rows.getString(9)), IsoText.date(rows.getString(10)),
                        ClaimType.fromId(rows.getString(11)), null, null);
                visitor.accept(id, facts, CaseStatus.fromId(rows.getString(12)),
                        outcome == null ? null : Outcome.fromId(outcome), histories.of(id));
            });
        } catch (SQLException e) {
            throw SqliteErrors.translate(e);
        }
    }

    /** What is done with each case of {@link #eachForList}. */
    @FunctionalInterface
    public interface ListVisitor {
        void accept(long id, CaseFacts facts, CaseStatus status, Outcome outcome, List<StatusChange> history);
    }

    /**
     * Walks the status changes, ordered by case, alongside the cases ordered by id: each case's history is read
     * when its row is, so no map of every history is held.
     */
    private static final class HistoryCursor {
        private final ResultSet changes;
        private boolean more;

        HistoryCursor(ResultSet changes) throws SQLException {
            this.changes = changes;
            this.more = changes.next();
        }

        List<StatusChange> of(long caseId) throws SQLException {
            while (more && changes.getLong(1) < caseId) {
                more = changes.next();
            }
            List<StatusChange> history = null;
            while (more && changes.getLong(1) == caseId) {
                if (history == null) {
                    history = new ArrayList<>(4);
                }
                history.add(new StatusChange(IsoText.time(changes.getString(2)),
                        CaseStatus.fromId(changes.getString(3)), null));
                more = changes.next();
            }
            return history == null ? List.of() : history;
        }
    }

    /** "platform/order" of every case, so generated cases never collide with real ones. */
    public Set<String> orderKeys() {
        return new HashSet<>(session.query("SELECT platform || '/' || order_number FROM cases",
                rows -> rows.getString(1)));
    }

    public Set<String> folders() {
        return new HashSet<>(session.query("SELECT folder FROM cases", rows -> rows.getString(1)));
    }

    private void refuseDuplicateOrder(CaseFacts facts, long exceptId) {
        long existing = session.queryLong("SELECT id FROM cases WHERE platform = ? AND order_number = ? AND id <> ?",
                facts.platform(), facts.orderNumber(), exceptId);
        if (existing != 0) {
            throw new StoreException("There is already a case for " + facts.platform().label() + " order "
                    + facts.orderNumber() + " (case " + existing + ").");
        }
    }

    private static void requireChanged(int rows, long id) {
        if (rows == 0) {
            throw new StoreException("There is no case " + id + " in this library.");
        }
    }

    private static Object[] factValues(CaseFacts f, String folder, LocalDateTime created, LocalDateTime updated) {
        return values(f, folder, created, updated);
    }

    /** The 17 fact columns in table order, then {@code more}. */
    private static Object[] values(CaseFacts f, Object... more) {
        List<Object> values = new ArrayList<>(Arrays.<Object>asList(f.platform(), f.orderNumber(), f.seller(),
                f.item(), f.listingUrl(), f.orderedOn(), f.paid().amount().toPlainString(),
                f.paid().currency().getCurrencyCode(), f.payment(), f.country(), f.trackingNumber(), f.carrier(),
                f.expectedDelivery(), f.protectionEnds(), f.claim(), f.resolution(),
                f.refundAsked() == null ? null : f.refundAsked().amount().toPlainString()));
        values.addAll(Arrays.asList(more));
        return values.toArray();
    }

    /** Reads a row of {@link #COLUMNS} by position. */
    private static Case toCase(ResultSet rows) throws SQLException {
        String currency = rows.getString(9);
        String refund = rows.getString(18);
        String outcome = rows.getString(20);
        CaseFacts facts = new CaseFacts(
                Platform.fromId(rows.getString(2)),
                rows.getString(3),
                rows.getString(4),
                rows.getString(5),
                rows.getString(6),
                IsoText.date(rows.getString(7)),
                Money.of(rows.getString(8), currency),
                PaymentMethod.fromId(rows.getString(10)),
                rows.getString(11),
                rows.getString(12),
                rows.getString(13),
                IsoText.date(rows.getString(14)),
                IsoText.date(rows.getString(15)),
                ClaimType.fromId(rows.getString(16)),
                Resolution.fromId(rows.getString(17)),
                refund == null ? null : Money.of(refund, currency),
                new BankFacts(rows.getString(23), rows.getString(24), rows.getString(25), rows.getString(26),
                        IsoText.date(rows.getString(27)), IsoText.date(rows.getString(28))),
                toReturn(rows));
        return new Case(rows.getLong(1), facts, CaseStatus.fromId(rows.getString(19)),
                outcome == null ? null : Outcome.fromId(outcome), rows.getString(21),
                IsoText.time(rows.getString(22)));
    }

    private static ReturnAttempt toReturn(ResultSet rows) throws SQLException {
        String kind = rows.getString(29);
        return kind == null ? null : new ReturnAttempt(ReturnAttempt.Kind.fromId(kind),
                IsoText.date(rows.getString(30)), rows.getString(31), rows.getString(32),
                IsoText.date(rows.getString(33)));
    }

    private static StatusChange toStatusChange(ResultSet rows) throws SQLException {
        return new StatusChange(IsoText.time(rows.getString(1)), CaseStatus.fromId(rows.getString(2)),
                rows.getString(3));
    }

}
