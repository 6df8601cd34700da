package org.casefile.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.casefile.domain.Evidence;
import org.casefile.domain.EvidenceKind;
import org.casefile.domain.MediaType;

/** The evidence files of each case, as recorded at import. */
public final class EvidenceRepository {
    private static final String COLUMNS = "id, case_id, kind, path, original_name, caption, sha256, size, media_type, "
            + "width, height, captured_at, orientation, has_gps, imported_at, duration_ms";

    private final Session session;

    EvidenceRepository(Session session) {
        this.session = session;
    }

    public long insert(Evidence e) {
        return session.insert("INSERT INTO evidence (case_id, kind, path, original_name, caption, sha256, size, "
                        + "media_type, width, height, captured_at, orientation, has_gps, imported_at, duration_ms) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", e.caseId(), e.kind(), e.path(),
                e.originalName(), e.caption(), e.sha256(), e.size(), e.mime(), e.width(), e.height(),
                e.capturedAt(), e.orientation(), e.hasGps() ? 1 : 0, e.importedAt(), e.durationMillis());
    }

    /** The evidence of this case with these exact bytes, if any: the same photo is never stored twice. */
    public Optional<Evidence> findByHash(long caseId, String sha256) {
        return session.query("SELECT " + COLUMNS + " FROM evidence WHERE case_id = ? AND sha256 = ?",
                EvidenceRepository::toEvidence, caseId, sha256).stream().findFirst();
    }

    /** The case's evidence ids by the hash of their bytes, the first recorded where two share one. */
    public java.util.Map<String, Long> idsByHash(long caseId) {
        java.util.Map<String, Long> ids = new java.util.HashMap<>();
        session.eachRow("SELECT sha256, id FROM evidence WHERE case_id = ? ORDER BY id DESC",
                rows -> ids.put(rows.getString(1), rows.getLong(2)), caseId);
        return ids;
    }

    public Optional<Long> caseOf(long id) {
        return session.query("SELECT case_id FROM evidence WHERE id = ?", rows -> rows.getLong(1), id).stream()
                .findFirst();
    }

    public Optional<Evidence> find(long caseId, long id) {
        return session.query("SELECT " + COLUMNS + " FROM evidence WHERE id = ? AND case_id = ?",
                EvidenceRepository::toEvidence, id, caseId).stream().findFirst();
    }

    public void setCaption(long caseId, long id, String caption) {
        changed(session.update("UPDATE evidence SET caption = ? WHERE id = ? AND case_id = ?", caption, id, caseId),
                caseId, id);
    }

    public void move(long caseId, long id, EvidenceKind kind, String path) {
        changed(session.update("UPDATE evidence SET kind = ?, path = ? WHERE id = ? AND case_id = ?", kind, path, id,
                caseId), caseId, id);
    }

    public void delete(long caseId, long id) {
        changed(session.update("DELETE FROM evidence WHERE id = ? AND case_id = ?", id, caseId), caseId, id);
    }

    private static void changed(int rows, long caseId, long id) {
        if (rows == 0) {
            throw new StoreException("There is no evidence " + id + " in case " + caseId + ".");
        }
    }

    public List<Evidence> forCase(long caseId) {
        return session.query("SELECT " + COLUMNS + " FROM evidence WHERE case_id = ? ORDER BY kind, id",
                EvidenceRepository::toEvidence, caseId);
    }

    /** The library-relative path of every evidence file. */
    public java.util.Set<String> paths() {
        return new java.util.HashSet<>(session.query("SELECT path FROM evidence", rows -> rows.getString(1)));
    }

    public List<Evidence> all() {
        return session.query("SELECT " + COLUMNS + " FROM evidence ORDER BY case_id, id",
                EvidenceRepository::toEvidence);
    }

    private static Evidence toEvidence(ResultSet rows) throws SQLException {
        return new Evidence(rows.getLong(1), rows.getLong(2), EvidenceKind.fromId(rows.getString(3)),
                rows.getString(4), rows.getString(5), rows.getString(6), rows.getString(7), rows.getLong(8),
                MediaType.ofMime(rows.getString(9)).orElse(null), (Integer) rows.getObject(10),
                (Integer) rows.getObject(11),
                IsoText.time(rows.getString(12)), (Integer) rows.getObject(13), rows.getInt(14) != 0,
                IsoText.time(rows.getString(15)), duration(rows));
    }

    private static Long duration(ResultSet rows) throws SQLException {
        long millis = rows.getLong(16);
        return rows.wasNull() ? null : millis;
    }

    /** The boxes to hide on each redacted picture of the case, by evidence id, in the order they were drawn. */
    public java.util.Map<Long, List<org.casefile.domain.RedactionBox>> redactions(long caseId) {
        java.util.Map<Long, List<org.casefile.domain.RedactionBox>> found = new java.util.LinkedHashMap<>();
        session.query("SELECT r.evidence_id, r.x, r.y, r.w, r.h FROM redactions r JOIN evidence e "
                        + "ON e.id = r.evidence_id WHERE e.case_id = ? ORDER BY r.evidence_id, r.id",
                rows -> java.util.Map.entry(rows.getLong(1), new org.casefile.domain.RedactionBox(rows.getInt(2),
                        rows.getInt(3), rows.getInt(4), rows.getInt(5))), caseId)
                .forEach(e -> found.computeIfAbsent(e.getKey(), id -> new java.util.ArrayList<>()).add(e.getValue()));
        found.replaceAll((id, boxes) -> List.copyOf(boxes));
        return found;
    }

    /** Replaces the boxes of one evidence item (none: nothing hidden any more). */
    public void setRedactions(long caseId, long id, List<org.casefile.domain.RedactionBox> boxes) {
        if (find(caseId, id).isEmpty()) {
            throw new StoreException("There is no evidence " + id + " in case " + caseId + ".");
        }
        session.update("DELETE FROM redactions WHERE evidence_id = ?", id);
        for (org.casefile.domain.RedactionBox box : boxes) {
            session.insert("INSERT INTO redactions (evidence_id, x, y, w, h) VALUES (?, ?, ?, ?, ?)", id, box.x(),
                    box.y(), box.w(), box.h());
        }
    }

    /** A file found in a case folder that could not become evidence, as last seen (size and modification stamp). */
    public record Unadopted(String path, long size, String modified, String reason) {
    }

    /** The files of this case's folder already found unfit, by library-relative path. */
    public java.util.Map<String, Unadopted> unadopted(long caseId) {
        java.util.Map<String, Unadopted> found = new java.util.HashMap<>();
        session.query("SELECT path, size, modified, reason FROM unadopted_files WHERE case_id = ?",
                rows -> new Unadopted(rows.getString(1), rows.getLong(2), rows.getString(3), rows.getString(4)),
                caseId).forEach(u -> found.put(u.path(), u));
        return found;
    }

    /** Remembers that a file in the case folder was refused, so the user is told once, not at every look. */
    public void rememberUnadopted(long caseId, Unadopted file) {
        session.update("INSERT INTO unadopted_files (path, case_id, size, modified, reason) VALUES (?, ?, ?, ?, ?) "
                + "ON CONFLICT (path) DO UPDATE SET case_id = excluded.case_id, size = excluded.size, "
                + "modified = excluded.modified, reason = excluded.reason", file.path(), caseId, file.size(),
                file.modified(), file.reason());
    }

    /** Forgets refusals of files that are gone or were recorded since. */
    public void forgetUnadopted(long caseId, java.util.Collection<String> paths) {
        for (String path : paths) {
            session.update("DELETE FROM unadopted_files WHERE case_id = ? AND path = ?", caseId, path);
        }
    }
}
