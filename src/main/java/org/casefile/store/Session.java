package org.casefile.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.casefile.domain.Choice;

/** The repositories of one open database, sharing its connection and a cache of prepared statements. */
public final class Session {
    private final Connection connection;
    private final Map<String, PreparedStatement> statements = new HashMap<>();
    private final CaseRepository cases = new CaseRepository(this);
    private final MessageRepository messages = new MessageRepository(this);
    private final DiscrepancyRepository discrepancies = new DiscrepancyRepository(this);
    private final SettingsRepository settings = new SettingsRepository(this);
    private final SearchRepository search = new SearchRepository(this);
    private final OfferRepository offers = new OfferRepository(this);
    private final EvidenceRepository evidence = new EvidenceRepository(this);
    private final PairRepository pairs = new PairRepository(this);
    private final EmailRepository emails = new EmailRepository(this);

    Session(Connection connection) {
        this.connection = connection;
    }

    public CaseRepository cases() {
        return cases;
    }

    public MessageRepository messages() {
        return messages;
    }

    public DiscrepancyRepository discrepancies() {
        return discrepancies;
    }

    public SettingsRepository settings() {
        return settings;
    }

    public SearchRepository search() {
        return search;
    }

    public OfferRepository offers() {
        return offers;
    }

    public EvidenceRepository evidence() {
        return evidence;
    }

    public EmailRepository emails() {
        return emails;
    }

    public PairRepository pairs() {
        return pairs;
    }

    /** Binds {@code values} in order; dates and times are stored as ISO text. */
    PreparedStatement bind(String sql, Object... values) {
        try {
            PreparedStatement statement = statements.get(sql);
            if (statement == null) {
                statement = connection.prepareStatement(sql);
                statements.put(sql, statement);
            }
            statement.clearParameters();
            for (int i = 0; i < values.length; i++) {
                Object value = values[i];
                if (value instanceof Choice choice) {
                    value = choice.id();
                } else if (value instanceof LocalDateTime time) {
                    value = IsoText.TIME.format(time);
                } else if (value instanceof LocalDate date) {
                    value = date.toString();
                }
                statement.setObject(i + 1, value);
            }
            return statement;
        } catch (SQLException e) {
            throw SqliteErrors.translate(e);
        }
    }

    int update(String sql, Object... values) {
        try {
            return bind(sql, values).executeUpdate();
        } catch (SQLException e) {
            throw SqliteErrors.translate(e);
        }
    }

    long insert(String sql, Object... values) {
        update(sql, values);
        return queryLong("SELECT last_insert_rowid()");
    }

    <T> List<T> query(String sql, RowMapper<T> mapper, Object... values) {
        List<T> result = new ArrayList<>();
        eachRow(sql, rows -> result.add(mapper.map(rows)), values);
        return result;
    }

    /** Hands each row to {@code visitor} as it is read, keeping none: for reads too big to hold as a list. */
    void eachRow(String sql, RowVisitor visitor, Object... values) {
        try (ResultSet rows = bind(sql, values).executeQuery()) {
            while (rows.next()) {
                visitor.visit(rows);
            }
        } catch (SQLException e) {
            throw SqliteErrors.translate(e);
        }
    }

    long queryLong(String sql, Object... values) {
        List<Long> result = query(sql, rows -> rows.getLong(1), values);
        return result.isEmpty() ? 0 : result.get(0);
    }

    int queryInt(String sql, Object... values) {
        return (int) queryLong(sql, values);
    }

    void close() throws SQLException {
        for (PreparedStatement statement : statements.values()) {
            statement.close();
        }
        statements.clear();
    }

    @FunctionalInterface
    interface RowMapper<T> {
        T map(ResultSet rows) throws SQLException;
    }

    @FunctionalInterface
    interface RowVisitor {
        void visit(ResultSet rows) throws SQLException;
    }
}
