-- Casefile library schema, version 3: full-text search over cases, messages and evidence captions.
-- The trigram tokenizer finds any run of 3+ characters, Chinese included; shorter words are matched with LIKE.
-- One row per searchable field. Its rowid is the source row's id * 8 + a field code, so triggers reach it by key:
-- 0 item, 1 order number, 2 seller, 3 facts (platform, claim, status) of a case; 4 a message; 5 an evidence caption.

CREATE VIRTUAL TABLE search_index USING fts5(
    case_id UNINDEXED,
    field UNINDEXED,
    text,
    tokenize = 'trigram'
);

INSERT INTO search_index (rowid, case_id, field, text) SELECT id * 8, id, 'item', item FROM cases;
INSERT INTO search_index (rowid, case_id, field, text) SELECT id * 8 + 1, id, 'order', order_number FROM cases;
INSERT INTO search_index (rowid, case_id, field, text) SELECT id * 8 + 2, id, 'seller', seller FROM cases WHERE seller IS NOT NULL;
INSERT INTO search_index (rowid, case_id, field, text) SELECT id * 8 + 3, id, 'facts', platform || ' ' || claim || ' ' || status FROM cases;
INSERT INTO search_index (rowid, case_id, field, text) SELECT id * 8 + 4, case_id, 'message', text FROM messages;
INSERT INTO search_index (rowid, case_id, field, text) SELECT id * 8 + 5, case_id, 'caption', caption FROM evidence WHERE caption IS NOT NULL;

CREATE TRIGGER search_case_added AFTER INSERT ON cases BEGIN
    INSERT INTO search_index (rowid, case_id, field, text) VALUES (new.id * 8, new.id, 'item', new.item);
    INSERT INTO search_index (rowid, case_id, field, text) VALUES (new.id * 8 + 1, new.id, 'order', new.order_number);
    INSERT INTO search_index (rowid, case_id, field, text) SELECT new.id * 8 + 2, new.id, 'seller', new.seller WHERE new.seller IS NOT NULL;
    INSERT INTO search_index (rowid, case_id, field, text) VALUES (new.id * 8 + 3, new.id, 'facts', new.platform || ' ' || new.claim || ' ' || new.status);
END;

CREATE TRIGGER search_case_changed AFTER UPDATE OF item, order_number, seller, platform, claim, status ON cases BEGIN
    DELETE FROM search_index WHERE rowid IN (old.id * 8, old.id * 8 + 1, old.id * 8 + 2, old.id * 8 + 3);
    INSERT INTO search_index (rowid, case_id, field, text) VALUES (new.id * 8, new.id, 'item', new.item);
    INSERT INTO search_index (rowid, case_id, field, text) VALUES (new.id * 8 + 1, new.id, 'order', new.order_number);
    INSERT INTO search_index (rowid, case_id, field, text) SELECT new.id * 8 + 2, new.id, 'seller', new.seller WHERE new.seller IS NOT NULL;
    INSERT INTO search_index (rowid, case_id, field, text) VALUES (new.id * 8 + 3, new.id, 'facts', new.platform || ' ' || new.claim || ' ' || new.status);
END;

CREATE TRIGGER search_case_removed AFTER DELETE ON cases BEGIN
    DELETE FROM search_index WHERE rowid IN (old.id * 8, old.id * 8 + 1, old.id * 8 + 2, old.id * 8 + 3);
END;

CREATE TRIGGER search_message_added AFTER INSERT ON messages BEGIN
    INSERT INTO search_index (rowid, case_id, field, text) VALUES (new.id * 8 + 4, new.case_id, 'message', new.text);
END;

CREATE TRIGGER search_message_changed AFTER UPDATE OF text ON messages BEGIN
    DELETE FROM search_index WHERE rowid = old.id * 8 + 4;
    INSERT INTO search_index (rowid, case_id, field, text) VALUES (new.id * 8 + 4, new.case_id, 'message', new.text);
END;

CREATE TRIGGER search_message_removed AFTER DELETE ON messages BEGIN
    DELETE FROM search_index WHERE rowid = old.id * 8 + 4;
END;

CREATE TRIGGER search_caption_added AFTER INSERT ON evidence WHEN new.caption IS NOT NULL BEGIN
    INSERT INTO search_index (rowid, case_id, field, text) VALUES (new.id * 8 + 5, new.case_id, 'caption', new.caption);
END;

CREATE TRIGGER search_caption_changed AFTER UPDATE OF caption ON evidence BEGIN
    DELETE FROM search_index WHERE rowid = old.id * 8 + 5;
    INSERT INTO search_index (rowid, case_id, field, text) SELECT new.id * 8 + 5, new.case_id, 'caption', new.caption WHERE new.caption IS NOT NULL;
END;

CREATE TRIGGER search_caption_removed AFTER DELETE ON evidence BEGIN
    DELETE FROM search_index WHERE rowid = old.id * 8 + 5;
END;
