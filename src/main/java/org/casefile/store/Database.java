package org.casefile.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.Function;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * The library's SQLite database: pragmas, migrations, and one transaction per user action.
 * One connection, used by one thread at a time; readers and writers in other processes wait on the busy timeout.
 */
public final class Database implements AutoCloseable {
    static final int BUSY_TIMEOUT_MS = 10_000;

    private final Path file;
    private final Connection connection;
    private Session session;
    /** True while {@link #write} runs: a write inside it joins its transaction instead of committing on its own. */
    private boolean inTransaction;
    /** SQLite steps between two looks at whether a snapshot should stop: a few rows, well under a millisecond. */
    private static final int STOP_CHECK_EVERY = 1_000;

    private Database(Path file, Connection connection) {
        this.file = file;
        this.connection = connection;
    }

    /** Written into the SQLite header by the first migration ("CASF"): how a file is known as a Casefile library. */
    static final int APPLICATION_ID = 0x43415346;

    static int single(Statement statement, String sql) throws SQLException {
        try (var rows = statement.executeQuery(sql)) {
            return rows.next() ? rows.getInt(1) : 0;
        }
    }

    /** Opens (creating if needed) and migrates the database; a newer schema is refused and left untouched. */
    public static Database open(Path file) {
        return open(file, Recognition.of(file));
    }

    /**
     * {@link #open(Path)} for a file {@link Recognition#of(Path)} has just read (the library does, to decide whether a
     * library is there at all): the file is not read a second time before the connection opens.
     */
    public static Database open(Path file, Recognition what) {
        if (what.kind() == Recognition.Kind.FOREIGN) {
            throw new StoreException(file + " is not a Casefile database: another program made it. Nothing in it "
                    + "was changed. Open your library with --library, or move that file out of this folder.");
        }
        int found = what.kind() == Recognition.Kind.CASEFILE ? what.version() : 0;
        if (found > Migrations.latestVersion()) {
            throw new StoreException("This library was made by a newer version of Casefile (library format "
                    + found + "; this version reads up to " + Migrations.latestVersion() + "). Update Casefile to "
                    + "open it. Nothing in the library was changed.");
        }
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.enforceForeignKeys(true);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        // A write takes the write lock when it begins (BEGIN IMMEDIATE), waiting on the busy timeout for another
        // process's write to end. Deferred, a write that read first fails at once with SQLITE_BUSY when another
        // process committed meanwhile; immediate, it waits and then sees that commit (a duplicate order is named).
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        try {
            Connection connection = config.createConnection("jdbc:sqlite:" + file);
            Database database = new Database(file, connection);
            database.migrate(found);
            if (what.kind() == Recognition.Kind.CASEFILE && found > 0) {
                database.stampApplicationId();
            }
            return database;
        } catch (SQLException e) {
            throw new StoreException("Casefile could not open its database " + file + ": " + SqliteErrors.plain(e), e);
        }
    }

    /** Reads user_version through a read-only connection, so a file we must refuse stays byte-for-byte as it was. */
    static int versionOf(Path file) {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        try (Connection connection = config.createConnection("jdbc:sqlite:" + file);
             Statement statement = connection.createStatement();
             var rows = statement.executeQuery("PRAGMA user_version")) {
            return rows.next() ? rows.getInt(1) : 0;
        } catch (SQLException e) {
            if (!SqliteErrors.isNotADatabase(e)) {
                throw SqliteErrors.unreadable(file, e);
            }
            throw new StoreException(file + " is not a Casefile database (" + SqliteErrors.plain(e) + "). Open "
                    + "another library with --library, or move that file away.", e);
        }
    }

    /** A library made before the application id existed gets it on its next opening (a header field, no rows). */
    private void stampApplicationId() throws SQLException {
        try (Statement statement = connection.createStatement()) {
            if (single(statement, "PRAGMA application_id") == 0) {
                statement.executeUpdate("PRAGMA application_id = " + APPLICATION_ID);
            }
        } catch (SQLException e) {
            if (!(e instanceof SQLiteException sqlite && sqlite.getResultCode() == SQLiteErrorCode.SQLITE_READONLY)) {
                throw e;
            }
            // A library on read-only media is read as it is.
        }
    }

