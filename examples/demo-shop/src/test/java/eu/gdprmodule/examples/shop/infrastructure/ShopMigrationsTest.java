package eu.gdprmodule.examples.shop.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The shop's migrations on a fresh in-memory Derby database, with the shop's own Flyway set-up. */
class ShopMigrationsTest {

    private EmbeddedDataSource dataSource;

    @BeforeEach
    void freshDatabase() {
        dataSource = new EmbeddedDataSource();
        dataSource.setDatabaseName("memory:shop-" + UUID.randomUUID());
        dataSource.setCreateDatabase("create");
    }

    @AfterEach
    void dropDatabase() {
        dataSource.setCreateDatabase(null);
        dataSource.setConnectionAttributes("drop=true");
        try (Connection ignored = dataSource.getConnection()) {
            // Derby answers a drop with an exception, never a connection
        } catch (SQLException expected) {
            // 08006: dropped
        }
    }

    @Test
    void migratesAnEmptyDatabaseToTheLatestVersionAndThenHasNothingLeftToDo() {
        MigrateResult first = ShopDatabase.flyway(dataSource).migrate();
        MigrateResult second = ShopDatabase.flyway(dataSource).migrate();

        assertTrue(first.migrationsExecuted >= 2, "schema and catalogue: " + first.migrationsExecuted);
        assertEquals(0, second.migrationsExecuted);
    }

    @Test
    void keepsItsHistoryInItsOwnTableAndItsTablesUnderTheShopPrefix() throws SQLException {
        ShopDatabase.flyway(dataSource).migrate();

        Set<String> tables = new HashSet<>();
        try (Connection connection = dataSource.getConnection();
                ResultSet found = connection.getMetaData().getTables(null, null, "%", new String[] {"TABLE"})) {
            while (found.next()) {
                tables.add(found.getString("TABLE_NAME"));
            }
        }
        assertTrue(tables.contains(ShopDatabase.HISTORY_TABLE), tables::toString);
        assertTrue(tables.containsAll(Set.of("SHOP_PRODUCT", "SHOP_CUSTOMER", "SHOP_SIGN_IN", "SHOP_ORDER",
                "SHOP_INVOICE", "SHOP_INVOICE_SERIES", "SHOP_NEWSLETTER_SUBSCRIPTION", "SHOP_PROSPECT",
                "SHOP_QUOTE_REQUEST", "SHOP_STAFF")), tables::toString);
        assertTrue(tables.stream().allMatch(t -> t.startsWith("SHOP_")), tables::toString);
    }

    @Test
    void seedsTheCatalogueWithPricedProducts() throws SQLException {
        ShopDatabase.flyway(dataSource).migrate();

        Set<String> skus = new HashSet<>();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet products = statement.executeQuery("SELECT SKU, UNIT_PRICE_NET FROM SHOP_PRODUCT")) {
            while (products.next()) {
                skus.add(products.getString(1));
                assertTrue(products.getBigDecimal(2).compareTo(BigDecimal.ZERO) > 0, products.getString(1));
            }
        }
        assertEquals(8, skus.size(), skus::toString);
        assertTrue(skus.contains("ssd-upgrade"), skus::toString);
    }

    @Test
    void staffHaveOneOfTheModulesTwoRolesAndOneLowerCaseAddressEach() throws SQLException {
        ShopDatabase.flyway(dataSource).migrate();

        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.executeUpdate(staff("ann@example.com", "gdpr-admin"));
            statement.executeUpdate(staff("paul@example.com", "gdpr-dpo"));
            assertEquals("23505", assertThrows(SQLException.class,
                    () -> statement.executeUpdate(staff("ann@example.com", "gdpr-dpo"))).getSQLState(), "unique");
            assertEquals("23513", assertThrows(SQLException.class,
                    () -> statement.executeUpdate(staff("Zoe@example.com", "gdpr-dpo"))).getSQLState(), "lower case");
            assertEquals("23513", assertThrows(SQLException.class,
                    () -> statement.executeUpdate(staff("zoe@example.com", "root"))).getSQLState(), "a known role");
        }
    }

    private static String staff(String email, String role) {
        return "INSERT INTO SHOP_STAFF (EMAIL, DISPLAY_NAME, ROLE_NAME, PASSWORD_HASH, CREATED_AT) VALUES ('"
                + email + "', 'Someone', '" + role + "', 'x', CURRENT_TIMESTAMP)";
    }

    @Test
    void theDatabaseRefusesAnInvoiceWhoseAmountsDoNotAddUp() throws SQLException {
        ShopDatabase.flyway(dataSource).migrate();

        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.executeUpdate("INSERT INTO SHOP_CUSTOMER (EMAIL, FULL_NAME, PASSWORD_HASH, CREATED_AT)"
                    + " VALUES ('ann@example.com', 'Ann', 'x', CURRENT_TIMESTAMP)");
            statement.executeUpdate("INSERT INTO SHOP_ORDER (CUSTOMER_ID, PRODUCT_SKU, PRODUCT_NAME, UNIT_PRICE_NET,"
                    + " QUANTITY, PLACED_AT) SELECT ID, 'diagnostic', 'Diagnostic', 39.00, 1, CURRENT_TIMESTAMP"
                    + " FROM SHOP_CUSTOMER");
            SQLException refused = assertThrows(SQLException.class, () -> statement.executeUpdate(
                    "INSERT INTO SHOP_INVOICE (ORDER_ID, INVOICE_NUMBER, ISSUED_ON, BILLING_NAME, BILLING_ADDRESS,"
                            + " NET_AMOUNT, VAT_RATE, VAT_AMOUNT, TOTAL_AMOUNT) SELECT ID, 'INV-2025-000001',"
                            + " CURRENT_DATE, 'Ann', 'Paris', 39.00, 0.20, 7.80, 47.00 FROM SHOP_ORDER"));
            assertEquals("23513", refused.getSQLState(), "a CHECK constraint violation: " + refused.getMessage());
        }
    }
}
