package org.casefile.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.casefile.domain.EmailText;

/** What each email filed as evidence says, by the evidence id of its file. */
public final class EmailRepository {
    private static final String COLUMNS = "message_id, sender, recipients, sent_at, subject, body";

    private final Session session;

    EmailRepository(Session session) {
        this.session = session;
    }

    public void insert(long evidenceId, EmailText email) {
        session.update("INSERT INTO emails (evidence_id, " + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?)", evidenceId,
                email.messageId(), email.from(), email.to(), email.sentAt(), email.subject(), email.text());
    }

    /** The case's emails, by evidence id, in the order they were filed. */
    public Map<Long, EmailText> forCase(long caseId) {
        Map<Long, EmailText> emails = new LinkedHashMap<>();
        session.query("SELECT e.evidence_id, " + COLUMNS + " FROM emails e JOIN evidence v ON v.id = e.evidence_id "
                + "WHERE v.case_id = ? ORDER BY e.evidence_id", rows -> {
                    emails.put(rows.getLong(1), toEmail(rows));
                    return null;
                }, caseId);
        return emails;
    }

    /** The evidence (case id, evidence id) holding an email with this Message-ID, anywhere in the library. */
    public Optional<long[]> findByMessageId(String messageId) {
        if (messageId == null || messageId.isBlank()) {
            return Optional.empty();
        }
        List<long[]> found = session.query("SELECT v.case_id, v.id FROM emails e JOIN evidence v ON v.id = "
                + "e.evidence_id WHERE e.message_id = ? ORDER BY v.id LIMIT 1",
                rows -> new long[] {rows.getLong(1), rows.getLong(2)}, messageId);
        return found.stream().findFirst();
    }

    /** The email evidence with exactly these bytes, anywhere in the library (an Outlook file has no Message-ID). */
    public Optional<long[]> findByFileHash(String sha256) {
        return session.query("SELECT v.case_id, v.id FROM emails e JOIN evidence v ON v.id = e.evidence_id "
                + "WHERE v.sha256 = ? ORDER BY v.id LIMIT 1", rows -> new long[] {rows.getLong(1), rows.getLong(2)},
                sha256).stream().findFirst();
    }

    private static EmailText toEmail(ResultSet rows) throws SQLException {
        String sent = rows.getString(5);
        return new EmailText(rows.getString(2), rows.getString(3), rows.getString(4),
                sent == null ? null : IsoText.time(sent), rows.getString(6), rows.getString(7));
    }
}
