-- Casefile library schema, version 2: deadline settings, calendar identity, the claim description.

-- Facts about the library itself; library-id keeps calendar event UIDs stable across exports.
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
INSERT INTO meta (key, value) VALUES ('library-id', lower(hex(randomblob(16))));

-- How many days a seller has to answer a dispute, per platform (DESIGN.md: 5 by default).
CREATE TABLE platform_settings (
    platform              TEXT PRIMARY KEY CHECK (platform IN ('aliexpress', 'amazon', 'ebay', 'temu', 'other')),
    seller_response_days  INTEGER NOT NULL CHECK (seller_response_days BETWEEN 1 AND 60)
);
INSERT INTO platform_settings (platform, seller_response_days) VALUES
    ('aliexpress', 5), ('amazon', 5), ('ebay', 5), ('temu', 5), ('other', 5);

-- The description the buyer pastes into the dispute form, as last edited.
ALTER TABLE cases ADD COLUMN description TEXT;