    private void migrate(int from) throws SQLException {
        for (int version = from + 1; version <= Migrations.latestVersion(); version++) {
            int target = version;
            write(session -> {
                try (Statement statement = connection.createStatement()) {
                    for (String sql : Migrations.statements(target)) {
                        statement.executeUpdate(sql);
                    }
                    statement.executeUpdate("PRAGMA user_version = " + target);
                } catch (SQLException e) {
                    throw new StoreException("Could not upgrade the library to format " + target + ": "
                            + SqliteErrors.plain(e), e);
                }
                return null;
            });
        }
    }

    public Path file() {
        return file;
    }

    /** The newest library format this version reads and writes. */
    public static int latestSchemaVersion() {
        return Migrations.latestVersion();
    }

    /** The format of a database file, read without changing it; a file that is not SQLite is refused clearly. */
    public static int schemaVersionOf(Path file) {
        return versionOf(file);
    }

    /**
     * Writes a consistent copy of the whole database to {@code target} (which must not exist) while other
     * connections, in this process or another, may be reading and writing: {@code VACUUM INTO} reads one
     * snapshot. The copy is switched to a rollback journal so it is one self-contained file.
     */
    public void snapshotTo(Path target) {
        snapshotTo(target, () -> false);
    }

    /**
     * {@link #snapshotTo(Path)}, interrupted soon after {@code stopped} says so (the window is closing): SQLite then
     * gives up the copy with an error, and the caller removes what it had written of {@code target}.
     */
    public void snapshotTo(Path target, java.util.function.BooleanSupplier stopped) {
        // A connection of its own: VACUUM refuses to run beside statements the shared connection keeps prepared.
        SQLiteConfig config = new SQLiteConfig();
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        try (Connection own = config.createConnection("jdbc:sqlite:" + file);
             var statement = own.prepareStatement("VACUUM INTO ?")) {
            org.sqlite.ProgressHandler.setHandler(own, STOP_CHECK_EVERY, new org.sqlite.ProgressHandler() {
                @Override
                protected int progress() {
                    return stopped.getAsBoolean() ? 1 : 0; // non-zero interrupts the statement
                }
            });
            statement.setString(1, target.toString());
            statement.executeUpdate();
        } catch (SQLException e) {
            throw SqliteErrors.translate(e, file);
        }
        try (Connection copy = new SQLiteConfig().createConnection("jdbc:sqlite:" + target);
             Statement statement = copy.createStatement()) {
            statement.execute("PRAGMA journal_mode = DELETE");
        } catch (SQLException e) {
            throw SqliteErrors.translate(e, file);
        }
    }

    /**
     * Replaces this (empty) database with the content of {@code snapshot} through SQLite's online backup API, in one
     * write transaction: a crash half-way leaves the database as it was. An older format is then migrated forward.
     */
    public synchronized void restoreFrom(Path snapshot) {
        int found = versionOf(snapshot);
        if (found > Migrations.latestVersion()) {
            throw new StoreException("That database was made by a newer version of Casefile (library format " + found
                    + "); nothing was restored.");
        }
        try {
            if (session != null) {
                session.close();
                session = null;
            }
            int rc = connection.unwrap(org.sqlite.SQLiteConnection.class).getDatabase()
                    .restore("main", snapshot.toString(), null);
            if (rc != 0 && rc != 101) {
                throw new StoreException("The database could not be restored (SQLite code " + rc + ").");
            }
            try (Statement statement = connection.createStatement()) {
                statement.execute("PRAGMA journal_mode = WAL");
            }
            migrate(found);
        } catch (SQLException e) {
            throw SqliteErrors.translate(e, file);
        }
    }

    /**
     * True when {@code file}'s tables, indexes, triggers and views are exactly those Casefile's migrations make for
     * its version: a database from elsewhere could carry a trigger of its own that runs on our next write.
     */
    public static boolean hasExpectedSchema(Path file) {
        int version;
        try {
            version = versionOf(file);
        } catch (StoreException notADatabase) {
            return false;
        }
        return hasExpectedSchema(file, version);
    }

