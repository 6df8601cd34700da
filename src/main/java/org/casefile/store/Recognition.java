package org.casefile.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * What a file named {@code casefile.db} turns out to be and its format ({@code user_version}, 0 when there is none),
 * read once without writing a byte of it and handed to {@link Database#open(Path, Recognition)}.
 */
public record Recognition(Kind kind, int version) {
    /** What kind of file a {@code casefile.db} turns out to be. */
    public enum Kind { NOTHING, EMPTY, CASEFILE, FOREIGN }

    static final Recognition NOTHING = new Recognition(Kind.NOTHING, 0);
    static final Recognition EMPTY = new Recognition(Kind.EMPTY, 0);
    static final Recognition FOREIGN = new Recognition(Kind.FOREIGN, 0);

    /** No library here yet: no file, or a database without a single table. */
    public boolean none() {
        return kind == Kind.NOTHING || kind == Kind.EMPTY;
    }

    /**
     * Recognises {@code file}: absent, an empty database (no table at all), a Casefile library (our application id,
     * or an older library without one whose schema is exactly ours), or a file of another program.
     */
    public static Recognition of(Path file) {
        if (!Files.exists(file)) {
            return NOTHING;
        }
        try {
            if (Files.size(file) == 0) {
                return EMPTY;
            }
        } catch (java.io.IOException e) {
            throw new StoreException("Casefile could not read " + file + ": " + e.getMessage(), e);
        }
        int applicationId;
        int version;
        int objects;
        try (Connection connection = Database.openReadOnlyConnection(file);
             Statement statement = connection.createStatement()) {
            applicationId = Database.single(statement, "PRAGMA application_id");
            version = Database.single(statement, "PRAGMA user_version");
            objects = Database.single(statement, "SELECT count(*) FROM sqlite_master");
        } catch (SQLException e) {
            if (SqliteErrors.isNotADatabase(e)) {
                return FOREIGN;
            }
            throw SqliteErrors.unreadable(file, e);
        }
        if (applicationId == Database.APPLICATION_ID) {
            return new Recognition(Kind.CASEFILE, version);
        }
        if (applicationId != 0 || version < 0) {
            return FOREIGN;
        }
        if (objects == 0 && version == 0) {
            return EMPTY;
        }
        // Libraries made before the application id was written: recognised by their schema.
        return version > Migrations.latestVersion() || Database.hasExpectedSchema(file, version)
                ? new Recognition(Kind.CASEFILE, version) : FOREIGN;
    }
}
