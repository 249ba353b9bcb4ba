package eu.gdprmodule.examples.shop.staff;

import eu.gdprmodule.examples.shop.infrastructure.ShopClock;
import eu.gdprmodule.examples.shop.infrastructure.ShopData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * The customers as staff look them up: by address, or those inactive for {@value #INACTIVE_YEARS}
 * years. Inactive means no sign-in and no order since then, on an account opened before: the
 * seed privacy policy keeps a customer's account for three years after their last activity (the
 * CNIL's reference period for customer data used for prospecting, from the end of the
 * relationship), so these are the accounts staff must anonymise or delete.
 */
@ApplicationScoped
public class CustomerDirectory {

    /** The period after which the shop's privacy policy no longer keeps an inactive account. */
    public static final int INACTIVE_YEARS = 3;
    /** A page for a person to read, not an export. */
    static final int MAX_LISTED = 200;

    private static final String INACTIVE_SINCE = " c.CREATED_AT < ?"
            + " AND NOT EXISTS (SELECT 1 FROM SHOP_SIGN_IN s WHERE s.CUSTOMER_ID = c.ID AND s.SIGNED_IN_AT >= ?)"
            + " AND NOT EXISTS (SELECT 1 FROM SHOP_ORDER o WHERE o.CUSTOMER_ID = c.ID AND o.PLACED_AT >= ?)";
    private static final String LISTED = "SELECT c.ID, c.EMAIL, c.FULL_NAME, c.CREATED_AT,"
            + " (SELECT MAX(s.SIGNED_IN_AT) FROM SHOP_SIGN_IN s WHERE s.CUSTOMER_ID = c.ID),"
            + " (SELECT MAX(o.PLACED_AT) FROM SHOP_ORDER o WHERE o.CUSTOMER_ID = c.ID)"
            + " FROM SHOP_CUSTOMER c";

    /** One customer in the staff list; the dates are {@code null} when there was none. */
    public record Listed(long id, String email, String fullName, LocalDateTime createdAt, LocalDateTime lastSignIn,
            LocalDateTime lastOrder) {
    }

    @Inject
    @ShopData
    DataSource db;

    @Inject
    ShopClock clock;

    /** When an account must have been last active to count as inactive now. */
    public LocalDateTime inactiveCutoff() {
        return clock.now().minusYears(INACTIVE_YEARS);
    }

    public long countInactive() {
        LocalDateTime cutoff = inactiveCutoff();
        return query("SELECT COUNT(*) FROM SHOP_CUSTOMER c WHERE" + INACTIVE_SINCE, rows -> {
            rows.next();
            return rows.getLong(1);
        }, cutoff, cutoff, cutoff);
    }

    public List<Listed> inactive() {
        LocalDateTime cutoff = inactiveCutoff();
        return list(LISTED + " WHERE" + INACTIVE_SINCE + " ORDER BY c.EMAIL", cutoff, cutoff, cutoff);
    }

    /** Customers whose address contains the text (case-insensitive), or the first ones when it is blank. */
    public List<Listed> matching(String text) {
        if (text == null || text.isBlank()) {
            return list(LISTED + " ORDER BY c.EMAIL");
        }
        String like = "%" + text.strip().toLowerCase(java.util.Locale.ROOT).replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
        return list(LISTED + " WHERE LOWER(c.EMAIL) LIKE ? ESCAPE '!' ORDER BY c.EMAIL", like);
    }

    private List<Listed> list(String select, Object... parameters) {
        return query(select + " FETCH FIRST " + MAX_LISTED + " ROWS ONLY", rows -> {
            List<Listed> listed = new ArrayList<>();
            while (rows.next()) {
                listed.add(new Listed(rows.getLong(1), rows.getString(2), rows.getString(3), time(rows, 4), time(rows, 5), time(rows, 6)));
            }
            return listed;
        }, parameters);
    }

    private static LocalDateTime time(ResultSet rows, int column) throws SQLException {
        Timestamp value = rows.getTimestamp(column);
        return value == null ? null : value.toLocalDateTime();
    }

    private interface Reader<T> {
        T read(ResultSet rows) throws SQLException;
    }

    private <T> T query(String sql, Reader<T> reader, Object... parameters) {
        try (Connection connection = db.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                Object p = parameters[i];
                statement.setObject(i + 1, p instanceof LocalDateTime t ? Timestamp.valueOf(t) : p);
            }
            try (ResultSet rows = statement.executeQuery()) {
                return reader.read(rows);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The shop database could not list customers", e);
        }
    }
}
