import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.flywaydb.core.Flyway;

/**
 * bench/export: builds the shop's database before the shop first starts on it, with one customer
 * who has ROWS rows across the shop's contributors. Run with the shop WAR's own classes and jars
 * on the class path (its migrations, Flyway, Derby), so the schema is exactly the shop's.
 *
 * <p>Why here and not through the shop: the shop's Derby is embedded in the server's JVM, so no
 * other process may open it while the server runs, and signing up and ordering 4,000 times over
 * HTTP would take longer than the whole bench. Why not a seeding switch in the shop: production
 * code must not carry a door that writes customers. The migrations are applied with the shop's
 * settings (ShopDatabase: location and history table), so the shop finds its schema up to date.
 *
 * <p>Usage: java -cp 'WEB-INF/classes:WEB-INF/lib/*' Seed.java DB_DIR EMAIL PASSWORD ROWS
 */
public class Seed {

    public static void main(String[] args) throws Exception {
        String url = "jdbc:derby:" + args[0];
        String email = args[1];
        int rows = Integer.parseInt(args[3]);
        Flyway.configure().dataSource(url + ";create=true", null, null)
                .locations("classpath:eu/gdprmodule/examples/shop/migration")
                .table("SHOP_SCHEMA_HISTORY").cleanDisabled(true).load().migrate();
        // The split: every order has its invoice (two rows), sign-ins, newsletter periods, quotes.
        int orders = rows * 2 / 5;
        int newsletter = Math.max(1, rows / 100);
        int signIns = rows * 9 / 50;
        int quotes = rows - 2 - 2 * orders - newsletter - signIns; // the account and the prospect are one row each
        try (Connection db = DriverManager.getConnection(url)) {
            db.setAutoCommit(false);
            long customer = customer(db, email, hash(args[2]));
            orders(db, customer, orders);
            signIns(db, customer, signIns);
            newsletter(db, customer, newsletter);
            quotes(db, email, quotes);
            db.commit();
        }
        try {
            DriverManager.getConnection(url + ";shutdown=true");
        } catch (SQLException expected) {
            // 08006: the database is closed, its files consistent for the server
        }
        System.out.printf("seeded %s: account 1, orders %d, invoices %d, sign-ins %d, newsletter %d, prospect 1,"
                + " quote requests %d: %d rows%n", email, orders, orders, signIns, newsletter, quotes, rows);
    }

    /** The container's Pbkdf2PasswordHash format and the shop's parameters (PasswordHashing). */
    static String hash(String password) throws Exception {
        byte[] salt = new byte[32];
        new SecureRandom().nextBytes(salt);
        byte[] key = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA512")
                .generateSecret(new PBEKeySpec(password.toCharArray(), salt, 210_000, 32 * 8)).getEncoded();
        Base64.Encoder b64 = Base64.getEncoder();
        return "PBKDF2WithHmacSHA512:210000:" + b64.encodeToString(salt) + ":" + b64.encodeToString(key);
    }

