-- Casefile library schema: boxes to hide on an evidence picture in every copy that leaves the library (the original
-- file is never changed). In pixels of the upright picture; drawn in the order of their id.

CREATE TABLE redactions (
    id          INTEGER PRIMARY KEY,
    evidence_id INTEGER NOT NULL REFERENCES evidence (id) ON DELETE CASCADE,
    x           INTEGER NOT NULL CHECK (x >= 0),
    y           INTEGER NOT NULL CHECK (y >= 0),
    w           INTEGER NOT NULL CHECK (w > 0),
    h           INTEGER NOT NULL CHECK (h > 0)
);

CREATE INDEX redactions_evidence ON redactions (evidence_id);
