package eu.gdprmodule.examples.shop.infrastructure;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.UUID;
import javax.sql.DataSource;
import org.apache.derby.jdbc.EmbeddedDataSource;

/**
 * A fresh in-memory Derby database with the shop's schema, built by the shop's own migrations and
 * Flyway set-up, for the unit tests of code that works on the shop's tables. One per test: open
 * it before, {@link #drop} it after.
 */
public final class ShopTestDatabase {

    private final EmbeddedDataSource dataSource = new EmbeddedDataSource();

    private ShopTestDatabase() {
        dataSource.setDatabaseName("memory:shop-" + UUID.randomUUID());
        dataSource.setCreateDatabase("create");
    }

    /** A new database, migrated to the latest version. */
    public static ShopTestDatabase migrated() {
        ShopTestDatabase database = new ShopTestDatabase();
        ShopDatabase.flyway(database.dataSource).migrate();
        return database;
    }

    public DataSource dataSource() {
        return dataSource;
    }

    public void drop() {
        dataSource.setCreateDatabase(null);
        dataSource.setConnectionAttributes("drop=true");
        try (Connection ignored = dataSource.getConnection()) {
            // Derby answers a drop with an exception, never a connection
        } catch (SQLException expected) {
            // 08006: dropped
        }
    }
}
