-- Casefile library schema: emails filed as evidence. The evidence row is the .eml/.msg file; this row is what the
-- email says (headers in words and its text), for the packet and the search. Search field code 6 is the email.

CREATE TABLE emails (
    evidence_id INTEGER PRIMARY KEY REFERENCES evidence(id) ON DELETE CASCADE,
    message_id  TEXT,
    sender      TEXT NOT NULL,
    recipients  TEXT NOT NULL,
    sent_at     TEXT,
    subject     TEXT NOT NULL,
    body        TEXT NOT NULL
);

CREATE INDEX emails_by_message_id ON emails(message_id) WHERE message_id IS NOT NULL;

CREATE TRIGGER search_email_added AFTER INSERT ON emails BEGIN
    INSERT INTO search_index (rowid, case_id, field, text)
        SELECT new.evidence_id * 8 + 6, case_id, 'email', new.subject || char(10) || new.sender || char(10) || new.body
        FROM evidence WHERE id = new.evidence_id;
END;

CREATE TRIGGER search_email_removed AFTER DELETE ON emails BEGIN
    DELETE FROM search_index WHERE rowid = old.evidence_id * 8 + 6;
END;
