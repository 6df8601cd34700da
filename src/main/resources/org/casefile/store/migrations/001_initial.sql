-- Casefile library schema, version 1.
-- Dates are ISO-8601 text (yyyy-mm-dd), times ISO-8601 local date-times; amounts are exact decimal text.

-- The header marks the file as a Casefile library ("CASF"), so another program's database is never taken for one.
PRAGMA application_id = 1128354630;

CREATE TABLE cases (
    id                INTEGER PRIMARY KEY,
    platform          TEXT NOT NULL CHECK (platform IN ('aliexpress', 'amazon', 'ebay', 'temu', 'other')),
    order_number      TEXT NOT NULL CHECK (length(trim(order_number)) > 0),
    seller            TEXT,
    item              TEXT NOT NULL CHECK (length(trim(item)) > 0),
    listing_url       TEXT,
    ordered_on        TEXT NOT NULL,
    paid_amount       TEXT NOT NULL,
    paid_currency     TEXT NOT NULL CHECK (length(paid_currency) = 3),
    payment           TEXT NOT NULL CHECK (payment IN ('credit-card', 'debit-card', 'paypal', 'platform-balance', 'other')),
    country           TEXT CHECK (country IS NULL OR length(country) = 2),
    tracking_number   TEXT,
    carrier           TEXT,
    expected_delivery TEXT,
    protection_ends   TEXT CHECK (protection_ends IS NULL OR protection_ends >= ordered_on),
    claim             TEXT NOT NULL CHECK (claim IN ('not-received', 'not-as-described', 'damaged')),
    resolution        TEXT NOT NULL DEFAULT 'full-refund'
                      CHECK (resolution IN ('full-refund', 'partial-refund', 'replacement', 'return-and-refund')),
    refund_asked      TEXT,
    status            TEXT NOT NULL DEFAULT 'new'
                      CHECK (status IN ('new', 'seller-contacted', 'dispute-opened', 'seller-responded', 'escalated',
                                        'resolved', 'external-claim', 'closed')),
    outcome           TEXT CHECK (outcome IS NULL OR outcome IN ('full-refund', 'partial-refund', 'replacement', 'rejected')),
    folder            TEXT NOT NULL UNIQUE,
    created_at        TEXT NOT NULL,
    updated_at        TEXT NOT NULL
);
CREATE UNIQUE INDEX cases_by_order ON cases (platform, order_number);

-- Every status the case entered: the spine of the timeline.
CREATE TABLE status_changes (
    id      INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    at      TEXT NOT NULL,
    status  TEXT NOT NULL,
    note    TEXT
);
CREATE INDEX status_changes_by_case ON status_changes (case_id, at);

-- Files in the case folder; path is relative to the library and unique.
CREATE TABLE evidence (
    id            INTEGER PRIMARY KEY,
    case_id       INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    kind          TEXT NOT NULL CHECK (kind IN ('listing', 'received', 'damage', 'packaging', 'label', 'tracking',
                                                'carrier-inquiry', 'chat', 'receipt', 'video', 'other')),
    path          TEXT NOT NULL UNIQUE,
    original_name TEXT NOT NULL,
    caption       TEXT,
    sha256        TEXT NOT NULL CHECK (length(sha256) = 64),
    size          INTEGER NOT NULL CHECK (size >= 0),
    media_type    TEXT NOT NULL,
    width         INTEGER,
    height        INTEGER,
    captured_at   TEXT,
    orientation   INTEGER,
    has_gps       INTEGER NOT NULL DEFAULT 0,
    imported_at   TEXT NOT NULL,
    UNIQUE (case_id, sha256)
);
CREATE INDEX evidence_by_case ON evidence (case_id, kind);

-- Listing versus received: the heart of the packet.
CREATE TABLE pairs (
    id          INTEGER PRIMARY KEY,
    case_id     INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    listing_id  INTEGER NOT NULL REFERENCES evidence (id) ON DELETE CASCADE,
    received_id INTEGER NOT NULL REFERENCES evidence (id) ON DELETE CASCADE,
    caption     TEXT,
    position    INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX pairs_by_case ON pairs (case_id, position);

CREATE TABLE discrepancies (
    id         INTEGER PRIMARY KEY,
    case_id    INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    attribute  TEXT NOT NULL,
    advertised TEXT NOT NULL,
    received   TEXT NOT NULL,
    position   INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX discrepancies_by_case ON discrepancies (case_id, position);

CREATE TABLE messages (
    id          INTEGER PRIMARY KEY,
    case_id     INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    at          TEXT NOT NULL,
    author      TEXT NOT NULL CHECK (author IN ('buyer', 'seller', 'platform')),
    author_name TEXT,
    channel     TEXT NOT NULL DEFAULT 'order-chat',
    text        TEXT NOT NULL,
    promise     INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX messages_by_case ON messages (case_id, at);

CREATE TABLE message_attachments (
    message_id  INTEGER NOT NULL REFERENCES messages (id) ON DELETE CASCADE,
    evidence_id INTEGER NOT NULL REFERENCES evidence (id) ON DELETE CASCADE,
    PRIMARY KEY (message_id, evidence_id)
);

CREATE TABLE offers (
    id       INTEGER PRIMARY KEY,
    case_id  INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    at       TEXT NOT NULL,
    amount   TEXT NOT NULL,
    currency TEXT NOT NULL CHECK (length(currency) = 3),
    decision TEXT NOT NULL DEFAULT 'open' CHECK (decision IN ('open', 'accepted', 'rejected')),
    reason   TEXT
);
CREATE INDEX offers_by_case ON offers (case_id, at);
