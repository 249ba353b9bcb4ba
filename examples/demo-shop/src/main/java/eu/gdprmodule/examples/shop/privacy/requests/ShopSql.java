package eu.gdprmodule.examples.shop.privacy.requests;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The few JDBC calls the contributors make on the shop's database. Each call takes a connection
 * of its own from the pool and gives it back: an export's pages are read by the module after the
 * observer has returned, possibly in another transaction, and under JTA a connection taken inside
 * a transaction joins it, so an erasure's statements commit or roll back together.
 */
public final class ShopSql {

    /** Standard SQL paging, which Derby runs as such: only one page of rows leaves the database. */
    private static final String PAGE = " OFFSET ? ROWS FETCH NEXT ? ROWS ONLY";

    private final DataSource db;

    public ShopSql(DataSource db) {
        this.db = db;
    }

    /**
     * One page of a query's rows, each as its column values. {@code select} must end with an
     * {@code ORDER BY} that makes the order total (a unique column last), or pages overlap.
     */
    public List<List<?>> page(String select, int first, int max, Object... parameters) {
        Object[] all = Arrays.copyOf(parameters, parameters.length + 2);
        all[parameters.length] = first;
        all[parameters.length + 1] = max;
        return all(select + PAGE, all);
    }

    /** The rows of a small query (a count, an id, a few groups), all of them. */
    public List<List<?>> all(String select, Object... parameters) {
        try (Connection connection = db.getConnection();
                PreparedStatement statement = prepare(connection, select, parameters);
                ResultSet rows = statement.executeQuery()) {
            int columns = rows.getMetaData().getColumnCount();
            List<List<?>> read = new ArrayList<>();
            while (rows.next()) {
                List<Object> row = new ArrayList<>(columns);
                for (int c = 1; c <= columns; c++) {
                    row.add(plain(rows.getObject(c)));
                }
                read.add(row);
            }
            return read;
        } catch (SQLException e) {
            throw new IllegalStateException("The shop database could not read: " + select, e);
        }
    }

    /** The number of a {@code SELECT COUNT(*)}. */
    public long count(String select, Object... parameters) {
        return ((Number) all(select, parameters).get(0).get(0)).longValue();
    }

    /** The first column of the first row, if there is a row. */
    public Optional<Long> id(String select, Object... parameters) {
        return page(select, 0, 1, parameters).stream().findFirst().map(row -> ((Number) row.get(0)).longValue());
    }

    /** An INSERT, UPDATE or DELETE; how many rows it changed. */
    public int update(String sql, Object... parameters) {
        try (Connection connection = db.getConnection();
                PreparedStatement statement = prepare(connection, sql, parameters)) {
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("The shop database refused: " + sql, e);
        }
    }

    private static PreparedStatement prepare(Connection connection, String sql, Object[] parameters) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        try {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, jdbc(parameters[i]));
            }
            return statement;
        } catch (SQLException e) {
            statement.close();
            throw e;
        }
    }

    /** Derby's JDBC driver takes dates and times as java.sql types only. */
    private static Object jdbc(Object value) {
        if (value instanceof LocalDateTime dateTime) {
            return Timestamp.valueOf(dateTime);
        }
        if (value instanceof LocalDate date) {
            return Date.valueOf(date);
        }
        return value;
    }

    /** java.time rather than java.sql types: what the module writes to CSV and JSON as ISO dates. */
    private static Object plain(Object value) {
        if (value instanceof Timestamp timestamp) {
            return timestamp.toLocalDateTime();
        }
        if (value instanceof Date date) {
            return date.toLocalDate();
        }
        return value;
    }
}