    static boolean hasExpectedSchema(Path file, int version) {
        if (version < 1 || version > Migrations.latestVersion()) {
            return false;
        }
        String schema = "SELECT type, name, tbl_name, coalesce(sql, '') FROM sqlite_master ORDER BY type, name";
        try (Connection expected = new SQLiteConfig().createConnection("jdbc:sqlite::memory:");
             Connection actual = openReadOnlyConnection(file)) {
            try (Statement statement = expected.createStatement()) {
                for (int v = 1; v <= version; v++) {
                    for (String sql : Migrations.statements(v)) {
                        statement.executeUpdate(sql);
                    }
                }
            }
            return rows(expected, schema).equals(rows(actual, schema));
        } catch (SQLException e) {
            return false;
        }
    }

    static Connection openReadOnlyConnection(Path file) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        return config.createConnection("jdbc:sqlite:" + file);
    }

    private static java.util.List<String> rows(Connection connection, String sql) throws SQLException {
        java.util.List<String> rows = new java.util.ArrayList<>();
        try (Statement statement = connection.createStatement(); var result = statement.executeQuery(sql)) {
            while (result.next()) {
                rows.add(result.getString(1) + "|" + result.getString(2) + "|" + result.getString(3) + "|"
                        + result.getString(4).replaceAll("\\s+", " "));
            }
        }
        return rows;
    }

    /** Opens a database file read-only and without migrating it, e.g. a snapshot inside a backup. */
    public static Database openReadOnly(Path file) {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        try {
            return new Database(file, config.createConnection("jdbc:sqlite:" + file));
        } catch (SQLException e) {
            throw new StoreException(file + " is not a Casefile database (" + SqliteErrors.plain(e) + ").", e);
        }
    }

    /** True when SQLite finds the file's pages and indexes sound. */
    public synchronized boolean integrityOk() {
        try (Statement statement = connection.createStatement();
             var rows = statement.executeQuery("PRAGMA quick_check")) {
            return rows.next() && "ok".equals(rows.getString(1));
        } catch (SQLException e) {
            return false;
        }
    }

    public int schemaVersion() {
        return read(session -> session.queryInt("PRAGMA user_version"));
    }

    /**
     * SQLite's count of commits made through other connections: another Casefile process (the command line beside
     * the window) wrote to the library when it changes. This connection's own writes leave it alone.
     */
    public long changesByOthers() {
        return read(session -> session.queryLong("PRAGMA data_version"));
    }

    /**
     * Runs {@code work} in one transaction: all of it is saved, or none of it. Called again from inside {@code work}
     * (on the same thread: the lock is held), it joins the outer transaction, so a use case made of several saves
     * (an email with its attachments and message) is kept whole or not at all.
     */
    public synchronized <T> T write(Function<Session, T> work) {
        if (inTransaction) {
            return work.apply(session());
        }
        try {
            connection.setAutoCommit(false);
            inTransaction = true;
            try {
                T result = work.apply(session());
                connection.commit();
                return result;
            } catch (RuntimeException | Error e) {
                rollbackAfter(e);
                if (e instanceof StoreException store && store.getCause() instanceof SQLException sql) {
                    throw SqliteErrors.translate(sql, file); // the statement did not know which disk it wrote to
                }
                throw e;
            } finally {
                inTransaction = false;
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw SqliteErrors.translate(e, file);
        }
    }

    /**
     * SQLite rolls a transaction back by itself when the disk refuses a write; a second rollback then fails with
     * "no transaction is active", which must not hide the first failure (the one that says what happened).
     */
    private void rollbackAfter(Throwable failure) {
        try {
            connection.rollback();
        } catch (SQLException alreadyRolledBack) {
            failure.addSuppressed(alreadyRolledBack);
        }
    }

    /** Runs read-only work; SQLite gives it a consistent view for each statement. */
    public synchronized <T> T read(Function<Session, T> work) {
        return work.apply(session());
    }

    private Session session() {
        if (session == null) {
            session = new Session(connection);
        }
        return session;
    }

    @Override
    public synchronized void close() {
        try {
            if (session != null) {
                session.close();
            }
            connection.close();
        } catch (SQLException e) {
            throw SqliteErrors.translate(e, file);
        }
    }
}
