package eu.gdprmodule.audit;

import eu.gdprmodule.persistence.SchemaMigration;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import javax.sql.DataSource;

/**
 * Reads the audit log for the console and the exports, in plain JDBC: pages of a few dozen rows
 * and streams of millions, neither of which should go through a persistence context.
 *
 * <p>Without a filter, the newest-first page {@code k} is found by sequence number range rather
 * than by skipping rows: the numbers have no gaps, so even the last page of a million entries is
 * one index range read. With a filter, the page's sequence numbers are found in an index first
 * (each filter has one, sequence descending) and only those rows are read; an actor prefix that
 * names a single actor is searched as that actor; and the number of matches is counted up to
 * {@link #COUNT_LIMIT}, past which the console says "more than". bench/audit measures all this
 * at 1,000,000 entries.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AuditSearch {

    static final String COLUMNS = "SEQ, RECORDED_AT, ACTOR, ENTITY_TYPE, ENTITY_ID, ACTION, BEFORE_STATE, "
            + "AFTER_STATE, PREVIOUS_HASH, ENTRY_HASH";

    /** Matches counted exactly up to this many; more are reported as "more than". */
    public static final int COUNT_LIMIT = 10_000;

    @Resource(lookup = SchemaMigration.DATA_SOURCE)
    private DataSource dataSource;

    /**
     * How many entries match.
     *
     * @param value the number, or {@link #COUNT_LIMIT} + 1 when there are more than the limit
     * @param exact whether {@code value} is the exact number
     */
    public record Count(long value, boolean exact) implements java.io.Serializable {
    }

    /** The number of entries recorded so far and the last one's hash. */
    public ChainHead head() {
        try (Connection connection = dataSource.getConnection()) {
            return head(connection);
        } catch (SQLException e) {
            throw new AuditLogUnavailable(e);
        }
    }

    private static ChainHead head(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                        "SELECT LAST_SEQ, LAST_HASH FROM GDPR_AUDIT_HEAD WHERE ID = 1");
                ResultSet row = statement.executeQuery()) {
            row.next();
            return new ChainHead(row.getLong(1), row.getString(2).strip());
        }
    }

    /** The number of matching entries, exact up to {@link #COUNT_LIMIT}; exact without a filter. */
    public Count count(AuditFilter filter) {
        if (filter.isEmpty()) {
            return new Count(head().lastSeq(), true);
        }
        try (Connection connection = dataSource.getConnection()) {
            AuditFilter resolved = resolveActor(connection, filter);
            List<Object> parameters = new ArrayList<>();
            String sql = "SELECT COUNT(*) FROM (SELECT SEQ FROM GDPR_AUDIT_ENTRY" + resolved.where(parameters)
                    + " FETCH FIRST " + (COUNT_LIMIT + 1) + " ROWS ONLY) MATCHES";
            try (PreparedStatement statement = prepare(connection, sql, parameters);
                    ResultSet row = statement.executeQuery()) {
                row.next();
                long counted = row.getLong(1);
                return new Count(counted, counted <= COUNT_LIMIT);
            }
        } catch (SQLException e) {
            throw new AuditLogUnavailable(e);
        }
    }

    /** Entries newest first, skipping {@code first}, at most {@code size}. */
    public List<AuditEntry> page(AuditFilter filter, int first, int size) {
        List<AuditEntry> entries = new ArrayList<>(size);
        try (Connection connection = dataSource.getConnection()) {
            List<Object> parameters = new ArrayList<>();
            String sql;
            if (filter.isEmpty()) {
                long top = head(connection).lastSeq() - first;
                sql = "SELECT " + COLUMNS + " FROM GDPR_AUDIT_ENTRY WHERE SEQ <= ? AND SEQ > ? ORDER BY SEQ DESC";
                parameters.add(top);
                parameters.add(top - size);
            } else {
                // The page's keys from the filter's index, then only those rows: skipping the
                // first rows then walks index entries, not table rows.
                String keys = "SELECT SEQ FROM GDPR_AUDIT_ENTRY" + resolveActor(connection, filter).where(parameters)
                        + " ORDER BY SEQ DESC OFFSET ? ROWS FETCH NEXT ? ROWS ONLY";
                sql = "SELECT " + prefixed("E.") + " FROM (" + keys + ") K JOIN GDPR_AUDIT_ENTRY E ON E.SEQ = K.SEQ"
                        + " ORDER BY E.SEQ DESC";
                parameters.add(first);
                parameters.add(size);
            }
            try (PreparedStatement statement = prepare(connection, sql, parameters);
                    ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    entries.add(read(rows));
                }
            }
        } catch (SQLException e) {
            throw new AuditLogUnavailable(e);
        }
        return entries;
    }

    /**
     * An actor prefix that names one actor only (the usual case: a whole address, or enough of
     * it) becomes an exact match, which the actor index answers in sequence order.
     */
    private static AuditFilter resolveActor(Connection connection, AuditFilter filter) throws SQLException {
        if (filter.actor() == null || filter.actorExact()) {
            return filter;
        }
        // Two index seeks rather than a DISTINCT over every match: the first actor with the
        // prefix, then whether any other actor after it has the prefix too.
        String pattern = AuditFilter.escapeLike(filter.actor()) + "%";
        String first;
        try (PreparedStatement statement = connection.prepareStatement("SELECT ACTOR FROM GDPR_AUDIT_ENTRY "
                + "WHERE ACTOR LIKE ? ESCAPE '\\' ORDER BY ACTOR FETCH FIRST 1 ROWS ONLY")) {
            statement.setString(1, pattern);
            try (ResultSet rows = statement.executeQuery()) {
                if (!rows.next()) {
                    return filter;
                }
                first = rows.getString(1);
            }
        }
        try (PreparedStatement statement = connection.prepareStatement("SELECT ACTOR FROM GDPR_AUDIT_ENTRY "
                + "WHERE ACTOR LIKE ? ESCAPE '\\' AND ACTOR > ? ORDER BY ACTOR FETCH FIRST 1 ROWS ONLY")) {
            statement.setString(1, pattern);
            statement.setString(2, first);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? filter : filter.withExactActor(first);
            }
        }
    }

    private static String prefixed(String alias) {
        return alias + COLUMNS.replace(", ", ", " + alias);
    }

    /**
     * Every matching entry, oldest first, handed over one at a time without holding them all,
     * until the walker answers {@code false}.
     */
    public void walk(AuditFilter filter, Predicate<AuditEntry> walker) {
        List<Object> parameters = new ArrayList<>();
        String sql = "SELECT " + COLUMNS + " FROM GDPR_AUDIT_ENTRY" + filter.where(parameters) + " ORDER BY SEQ";
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = prepare(connection, sql, parameters)) {
            statement.setFetchSize(1000);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next() && walker.test(read(rows))) {
                    // the walker has taken the entry
                }
            }
        } catch (SQLException e) {
            throw new AuditLogUnavailable(e);
        }
    }

    /** The highest sequence number stored, whatever the head says; 0 when there is none. */
    public long highestStoredSeq() {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement("SELECT MAX(SEQ) FROM GDPR_AUDIT_ENTRY");
                ResultSet row = statement.executeQuery()) {
            row.next();
            return row.getLong(1);
        } catch (SQLException e) {
            throw new AuditLogUnavailable(e);
        }
    }

    static AuditEntry read(ResultSet row) throws SQLException {
        return AuditEntry.stored(row.getLong(1), row.getLong(2), row.getString(3), row.getString(4),
                row.getString(5), row.getString(6), row.getString(7), row.getString(8), row.getString(9),
                row.getString(10));
    }

    private static PreparedStatement prepare(Connection connection, String sql, List<Object> parameters)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < parameters.size(); i++) {
            statement.setObject(i + 1, parameters.get(i));
        }
        return statement;
    }
}
