package org.casefile.store;

import java.util.List;
import org.casefile.domain.Author;
import org.casefile.domain.Message;

/** The seller conversation of each case. */
public final class MessageRepository {
    private final Session session;

    MessageRepository(Session session) {
        this.session = session;
    }

    public long insert(Message message) {
        return session.insert("INSERT INTO messages (case_id, at, author, author_name, channel, text, promise) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?)", message.caseId(), message.at(), message.author(),
                message.authorName(), message.channel(), message.text(), message.promise() ? 1 : 0);
    }

    public List<Message> forCase(long caseId) {
        return session.query("SELECT id, case_id, at, author, author_name, channel, text, promise FROM messages "
                + "WHERE case_id = ? ORDER BY at, id", rows -> new Message(rows.getLong(1), rows.getLong(2),
                IsoText.time(rows.getString(3)), Author.fromId(rows.getString(4)), rows.getString(5),
                rows.getString(6), rows.getString(7), rows.getInt(8) != 0), caseId);
    }

    public int count() {
        return session.queryInt("SELECT count(*) FROM messages");
    }
}