    static long customer(Connection db, String email, String hash) throws SQLException {
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO SHOP_CUSTOMER (EMAIL, FULL_NAME, COMPANY,"
                + " PASSWORD_HASH, CREATED_AT) VALUES (?, 'Bench Customer', 'Bench SARL', ?, ?)", new String[] {"ID"})) {
            insert.setString(1, email);
            insert.setString(2, hash);
            insert.setTimestamp(3, Timestamp.valueOf(LocalDateTime.of(2015, 6, 1, 9, 0)));
            insert.executeUpdate();
            try (ResultSet key = insert.getGeneratedKeys()) {
                key.next();
                return key.getLong(1);
            }
        }
    }

    /** Orders spread over ten years, each with its invoice, numbered per year. */
    static void orders(Connection db, long customer, int count) throws SQLException {
        try (PreparedStatement order = db.prepareStatement("INSERT INTO SHOP_ORDER (CUSTOMER_ID, PRODUCT_SKU, PRODUCT_NAME,"
                + " UNIT_PRICE_NET, QUANTITY, PLACED_AT) VALUES (?, 'diagnostic', 'Computer diagnostic', 39.00, 1, ?)",
                new String[] {"ID"});
                PreparedStatement invoice = db.prepareStatement("INSERT INTO SHOP_INVOICE (ORDER_ID, INVOICE_NUMBER,"
                        + " ISSUED_ON, BILLING_NAME, BILLING_ADDRESS, NET_AMOUNT, VAT_RATE, VAT_AMOUNT, TOTAL_AMOUNT)"
                        + " VALUES (?, ?, ?, 'Bench Customer, Bench SARL', '12 rue de la Paix, 75002 Paris', 39.00, 0.2000,"
                        + " 7.80, 46.80)")) {
            LocalDateTime start = LocalDateTime.of(2016, 1, 4, 9, 0);
            for (int i = 0; i < count; i++) {
                LocalDateTime placed = start.plusMinutes((long) i * (10L * 365 * 24 * 60 / Math.max(count, 1)));
                order.setLong(1, customer);
                order.setTimestamp(2, Timestamp.valueOf(placed));
                order.executeUpdate();
                long orderId;
                try (ResultSet key = order.getGeneratedKeys()) {
                    key.next();
                    orderId = key.getLong(1);
                }
                invoice.setLong(1, orderId);
                invoice.setString(2, String.format("INV-%04d-%06d", placed.getYear(), i + 1));
                invoice.setDate(3, Date.valueOf(placed.toLocalDate()));
                invoice.addBatch();
            }
            invoice.executeBatch();
        }
    }

    static void signIns(Connection db, long customer, int count) throws SQLException {
        try (PreparedStatement insert = db.prepareStatement(
                "INSERT INTO SHOP_SIGN_IN (CUSTOMER_ID, SIGNED_IN_AT, IP_ADDRESS) VALUES (?, ?, ?)")) {
            for (int i = 0; i < count; i++) {
                insert.setLong(1, customer);
                insert.setTimestamp(2, Timestamp.valueOf(LocalDateTime.of(2025, 1, 1, 0, 0).plusMinutes(i * 97L)));
                insert.setString(3, "192.0.2." + (i % 250 + 1));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /** Periods of a month each, the last one still running. */
    static void newsletter(Connection db, long customer, int count) throws SQLException {
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO SHOP_NEWSLETTER_SUBSCRIPTION (CUSTOMER_ID, SOURCE,"
                + " SUBSCRIBED_AT, UNSUBSCRIBED_AT) VALUES (?, 'ACCOUNT', ?, ?)")) {
            LocalDateTime start = LocalDateTime.of(2016, 1, 1, 12, 0);
            for (int i = 0; i < count; i++) {
                insert.setLong(1, customer);
                insert.setTimestamp(2, Timestamp.valueOf(start.plusMonths(i)));
                insert.setTimestamp(3, i == count - 1 ? null : Timestamp.valueOf(start.plusMonths(i).plusDays(20)));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    static void quotes(Connection db, String email, int count) throws SQLException {
        LocalDateTime first = LocalDateTime.of(2015, 3, 1, 10, 0);
        long prospect;
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO SHOP_PROSPECT (EMAIL, FULL_NAME, COMPANY,"
                + " FIRST_CONTACT_AT, LAST_CONTACT_AT) VALUES (?, 'Bench Customer', 'Bench SARL', ?, ?)", new String[] {"ID"})) {
            insert.setString(1, email);
            insert.setTimestamp(2, Timestamp.valueOf(first));
            insert.setTimestamp(3, Timestamp.valueOf(first.plusDays(count)));
            insert.executeUpdate();
            try (ResultSet key = insert.getGeneratedKeys()) {
                key.next();
                prospect = key.getLong(1);
            }
        }
        try (PreparedStatement insert = db.prepareStatement(
                "INSERT INTO SHOP_QUOTE_REQUEST (PROSPECT_ID, MESSAGE, RECEIVED_AT) VALUES (?, ?, ?)")) {
            for (int i = 0; i < count; i++) {
                insert.setLong(1, prospect);
                insert.setString(2, "Quote " + (i + 1) + ": ten workstations to set up, with their printers and network.");
                insert.setTimestamp(3, Timestamp.valueOf(first.plusDays(i)));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }
}
