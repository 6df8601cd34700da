-- Casefile library schema, version 4: video durations, and files found in case folders that could not be evidence.

ALTER TABLE evidence ADD COLUMN duration_ms INTEGER CHECK (duration_ms IS NULL OR duration_ms >= 0);

-- A file the user put into a case folder themselves that Casefile could not take as evidence (damaged, not a
-- picture, a copy of evidence already there). Remembered with its size and time so the user is told once; a file
-- changed since is looked at again.
CREATE TABLE unadopted_files (
    path     TEXT PRIMARY KEY,
    case_id  INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    size     INTEGER NOT NULL,
    modified TEXT NOT NULL,
    reason   TEXT NOT NULL
);
