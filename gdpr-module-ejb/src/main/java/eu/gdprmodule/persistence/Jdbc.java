package eu.gdprmodule.persistence;

import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * The few JDBC calls of the retention engine and of the purges it asks the owning packages for
 * (consent's proofs, request's closed requests). Plain SQL on the pooled data source: a run touches
 * many rows in short transactions and reads none of them back as entities. A connection taken
 * inside a JTA transaction joins it, so a batch and its counts commit together.
 */
public final class Jdbc {

    /** Reads one row. */
    @FunctionalInterface
    public interface Row<T> {
        T read(ResultSet r) throws SQLException;
    }

    /** A null of a given SQL type: PostgreSQL refuses a VARCHAR null in a BIGINT column. */
    public record Null(int sqlType) {
        public static final Null BIGINT = new Null(java.sql.Types.BIGINT);
    }

    private final DataSource dataSource;

    public Jdbc(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public int update(String sql, Object... parameters) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = prepare(c, sql, parameters)) {
            return s.executeUpdate();
        } catch (SQLException e) {
            throw new PersistenceException("Retention: the database refused " + sql + ": " + e.getMessage(), e);
        }
    }

    /** One statement run for each row of parameters, as a JDBC batch; how many rows it changed. */
    public int batch(String sql, List<Object[]> rows) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (Object[] row : rows) {
                for (int i = 0; i < row.length; i++) {
                    s.setObject(i + 1, row[i]);
                }
                s.addBatch();
            }
            int changed = 0;
            for (int n : s.executeBatch()) {
                changed += Math.max(0, n);
            }
            return changed;
        } catch (SQLException e) {
            throw new PersistenceException("Retention: the database refused " + sql + ": " + e.getMessage(), e);
        }
    }

    public <T> List<T> list(String sql, Row<T> row, Object... parameters) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = prepare(c, sql, parameters);
                ResultSet r = s.executeQuery()) {
            List<T> read = new ArrayList<>();
            while (r.next()) {
                read.add(row.read(r));
            }
            return read;
        } catch (SQLException e) {
            throw new PersistenceException("Retention: the database could not read " + sql + ": " + e.getMessage(), e);
        }
    }

    public long count(String sql, Object... parameters) {
        return list(sql, r -> r.getLong(1), parameters).get(0);
    }

    /** True when the exception (or a cause) is a unique or primary key violation (SQLState 23xxx). */
    public static boolean duplicate(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("23")) {
                return true;
            }
        }
        return false;
    }

    private static PreparedStatement prepare(Connection c, String sql, Object[] parameters) throws SQLException {
        PreparedStatement s = c.prepareStatement(sql);
        try {
            for (int i = 0; i < parameters.length; i++) {
                if (parameters[i] instanceof Null typed) {
                    s.setNull(i + 1, typed.sqlType());
                } else if (parameters[i] == null) {
                    s.setNull(i + 1, java.sql.Types.VARCHAR);
                } else {
                    s.setObject(i + 1, parameters[i]);
                }
            }
            return s;
        } catch (SQLException e) {
            s.close();
            throw e;
        }
    }
}
