package org.casefile.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.casefile.domain.Author;
import org.casefile.domain.Channel;
import org.casefile.domain.Message;

/** The seller conversation of each case. */
public final class MessageRepository {
    private static final String COLUMNS = "id, case_id, at, author, author_name, channel, text, promise, "
            + "translation";

    private final Session session;

    MessageRepository(Session session) {
        this.session = session;
    }

    public long insert(Message message) {
        return session.insert("INSERT INTO messages (case_id, at, author, author_name, channel, text, promise, "
                        + "translation) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", message.caseId(), message.at(),
                message.author(), message.authorName(), message.channel(), message.text(), message.promise() ? 1 : 0,
                message.translation());
    }

    public void update(Message message) {
        int rows = session.update("UPDATE messages SET at = ?, author = ?, author_name = ?, channel = ?, text = ?, "
                        + "promise = ?, translation = ? WHERE id = ? AND case_id = ?", message.at(), message.author(),
                message.authorName(), message.channel(), message.text(), message.promise() ? 1 : 0,
                message.translation(), message.id(), message.caseId());
        if (rows == 0) {
            throw new StoreException("There is no message " + message.id() + " in case " + message.caseId() + ".");
        }
    }

    public void delete(long caseId, long id) {
        if (session.update("DELETE FROM messages WHERE id = ? AND case_id = ?", id, caseId) == 0) {
            throw new StoreException("There is no message " + id + " in case " + caseId + ".");
        }
    }

    public Optional<Message> find(long caseId, long id) {
        return session.query("SELECT " + COLUMNS + " FROM messages WHERE id = ? AND case_id = ?",
                MessageRepository::toMessage, id, caseId).stream().findFirst();
    }

    /** True when the case already has this very message: importing a transcript twice adds nothing. */
    public boolean exists(Message message) {
        return session.queryInt("SELECT count(*) FROM messages WHERE case_id = ? AND at = ? AND author = ? "
                + "AND text = ?", message.caseId(), message.at(), message.author(), message.text()) > 0;
    }

    public List<Message> forCase(long caseId) {
        return session.query("SELECT " + COLUMNS + " FROM messages WHERE case_id = ? ORDER BY at, id",
                MessageRepository::toMessage, caseId);
    }

    /** Replaces the evidence attached to a message; every item must belong to the message's own case. */
    public void attach(long caseId, long messageId, java.util.Collection<Long> evidenceIds) {
        if (find(caseId, messageId).isEmpty()) {
            throw new StoreException("There is no message " + messageId + " in case " + caseId + ".");
        }
        session.update("DELETE FROM message_attachments WHERE message_id = ?", messageId);
        for (long evidenceId : evidenceIds) {
            if (session.queryInt("SELECT count(*) FROM evidence WHERE id = ? AND case_id = ?", evidenceId,
                    caseId) == 0) {
                throw new StoreException("Evidence " + evidenceId + " is not part of case " + caseId + ".");
            }
            session.update("INSERT INTO message_attachments (message_id, evidence_id) VALUES (?, ?)", messageId,
                    evidenceId);
        }
    }

    /** Message id to the ids of the evidence attached to it, for one case. */
    public java.util.Map<Long, List<Long>> attachments(long caseId) {
        java.util.Map<Long, List<Long>> byMessage = new java.util.HashMap<>();
        session.query("SELECT a.message_id, a.evidence_id FROM message_attachments a JOIN messages m "
                + "ON m.id = a.message_id WHERE m.case_id = ? ORDER BY a.message_id, a.evidence_id", rows -> {
                    byMessage.computeIfAbsent(rows.getLong(1), k -> new java.util.ArrayList<>()).add(rows.getLong(2));
                    return null;
                }, caseId);
        return byMessage;
    }

    public int count() {
        return session.queryInt("SELECT count(*) FROM messages");
    }

    private static Message toMessage(ResultSet rows) throws SQLException {
        return new Message(rows.getLong(1), rows.getLong(2), IsoText.time(rows.getString(3)),
                Author.fromId(rows.getString(4)), rows.getString(5), Channel.fromId(rows.getString(6)),
                rows.getString(7), rows.getInt(8) != 0, rows.getString(9));
    }
}
